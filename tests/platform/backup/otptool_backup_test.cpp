// `otptool backup` and the automatic backups of `otptool vault` end to end, as a tester runs
// them: a backup opens on a fresh profile with `otptool import` and the backup passphrase.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "../../support/otptool_run.h"

namespace {

using testsupport::otptool;
using testsupport::ToolRun;
using testsupport::writeFile;

const char* const kTotp = "otpauth://totp/Bank:alice?secret=JBSWY3DPEHPK3PXP&issuer=Bank";
const char* const kHotp = "otpauth://hotp/Other:bob?secret=GEZDGNBVGY3TQOJQ&counter=5";

bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

class OtptoolBackup : public ::testing::Test {
protected:
    QTemporaryDir tmp;
    QString dataDir = tmp.filePath(QStringLiteral("profile"));
    QString folder = tmp.filePath(QStringLiteral("backups"));
    QString passFile = tmp.filePath(QStringLiteral("pass"));
    QString backupPassFile = tmp.filePath(QStringLiteral("backup-pass"));

    void SetUp() override
    {
        writeFile(passFile, "vault passphrase\n");
        writeFile(backupPassFile, "backup passphrase\n");
    }

    // otptool COMMAND ARGS --data-dir DIR --passphrase-file FILE
    ToolRun run(const QString& command, QStringList args, const QString& dir = {})
    {
        return otptool(QStringList{command} + args +
                       QStringList{QStringLiteral("--data-dir"), dir.isEmpty() ? dataDir : dir,
                                   QStringLiteral("--passphrase-file"), passFile});
    }
    ToolRun configure(const QString& keep = QStringLiteral("10"))
    {
        return run(QStringLiteral("backup"), {QStringLiteral("configure"), QStringLiteral("--dir"),
                                              folder, QStringLiteral("--backup-passphrase-file"),
                                              backupPassFile, QStringLiteral("--keep"), keep});
    }
    QStringList backups() const
    {
        return QDir(folder).entryList({QStringLiteral("softtoken-backup-*.stbackup")}, QDir::Files,
                                      QDir::Name | QDir::Reversed);
    }
};

TEST_F(OtptoolBackup, EveryVaultChangeIsBackedUpAndABackupImportsOnAFreshProfile)
{
    const ToolRun configured = configure(QStringLiteral("2"));
    ASSERT_EQ(configured.exitCode, 0) << configured.err;
    EXPECT_TRUE(has(configured.out,
                    "automatic backups on: " + folder.toStdString() + ", keeping the newest 2"))
        << configured.out;
    EXPECT_EQ(backups().size(), 1) << "configure writes a first backup";

    ToolRun added =
        run(QStringLiteral("vault"), {QStringLiteral("add"), QString::fromLatin1(kTotp)});
    ASSERT_EQ(added.exitCode, 0) << added.err;
    EXPECT_TRUE(has(added.err, "otptool: backed up 1 tokens to softtoken-backup-")) << added.err;
    added = run(QStringLiteral("vault"), {QStringLiteral("add"), QString::fromLatin1(kHotp)});
    ASSERT_EQ(added.exitCode, 0) << added.err;
    EXPECT_EQ(backups().size(), 2) << "keep 2";
    // HOTP: the advanced counter is backed up too, and stdout stays the code alone.
    const ToolRun code =
        run(QStringLiteral("vault"), {QStringLiteral("code"), QStringLiteral("2")});
    ASSERT_EQ(code.exitCode, 0) << code.err;
    EXPECT_EQ(code.out.size(), 7u) << code.out;

    const ToolRun list = run(QStringLiteral("backup"), {QStringLiteral("list")});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    EXPECT_EQ(list.out.rfind("folder\t" + folder.toStdString() + "\tkeep 2\n", 0), 0u) << list.out;
    EXPECT_TRUE(has(list.out, "backup\t" + backups()[0].toStdString() + "\t")) << list.out;
    EXPECT_TRUE(has(list.out, "backup\t" + backups()[1].toStdString() + "\t")) << list.out;
    EXPECT_TRUE(has(list.out, "last\tok\t")) << list.out;
    EXPECT_TRUE(has(list.out, backups()[0].toStdString() + " (2 tokens)")) << list.out;

    const ToolRun verified = run(QStringLiteral("backup"), {QStringLiteral("verify")});
    EXPECT_EQ(verified.exitCode, 0) << verified.err;
    EXPECT_TRUE(has(verified.out, "holds the same 2 tokens as the vault")) << verified.out;

    // A new device: only the backup file and its passphrase.
    const QString fresh = tmp.filePath(QStringLiteral("fresh"));
    const QString newest = folder + QStringLiteral("/") + backups()[0];
    const ToolRun wrongPass =
        run(QStringLiteral("import"),
            {newest, QStringLiteral("--yes"), QStringLiteral("--backup-passphrase-file"), passFile},
            fresh);
    EXPECT_EQ(wrongPass.exitCode, 2) << "the vault passphrase does not open a backup";
    EXPECT_TRUE(has(wrongPass.err, "(import.wrong_passphrase)")) << wrongPass.err;
    const ToolRun imported = run(QStringLiteral("import"),
                                 {newest, QStringLiteral("--yes"),
                                  QStringLiteral("--backup-passphrase-file"), backupPassFile},
                                 fresh);
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_TRUE(has(imported.out, "stored 2 tokens")) << imported.out;
    const ToolRun original = run(QStringLiteral("vault"), {QStringLiteral("list")});
    const ToolRun restored = run(QStringLiteral("vault"), {QStringLiteral("list")}, fresh);
    ASSERT_EQ(restored.exitCode, 0) << restored.err;
    EXPECT_EQ(restored.out, original.out);
    // The HOTP counter came along: the next code on the new device is the next one.
    const ToolRun next =
        run(QStringLiteral("vault"), {QStringLiteral("code"), QStringLiteral("2")}, fresh);
    const ToolRun expected = otptool(
        {QStringLiteral("code"), QString::fromLatin1(kHotp).replace(QStringLiteral("counter=5"),
                                                                    QStringLiteral("counter=6"))});
    EXPECT_EQ(next.out, expected.out);

    // Removing is a change too.
    const ToolRun removed =
        run(QStringLiteral("vault"), {QStringLiteral("remove"), QStringLiteral("1")});
    ASSERT_EQ(removed.exitCode, 0) << removed.err;
    EXPECT_TRUE(has(removed.err, "backed up 1 tokens")) << removed.err;
    EXPECT_EQ(run(QStringLiteral("backup"), {QStringLiteral("verify")}).exitCode, 0);
}

TEST_F(OtptoolBackup, VerifyReportsNoBackupADamagedOneAndOtherTokens)
{
    ASSERT_EQ(
        run(QStringLiteral("vault"), {QStringLiteral("add"), QString::fromLatin1(kTotp)}).exitCode,
        0);
    ToolRun notOn = run(QStringLiteral("backup"), {QStringLiteral("now")});
    EXPECT_EQ(notOn.exitCode, 2);
    EXPECT_TRUE(has(notOn.err, "(backup.not_configured)")) << notOn.err;

    ASSERT_EQ(configure().exitCode, 0);
    const ToolRun now = run(QStringLiteral("backup"), {QStringLiteral("now")});
    ASSERT_EQ(now.exitCode, 0) << now.err;
    EXPECT_TRUE(has(now.out, "wrote " + folder.toStdString() + "/softtoken-backup-")) << now.out;
    EXPECT_TRUE(has(now.out, "(1 tokens)")) << now.out;
    ASSERT_EQ(backups().size(), 2);

    QFile newest(folder + QStringLiteral("/") + backups()[0]);
    ASSERT_TRUE(newest.open(QIODevice::ReadWrite));
    newest.seek(80);
    newest.write("\x5a", 1);
    newest.close();
    ToolRun damaged = run(QStringLiteral("backup"), {QStringLiteral("verify")});
    EXPECT_EQ(damaged.exitCode, 1);
    EXPECT_TRUE(has(damaged.err, "(backup.unreadable)")) << damaged.err;

    for (const QString& name : backups())
        ASSERT_TRUE(QFile::remove(folder + QStringLiteral("/") + name));
    ToolRun none = run(QStringLiteral("backup"), {QStringLiteral("verify")});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_TRUE(has(none.err, "(backup.none)")) << none.err;

    // A backup from before a change made while backups were off.
    ASSERT_EQ(run(QStringLiteral("backup"), {QStringLiteral("now")}).exitCode, 0);
    ASSERT_EQ(run(QStringLiteral("backup"), {QStringLiteral("off")}).exitCode, 0);
    ASSERT_EQ(
        run(QStringLiteral("vault"), {QStringLiteral("add"), QString::fromLatin1(kHotp)}).exitCode,
        0);
    EXPECT_EQ(backups().size(), 1) << "off: no backup";
    ToolRun off = run(QStringLiteral("backup"), {QStringLiteral("verify")});
    EXPECT_EQ(off.exitCode, 2) << "off: nothing to verify against";
    ASSERT_EQ(configure().exitCode, 0);
    ASSERT_EQ(QFile::remove(folder + QStringLiteral("/") + backups()[0]), true);
    ToolRun mismatch = run(QStringLiteral("backup"), {QStringLiteral("verify")});
    EXPECT_EQ(mismatch.exitCode, 1);
    EXPECT_TRUE(has(mismatch.err, "holds 1 tokens, the vault 2")) << mismatch.err;
    EXPECT_TRUE(has(mismatch.err, "(backup.mismatch)")) << mismatch.err;
}

TEST_F(OtptoolBackup, AVanishedFolderWarnsAndTheVaultChangeIsKept)
{
    ASSERT_EQ(configure().exitCode, 0);
    ASSERT_TRUE(QDir(folder).removeRecursively());
    const ToolRun added =
        run(QStringLiteral("vault"), {QStringLiteral("add"), QString::fromLatin1(kTotp)});
    EXPECT_EQ(added.exitCode, 0) << "the token is stored";
    EXPECT_TRUE(has(added.err, "warning: the automatic backup failed")) << added.err;
    EXPECT_TRUE(has(added.err, "(backup.folder_missing)")) << added.err;
    EXPECT_FALSE(QFile::exists(folder));

    const ToolRun now = run(QStringLiteral("backup"), {QStringLiteral("now")});
    EXPECT_EQ(now.exitCode, 2);
    EXPECT_TRUE(has(now.err, "(backup.folder_missing)")) << now.err;
    EXPECT_TRUE(has(now.err, "nothing was lost")) << now.err;
    const ToolRun list = run(QStringLiteral("backup"), {QStringLiteral("list")});
    EXPECT_EQ(list.exitCode, 2);
    EXPECT_TRUE(has(list.err, "(backup.folder_missing)")) << list.err;
    EXPECT_TRUE(has(list.out, "last\tfailed\t")) << list.out;
    EXPECT_TRUE(has(list.out, "backup.folder_missing")) << list.out;
    EXPECT_EQ(run(QStringLiteral("vault"), {QStringLiteral("list")}).out.rfind("1\tBank\talice", 0),
              0u);
}

TEST_F(OtptoolBackup, BadArgumentsAndHelp)
{
    for (const char* sub : {"", "configure", "now", "list", "verify"}) {
        QStringList args{QStringLiteral("backup")};
        if (*sub != '\0')
            args << QString::fromLatin1(sub);
        args << QStringLiteral("--help");
        const ToolRun help = otptool(args);
        EXPECT_EQ(help.exitCode, 0) << sub;
        EXPECT_TRUE(has(help.out, "configure --dir DIR --backup-passphrase-file FILE [--keep N]"))
            << sub;
    }
    writeFile(backupPassFile, "short\n");
    const ToolRun shortPass = configure();
    EXPECT_EQ(shortPass.exitCode, 2);
    EXPECT_TRUE(has(shortPass.err, "at least 8 characters")) << shortPass.err;
    writeFile(backupPassFile, "backup passphrase\n");
    EXPECT_EQ(configure(QStringLiteral("0")).exitCode, 2);
    EXPECT_EQ(configure(QStringLiteral("1001")).exitCode, 2);
    const ToolRun noDir = run(QStringLiteral("backup"), {QStringLiteral("configure")});
    EXPECT_EQ(noDir.exitCode, 2);
    EXPECT_TRUE(has(noDir.err, "needs --dir DIR and --backup-passphrase-file FILE")) << noDir.err;
    const ToolRun stray =
        run(QStringLiteral("backup"),
            {QStringLiteral("now"), QStringLiteral("--keep"), QStringLiteral("3")});
    EXPECT_EQ(stray.exitCode, 2);
    EXPECT_FALSE(QFile::exists(dataDir)) << "nothing written for bad arguments";
}

TEST_F(OtptoolBackup, VaultCheckReportsEveryFileAndADamagedBackupCopy)
{
    ASSERT_EQ(
        run(QStringLiteral("vault"), {QStringLiteral("add"), QString::fromLatin1(kTotp)}).exitCode,
        0);
    ASSERT_EQ(
        run(QStringLiteral("vault"), {QStringLiteral("add"), QString::fromLatin1(kHotp)}).exitCode,
        0);
    const ToolRun intact = run(QStringLiteral("vault"), {QStringLiteral("check")});
    EXPECT_EQ(intact.exitCode, 0) << intact.err;
    EXPECT_EQ(intact.out, "vault.stv\tintact\t2 tokens\nvault.stv.bak\tintact\t1 tokens\n");

    QFile copy(dataDir + QStringLiteral("/vault.stv.bak"));
    ASSERT_TRUE(copy.open(QIODevice::ReadWrite));
    copy.seek(50);
    copy.write("\x01", 1);
    copy.close();
    const ToolRun found = run(QStringLiteral("vault"), {QStringLiteral("check")});
    EXPECT_EQ(found.exitCode, 1) << "a damaged backup copy is a finding";
    EXPECT_EQ(found.out, "vault.stv\tintact\t2 tokens\nvault.stv.bak\tDAMAGED\n");
    EXPECT_TRUE(has(found.err, "vault.stv.bak: vault damaged")) << found.err;
    EXPECT_TRUE(has(found.err, "(vault.damaged)")) << found.err;
    EXPECT_TRUE(has(found.err, "main file is intact but its backup copy is not")) << found.err;
    // The next save writes a good copy again.
    ASSERT_EQ(
        run(QStringLiteral("vault"), {QStringLiteral("remove"), QStringLiteral("2")}).exitCode, 0);
    EXPECT_EQ(run(QStringLiteral("vault"), {QStringLiteral("check")}).exitCode, 0);
}

}  // namespace
