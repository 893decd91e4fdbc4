#pragma once

#include <QString>

namespace platform {

// Where the app and otptool keep the vault: `overrideDir` (from --data-dir) when given,
// otherwise the platform's app-data location (QStandardPaths::AppDataLocation).
// The directory is not created here.
QString dataDirectory(const QString& overrideDir = {});

}  // namespace platform
