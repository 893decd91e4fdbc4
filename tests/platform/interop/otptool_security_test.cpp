// otptool's output never carries a terminal escape from a name, and its exports never write
// through a symlink or over an existing file without --force.

#include <string>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "../../support/otptool_run.h"  // shared by the otptool tests

namespace {

using testsupport::otptool;
using testsupport::ToolRun;
using testsupport::writeFile;

std::string readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll().toStdString() : std::string("<missing>");
}

bool hasRawControl(const std::string& text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F)
            return true;
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(text[i + 1]) <= 0x9F)
            return true;
    }
    return false;
}

class OtptoolSecurity : public testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        writeFile(path("pass"), "vault passphrase\n");
    }
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QStringList vault() const
    {
        return {QStringLiteral("--data-dir"), path("data"), QStringLiteral("--passphrase-file"),
                path("pass")};
    }
    QTemporaryDir m_dir;
};

// The review's reproduction: an unsupported Aegis entry whose name sets the terminal title,
// clears the screen and prints a forged line.
TEST_F(OtptoolSecurity, ImportEscapesControlCharactersInNames)
{
    writeFile(
        path("e.json"),
        R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":1,"entries":[)"
        R"({"type":"steam","name":"\u001b]0;PWNED\u0007\u001b[2J\u001b[1;1Hnew\tBank","info":{"secret":"JBSWY3DPEHPK3PXP"}},)"
        R"({"type":"totp","name":"a\u009b2J","issuer":"Bank","info":{"secret":"JBSWY3DPEHPK3PXP","algo":"SHA1","digits":6,"period":30}}]}})");
    const auto run = otptool(QStringList{QStringLiteral("import"), path("e.json")} + vault());
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_FALSE(hasRawControl(run.out)) << run.out;
    EXPECT_NE(run.out.find("\\x1B]0;PWNED\\x07\\x1B[2J"), std::string::npos) << run.out;
    // The C1 CSI in the second name: refused (not stored), and shown escaped.
    EXPECT_NE(run.out.find("0 new"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("\\u{009B}"), std::string::npos) << run.out;
}

TEST_F(OtptoolSecurity, VaultAddRefusesBidiAndC1InNames)
{
    const auto run = otptool(QStringList{QStringLiteral("vault"), QStringLiteral("add"),
                                         QStringLiteral("otpauth://totp/Bank:moc.%E2%80%AEknab"
                                                        "?secret=JBSWY3DPEHPK3PXP")} +
                             vault());
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.find("\\u{202E}"), std::string::npos) << run.err;
    EXPECT_FALSE(hasRawControl(run.err));
}

TEST_F(OtptoolSecurity, ExportNeverOverwritesWithoutForceNorFollowsSymlinks)
{
    ASSERT_EQ(
        otptool(QStringList{QStringLiteral("vault"), QStringLiteral("add"),
                            QStringLiteral("otpauth://totp/Bank:alice?secret=JBSWY3DPEHPK3PXP")} +
                vault())
            .exitCode,
        0);
    const QStringList exportTo = {QStringLiteral("export"), QStringLiteral("--format"),
                                  QStringLiteral("uris"), QStringLiteral("--yes"),
                                  QStringLiteral("-o")};
    // An existing file: refused, untouched, and --force is named.
    writeFile(path("notes.txt"), "my notes\n");
    auto run = otptool(exportTo + QStringList{path("notes.txt")} + vault());
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.find("--force"), std::string::npos) << run.err;
    EXPECT_EQ(readFile(path("notes.txt")), "my notes\n");
    run = otptool(exportTo + QStringList{path("notes.txt"), QStringLiteral("--force")} + vault());
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(readFile(path("notes.txt")).rfind("otpauth://", 0), 0u);

    // The review's symlink: refused even with --force; the victim's file keeps its content.
    QDir(m_dir.path()).mkdir(QStringLiteral("victim"));
    writeFile(path("victim/authorized_keys"), "ssh-ed25519 AAAA\n");
    ASSERT_TRUE(QFile::link(path("victim/authorized_keys"), path("export.txt")));
    for (const bool force : {false, true}) {
        QStringList args = exportTo + QStringList{path("export.txt")} + vault();
        if (force)
            args << QStringLiteral("--force");
        run = otptool(args);
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_NE(run.err.find("symbolic link"), std::string::npos) << run.err;
        EXPECT_EQ(readFile(path("victim/authorized_keys")), "ssh-ed25519 AAAA\n");
    }
    // Google Authenticator PNGs: the same rule for each file.
    writeFile(path("ga-1.png"), "not mine");
    run = otptool(QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                              QStringLiteral("ga-qr"), QStringLiteral("--yes"),
                              QStringLiteral("-o"), path("ga")} +
                  vault());
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(readFile(path("ga-1.png")), "not mine");
}

}  // namespace
