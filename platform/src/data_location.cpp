#include "platform/data_location.h"

#include <QDir>
#include <QStandardPaths>

namespace platform {

QString dataDirectory(const QString& overrideDir)
{
    if (!overrideDir.isEmpty())
        return QDir(overrideDir).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

}  // namespace platform
