#pragma once

#include <QString>

#include "otp/result.h"

class QImage;

// --screenshot: saves `image` as a PNG at `path`, and never destroys anything else. Refused
// (nothing written): a path without ".png", a path inside the data directory `dataDir` (the
// vault, its backup, settings.ini), a symlink, and an existing file that is not a PNG. An
// existing PNG is replaced as a whole, never truncated in place (platform::writePrivateFile).
// The image is encoded before any file is touched. Error ExportIo with the reason.
otp::Result<void> saveScreenshot(const QImage& image, const QString& path, const QString& dataDir);
