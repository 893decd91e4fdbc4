#pragma once

#include <vector>

#include "platform/qr/gray_image.h"
#include "platform/qr/qr_decoder.h"

namespace platform::qr::detail {

// A QR finder pattern (the 7x7-module square in three corners): its centre and module size in
// the image's pixels.
struct FinderPattern {
    double x = 0;
    double y = 0;
    double module = 0;
};

// The finder patterns in `image`: dark-light-dark-light-dark runs of about 1:1:3:1:1 across a
// row and down the column through their centre, after a local-mean threshold. ZXing 1.4 keeps
// what it located but could not decode to itself, so the scan page asks this instead.
std::vector<FinderPattern> findFinderPatterns(GrayView image);

// What would help read the QR symbol in `image` that the cascade did not decode: None when no
// two finder patterns of one symbol are there; MoveCloser below 3 px per module; AvoidGlare
// when clipped white covers the symbol while its paper is darker; HoldStill otherwise (blur).
ScanAdvice adviceForUnreadCode(GrayView image);

}  // namespace platform::qr::detail
