// `otptool import` and `otptool export` as testers and scripts use them: dry runs, confirmation,
// warnings, exit codes, and a 25-token Google Authenticator export through PNG files.

#include <string>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "../../support/otptool_run.h"  // shared by the otptool tests

namespace {

using testsupport::otptool;
using testsupport::ToolRun;
using testsupport::writeFile;

QString fixture(const char* name)
{
    return QStringLiteral(SOFTTOKEN_INTEROP_FIXTURES "/") + QString::fromLatin1(name);
}

class OtptoolInterop : public testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        writeFile(path("pass"), "vault passphrase\n");
        writeFile(path("backup-pass"), "backup passphrase\n");
    }
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QStringList vault(const char* dataDir) const
    {
        return {QStringLiteral("--data-dir"), path(dataDir), QStringLiteral("--passphrase-file"),
                path("pass")};
    }
    QTemporaryDir m_dir;
};

}  // namespace

TEST_F(OtptoolInterop, ImportIsADryRunWithoutYes)
{
    auto run =
        otptool(QStringList{QStringLiteral("import"), fixture("aegis_plain.json")} + vault("data"));
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("found 4 tokens: 4 new, 0 duplicates; 1 unsupported"), std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("unsupported\t#5\tBroken: dave\t"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("dry run: nothing stored"), std::string::npos);
    EXPECT_FALSE(QDir(path("data")).exists());  // not even created

    run = otptool(QStringList{QStringLiteral("import"), fixture("aegis_plain.json"),
                              QStringLiteral("--yes")} +
                  vault("data"));
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("stored 4 tokens"), std::string::npos) << run.out;
    run = otptool(QStringList{QStringLiteral("import"), fixture("uris.txt")} + vault("data"));
    EXPECT_NE(run.out.find("duplicate:same_secret\tExample Bank"), std::string::npos) << run.out;
}

TEST_F(OtptoolInterop, EncryptedImportsNeedTheBackupPassphrase)
{
    auto run = otptool(QStringList{QStringLiteral("import"), fixture("aegis_encrypted.json")} +
                       vault("data"));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.find("import.passphrase_required"), std::string::npos) << run.err;
    writeFile(path("aegis-pass"), "test-password\n");
    run = otptool(QStringList{QStringLiteral("import"), fixture("aegis_encrypted.json"),
                              QStringLiteral("--backup-passphrase-file"), path("aegis-pass")} +
                  vault("data"));
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("format: aegis-encrypted"), std::string::npos) << run.out;
}

// Every format of the 2025-26 apps goes through the same `otptool import`, recognised from the
// content alone, and lists the entries it cannot import with their reasons.
TEST_F(OtptoolInterop, ImportsEveryOtherAppsExport)
{
    writeFile(path("app-pass"), "test-password\n");
    struct Case {
        const char* file;
        const char* format;
        const char* found;
    };
    for (const Case c : {
             Case{"apps/proton_plain.json", "proton", "found 3 tokens: 3 new, 0 duplicates; 2"},
             Case{"apps/proton_encrypted.json", "proton-encrypted", "found 3 tokens"},
             Case{"apps/ente_plain.txt", "ente", "found 3 tokens: 3 new, 0 duplicates; 1"},
             Case{"apps/ente_encrypted.json", "ente-encrypted", "found 3 tokens"},
             Case{"apps/bitwarden.json", "bitwarden-json", "found 3 tokens"},
             Case{"apps/bitwarden.csv", "bitwarden-csv", "found 3 tokens"},
             Case{"apps/andotp.json", "andotp", "found 4 tokens"},
             Case{"apps/andotp.json.aes", "andotp-encrypted", "found 4 tokens"},
             Case{"apps/twofas_encrypted.2fas", "2fas-encrypted", "found 3 tokens"},
         }) {
        auto run =
            otptool(QStringList{QStringLiteral("import"), fixture(c.file),
                                QStringLiteral("--backup-passphrase-file"), path("app-pass")} +
                    vault("data"));
        EXPECT_EQ(run.exitCode, 0) << c.file << ": " << run.err;
        EXPECT_NE(run.out.find(std::string("format: ") + c.format + "\n"), std::string::npos)
            << c.file << ": " << run.out;
        EXPECT_NE(run.out.find(c.found), std::string::npos) << c.file << ": " << run.out;
    }
    auto run = otptool(QStringList{QStringLiteral("import"), fixture("apps/proton_plain.json")} +
                       vault("data"));
    EXPECT_NE(run.out.find("unsupported\t#4\tcarol\talgorithm"), std::string::npos) << run.out;
}

TEST_F(OtptoolInterop, ExportNeedsYesAndWarnsWhenNotEncrypted)
{
    ASSERT_EQ(otptool(QStringList{QStringLiteral("import"), fixture("uris.txt"),
                                  QStringLiteral("--yes")} +
                      vault("data"))
                  .exitCode,
              0);
    auto run = otptool(QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                   QStringLiteral("uris"), QStringLiteral("-o"), path("out.txt")} +
                       vault("data"));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.find("--yes"), std::string::npos);
    EXPECT_FALSE(QFile::exists(path("out.txt")));

    run = otptool(QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                              QStringLiteral("uris"), QStringLiteral("-o"), path("out.txt"),
                              QStringLiteral("--yes")} +
                  vault("data"));
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.err.find("NOT encrypted"), std::string::npos);

    run = otptool(QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                              QStringLiteral("softtoken"), QStringLiteral("-o"), path("b.stb"),
                              QStringLiteral("--backup-passphrase-file"), path("backup-pass"),
                              QStringLiteral("--yes")} +
                  vault("data"));
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(run.err.find("NOT encrypted"), std::string::npos);

    // Both come back identical on "another device".
    run = otptool(QStringList{QStringLiteral("import"), path("b.stb"),
                              QStringLiteral("--backup-passphrase-file"), path("backup-pass"),
                              QStringLiteral("--yes")} +
                  vault("other"));
    EXPECT_NE(run.out.find("stored 3 tokens"), std::string::npos) << run.out << run.err;
    run = otptool(QStringList{QStringLiteral("import"), path("out.txt")} + vault("other"));
    EXPECT_NE(run.out.find("0 new, 3 duplicates"), std::string::npos) << run.out;
}

TEST_F(OtptoolInterop, GaQrExportOf25TokensImportsFromThePngs)
{
    std::string uris;
    for (int i = 1; i <= 25; ++i) {
        std::string secret = "GEZDGNBVGY3TQOJQ";
        secret += static_cast<char>('A' + i % 26);
        secret += static_cast<char>('A' + i / 26);
        secret += "AAAAAA";
        uris += "otpauth://totp/Bank" + std::to_string(i) + ":user" + std::to_string(i) +
                "?secret=" + secret + "&issuer=Bank" + std::to_string(i) + "\n";
    }
    writeFile(path("25.txt"), uris);
    auto run =
        otptool(QStringList{QStringLiteral("import"), path("25.txt"), QStringLiteral("--yes")} +
                vault("data"));
    ASSERT_NE(run.out.find("stored 25 tokens"), std::string::npos) << run.out << run.err;
    run = otptool(QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                              QStringLiteral("ga-qr"), QStringLiteral("-o"), path("ga.png"),
                              QStringLiteral("--yes")} +
                  vault("data"));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("QR code 3 of 3"), std::string::npos) << run.out;
    EXPECT_FALSE(QFile::exists(path("ga-4.png")));

    run = otptool(QStringList{QStringLiteral("import"), path("ga-2.png"), path("ga-3.png")} +
                  vault("other"));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.find("only 2 of 3"), std::string::npos) << run.err;
    run = otptool(QStringList{QStringLiteral("import"), path("ga-3.png"), path("ga-1.png"),
                              path("ga-2.png"), QStringLiteral("--yes")} +
                  vault("other"));
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("found 25 tokens: 25 new"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("stored 25 tokens"), std::string::npos) << run.out;
}

// Standard input is capped like a file: a pipe that never ends costs 16 MiB, not all memory.
TEST_F(OtptoolInterop, StdinOverTheImportLimitIsRefused)
{
    QProcess p;
    p.start(QStringLiteral(SOFTTOKEN_OTPTOOL),
            QStringList{QStringLiteral("import"), QStringLiteral("-")} + vault("data"));
    ASSERT_TRUE(p.waitForStarted());
    const QByteArray line("otpauth://totp/a?secret=AAAA\n");
    QByteArray chunk;
    while (chunk.size() < 1024 * 1024)
        chunk += line;
    for (int i = 0; i < 17 && p.state() == QProcess::Running; ++i) {
        p.write(chunk);
        p.waitForBytesWritten(30000);
    }
    p.closeWriteChannel();
    ASSERT_TRUE(p.waitForFinished(120000));
    EXPECT_EQ(p.exitCode(), 2);
    const std::string err = p.readAllStandardError().toStdString();
    EXPECT_NE(err.find("import.too_large"), std::string::npos) << err;
    EXPECT_FALSE(QDir(path("data")).exists());
}
