// platform::hardenProcess (first thing in the app's and otptool's main) and
// platform::restrictProfile (the data directory at start-up).

#include <sys/resource.h>
#include <sys/stat.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "platform/process_hardening.h"

namespace {

mode_t modeOf(const QString& path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
}

TEST(ProcessHardening, NoCoreDumpsNoPtraceOwnerOnlyFiles)
{
    const mode_t before = ::umask(022);
    platform::hardenProcess();
    rlimit core{};
    ASSERT_EQ(::getrlimit(RLIMIT_CORE, &core), 0);
    EXPECT_EQ(core.rlim_cur, 0u);
    EXPECT_EQ(core.rlim_max, 0u);
#ifdef __linux__
    EXPECT_EQ(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
#endif
    const mode_t now = ::umask(077);
    EXPECT_EQ(now, 077u);

    QTemporaryDir dir;
    QFile created(dir.filePath(QStringLiteral("new.txt")));
    ASSERT_TRUE(created.open(QIODevice::WriteOnly));
    created.close();
    EXPECT_EQ(modeOf(created.fileName()), 0600u);
    ::umask(before);
}

// A profile made under umask 022 (settings.ini 0644: the PIN verifier readable by every user).
TEST(ProcessHardening, ProfileIsTightenedAtStartUp)
{
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("profile"));
    ASSERT_TRUE(QDir().mkpath(profile));
    QFile::setPermissions(profile, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                       QFileDevice::ExeOther);
    const QString settings = profile + QStringLiteral("/settings.ini");
    QFile file(settings);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[appLock]\n");
    file.close();
    QFile::setPermissions(settings, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadOther);
    ASSERT_EQ(modeOf(settings), 0604u);

    platform::restrictProfile(profile, settings);
    EXPECT_EQ(modeOf(profile), 0700u);
    EXPECT_EQ(modeOf(settings), 0600u);

    const QString fresh = dir.filePath(QStringLiteral("fresh/profile"));
    platform::restrictProfile(fresh, fresh + QStringLiteral("/settings.ini"));
    EXPECT_EQ(modeOf(fresh), 0700u);
}

}  // namespace
