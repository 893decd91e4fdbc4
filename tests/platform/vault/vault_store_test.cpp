// Durable file storage: permissions, atomic replacement, errors.

#include <sys/stat.h>

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "platform/vault_store.h"

namespace {

using platform::VaultStore;
using File = VaultStore::File;

mode_t modeOf(const QString& path)
{
    struct stat st {};
    EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &st), 0) << path.toStdString();
    return st.st_mode & 0777;
}

TEST(VaultStore, WritesFiles0600InDirectory0700)
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("a/b"));
    VaultStore store(dir);
    const mode_t oldMask = ::umask(0);  // the most permissive umask must not matter
    ASSERT_TRUE(store.ensureDirectory().ok());
    const std::vector<std::uint8_t> bytes = {1, 2, 3};
    ASSERT_TRUE(store.writeAtomically(File::Main, bytes).ok());
    ASSERT_TRUE(store.writeAtomically(File::Backup, bytes).ok());
    ::umask(oldMask);
    EXPECT_EQ(modeOf(dir), 0700u);
    EXPECT_EQ(modeOf(store.path(File::Main)), 0600u);
    EXPECT_EQ(modeOf(store.path(File::Backup)), 0600u);
    EXPECT_FALSE(QFile::exists(store.path(File::Main) + QStringLiteral(".tmp")));
}

TEST(VaultStore, ReadsBackWhatWasWritten)
{
    QTemporaryDir tmp;
    VaultStore store(tmp.path());
    EXPECT_EQ(store.read(File::Main).error().code, otp::ErrorCode::VaultNotFound);
    std::vector<std::uint8_t> big(100000);
    for (std::size_t i = 0; i < big.size(); ++i)
        big[i] = static_cast<std::uint8_t>(i * 7);
    ASSERT_TRUE(store.writeAtomically(File::Main, big).ok());
    auto read = store.read(File::Main);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(*read, big);
    ASSERT_TRUE(store.writeAtomically(File::Main, std::vector<std::uint8_t>{9}).ok());
    EXPECT_EQ(*store.read(File::Main), std::vector<std::uint8_t>{9});
}

TEST(VaultStore, AStaleTempFileDoesNotBlockASave)
{
    QTemporaryDir tmp;
    VaultStore store(tmp.path());
    QFile stale(store.path(File::Main) + QStringLiteral(".tmp"));
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.write("half written");
    stale.close();
    ASSERT_TRUE(store.writeAtomically(File::Main, std::vector<std::uint8_t>{4, 5}).ok());
    EXPECT_EQ(*store.read(File::Main), (std::vector<std::uint8_t>{4, 5}));
}

TEST(VaultStore, AFailedWriteIsAnIoErrorAndKeepsTheOldFile)
{
    QTemporaryDir tmp;
    VaultStore store(tmp.path());
    ASSERT_TRUE(store.writeAtomically(File::Main, std::vector<std::uint8_t>{1}).ok());
    // A directory in the temp file's place: the write fails even for root.
    const QString blocker = store.path(File::Main) + QStringLiteral(".tmp");
    ASSERT_TRUE(QDir().mkdir(blocker));
    auto result = store.writeAtomically(File::Main, std::vector<std::uint8_t>{2});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, otp::ErrorCode::VaultIo);
    EXPECT_NE(result.error().message.find("vault.stv.tmp"), std::string::npos)
        << result.error().message;
    EXPECT_EQ(*store.read(File::Main), std::vector<std::uint8_t>{1});
}

TEST(VaultStore, UnreadableFileIsAnIoErrorNotAbsence)
{
    QTemporaryDir tmp;
    VaultStore store(tmp.path());
    ASSERT_TRUE(QDir().mkdir(store.path(File::Main)));  // read() of a directory fails
    auto result = store.read(File::Main);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, otp::ErrorCode::VaultIo);
}

TEST(VaultStore, SetAsideMovesTheMainFile)
{
    QTemporaryDir tmp;
    VaultStore store(tmp.path());
    EXPECT_TRUE(store.setAsideMain().ok()) << "nothing to move is fine";
    ASSERT_TRUE(store.writeAtomically(File::Main, std::vector<std::uint8_t>{7}).ok());
    ASSERT_TRUE(store.setAsideMain().ok());
    EXPECT_FALSE(store.exists(File::Main));
    EXPECT_TRUE(QFile::exists(store.damagedPath()));
}

}  // namespace
