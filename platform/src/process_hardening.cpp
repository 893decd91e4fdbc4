#include "platform/process_hardening.h"

#include <QDir>
#include <QFile>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#include <sys/stat.h>
#endif
#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace platform {

void hardenProcess()
{
#if defined(__unix__) || defined(__APPLE__)
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
    ::umask(077);
#endif
#ifdef __linux__
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

void restrictProfile(const QString& directory, const QString& file)
{
    QDir().mkpath(directory);
    QFile::setPermissions(directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (QFile::exists(file))
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

}  // namespace platform
