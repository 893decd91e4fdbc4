// platform::writePrivateFile, behind every export and --screenshot: never through a symlink,
// never over an existing file unless asked, owner-only, and nothing left behind on failure.

#include <string>
#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "platform/error_code.h"
#include "platform/private_file.h"

namespace {

std::span<const std::uint8_t> bytesOf(std::string_view text)
{
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void writePlain(const QString& path, const char* text)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

class PrivateFile : public testing::Test {
protected:
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QStringList entries() const
    {
        return QDir(m_dir.path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }
    QTemporaryDir m_dir;
};

TEST_F(PrivateFile, CreatesAnOwnerOnlyFile)
{
    ASSERT_TRUE(platform::writePrivateFile(path("export.txt"), bytesOf("seeds"),
                                           platform::ExistingFile::Refuse,
                                           platform::ErrorCode::ExportIo));
    EXPECT_EQ(contents(path("export.txt")), "seeds");
    struct stat st {};
    ASSERT_EQ(::stat(QFile::encodeName(path("export.txt")).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    EXPECT_EQ(entries(), QStringList{QStringLiteral("export.txt")});  // no temp file left
}

TEST_F(PrivateFile, RefusesAnExistingFileUnlessReplacing)
{
    writePlain(path("notes.txt"), "my notes");
    auto refused =
        platform::writePrivateFile(path("notes.txt"), bytesOf("seeds"),
                                   platform::ExistingFile::Refuse, platform::ErrorCode::ExportIo);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, platform::ErrorCode::ExportIo);
    EXPECT_NE(refused.error().message.find("exists"), std::string::npos);
    EXPECT_EQ(contents(path("notes.txt")), "my notes");

    ASSERT_TRUE(platform::writePrivateFile(path("notes.txt"), bytesOf("seeds"),
                                           platform::ExistingFile::Replace,
                                           platform::ErrorCode::ExportIo));
    EXPECT_EQ(contents(path("notes.txt")), "seeds");
    EXPECT_EQ(entries(), QStringList{QStringLiteral("notes.txt")});
}

// The review's reproduction: exp/export.txt -> victim/notes.txt, exported "with --yes".
TEST_F(PrivateFile, NeverWritesThroughASymlink)
{
    QDir(m_dir.path()).mkdir(QStringLiteral("victim"));
    writePlain(path("victim/notes.txt"), "my notes");
    ASSERT_TRUE(QFile::link(path("victim/notes.txt"), path("export.txt")));
    for (auto mode : {platform::ExistingFile::Refuse, platform::ExistingFile::Replace}) {
        auto written = platform::writePrivateFile(path("export.txt"), bytesOf("seeds"), mode,
                                                  platform::ErrorCode::ExportIo);
        ASSERT_FALSE(written);
        EXPECT_NE(written.error().message.find("symbolic link"), std::string::npos);
        EXPECT_EQ(contents(path("victim/notes.txt")), "my notes");
        EXPECT_TRUE(QFileInfo(path("export.txt")).isSymLink());
    }
    // A dangling link too: it would create the file wherever it points.
    ASSERT_TRUE(QFile::link(path("victim/new.txt"), path("dangling.txt")));
    EXPECT_FALSE(platform::writePrivateFile(path("dangling.txt"), bytesOf("seeds"),
                                            platform::ExistingFile::Refuse,
                                            platform::ErrorCode::ExportIo));
    EXPECT_FALSE(QFile::exists(path("victim/new.txt")));
}

TEST_F(PrivateFile, RefusesDirectoriesAndMissingParents)
{
    QDir(m_dir.path()).mkdir(QStringLiteral("sub"));
    EXPECT_FALSE(platform::writePrivateFile(
        path("sub"), bytesOf("x"), platform::ExistingFile::Replace, platform::ErrorCode::ExportIo));
    EXPECT_FALSE(platform::writePrivateFile(path("missing/x.txt"), bytesOf("x"),
                                            platform::ExistingFile::Refuse,
                                            platform::ErrorCode::ExportIo));
}

}  // namespace
