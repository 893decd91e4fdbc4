#pragma once

#include <string>
#include <vector>

#include "platform/qr/gray_image.h"

namespace platform::qr::detail {

// How one ZXing call reads an image.
enum class ZxingPass {
    // ZXing 1.4's defaults for a QR code: try harder, its own downscaling pyramid (threshold 500,
    // factor 3), LocalAverage binarizer. Reads everything one plain ZXing call reads.
    Defaults,
    // The same without the pyramid: the image as given, at its size.
    SingleLevel,
    // One global threshold from the histogram instead of local means (with the pyramid): a
    // code on white paper in a dark or cluttered surround, where local means fail.
    GlobalThreshold,
};

// Adds the distinct texts of the QR codes ZXing reads in `image` to `payloads`. Throws what
// ZXing throws.
void readCodes(GrayView image, ZxingPass pass, std::vector<std::string>& payloads);

}  // namespace platform::qr::detail
