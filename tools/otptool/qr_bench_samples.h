#pragma once

#include <optional>
#include <string>
#include <vector>

#include <QString>

namespace otptool {

// One image of a benchmark set and the text a decoder must return for it.
struct BenchSample {
    std::string file;      // relative to the set's directory
    std::string category;  // the manifest's category, or the photo's folder
    std::string payload;
    bool heldOut = false;  // in the held-out part (see heldOut())
};

// A synthetic corpus: DIR/manifest.csv (file,category,...,payload; payload last; RFC 4180).
// nullopt with `error` set when it cannot be read.
std::optional<std::vector<BenchSample>> readManifest(const QString& dir, std::string& error);

// A folder of real photos laid out like ZXing's black-box samples: every image NAME.png|jpg|
// webp|gif below DIR with its expected text in NAME.txt beside it; the category is the folder.
std::vector<BenchSample> readPhotoFolder(const QString& dir);

// Whether a photo belongs to the held-out third that tuning must not look at: fixed by its
// path (FNV-1a), so every run splits the same way.
bool heldOut(const std::string& relativePath);

// Whether `text` has a line break before its end (the photos' multi-line texts, whose line
// endings and encodings real decoders report differently).
bool isMultiLine(const std::string& text);

}  // namespace otptool
