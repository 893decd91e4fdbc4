// `otptool vault` as testers and scripts use it: output, exit codes (0 ok, 1 no, 2 error with a
// message on stderr) and what lands on disk.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "vault_platform_util.h"

namespace {

struct ToolRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

const char* const kTotp = "otpauth://totp/Bank:alice?secret=JBSWY3DPEHPK3PXP&issuer=Bank";
const char* const kHotp = "otpauth://hotp/Other:bob?secret=GEZDGNBVGY3TQOJQ&counter=5";

class OtptoolVault : public ::testing::Test {
protected:
    QTemporaryDir tmp;
    QString dataDir = tmp.filePath(QStringLiteral("data"));
    QString passFile = tmp.filePath(QStringLiteral("pass"));

    void SetUp() override { writeFile(passFile, "first passphrase\n"); }

    static void writeFile(const QString& path, const QByteArray& content)
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

    // Runs otptool; vault commands get --data-dir and (unless `pass` is empty) --passphrase-file.
    ToolRun run(QStringList args, const QString& pass, const QByteArray& input = {},
                bool noKeystore = false)
    {
        if (args.value(0) == QStringLiteral("vault")) {
            args << QStringLiteral("--data-dir") << dataDir;
            if (!pass.isEmpty())
                args << QStringLiteral("--passphrase-file") << pass;
        }
        QProcess p;
        if (noKeystore) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
            p.setProcessEnvironment(env);
        }
        p.start(QStringLiteral(SOFTTOKEN_OTPTOOL), args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput().toStdString(),
                p.readAllStandardError().toStdString()};
    }
    ToolRun vault(const QStringList& args, const QByteArray& input = {})
    {
        return run(QStringList{QStringLiteral("vault")} + args, passFile, input);
    }
};

TEST_F(OtptoolVault, AddListCodeRemove)
{
    ToolRun added = vault({QStringLiteral("add"), QString::fromLatin1(kTotp)});
    ASSERT_EQ(added.exitCode, 0) << added.err;
    EXPECT_EQ(added.out.rfind("added token 1 (serial ", 0), 0u) << added.out;
    added = vault({QStringLiteral("add"), QStringLiteral("-")}, QByteArray(kHotp) + "\n");
    ASSERT_EQ(added.exitCode, 0) << added.err;

    const ToolRun list = vault({QStringLiteral("list")});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    std::string totpSerial = run({QStringLiteral("serial"), QString::fromLatin1(kTotp)}, {}).out;
    std::erase(totpSerial, ' ');  // "XRAD 8267 6438\n" -> "XRAD82676438\n"
    EXPECT_EQ(list.out.substr(0, list.out.find('\n') + 1),
              "1\tBank\talice\t" + totpSerial.substr(0, totpSerial.find('\n')) + "\ttotp\n")
        << list.out;
    EXPECT_NE(list.out.find("2\tOther\tbob\t"), std::string::npos) << list.out;
    EXPECT_EQ(list.out.find("JBSWY3DPEHPK3PXP"), std::string::npos) << "no secret in the list";

    // TOTP: the same code as `otptool code` for the URI.
    const ToolRun totp = vault({QStringLiteral("code"), QStringLiteral("1"), QStringLiteral("--at"),
                                QStringLiteral("1234567890")});
    ASSERT_EQ(totp.exitCode, 0) << totp.err;
    EXPECT_EQ(totp.out, run({QStringLiteral("code"), QString::fromLatin1(kTotp),
                             QStringLiteral("--at"), QStringLiteral("1234567890")},
                            {})
                            .out);

    // HOTP: counter 5, then 6 — each code only once.
    const std::string hotp5 = run({QStringLiteral("code"), QString::fromLatin1(kHotp)}, {}).out;
    const std::string hotp6 =
        run({QStringLiteral("code"), QString::fromLatin1(kHotp), QStringLiteral("--next")}, {}).out;
    EXPECT_EQ(vault({QStringLiteral("code"), QStringLiteral("2")}).out, hotp5);
    EXPECT_EQ(vault({QStringLiteral("code"), QStringLiteral("2")}).out, hotp6);

    ToolRun ambiguous = vault({QStringLiteral("code")});
    EXPECT_EQ(ambiguous.exitCode, 2);
    EXPECT_NE(ambiguous.err.find("give an INDEX"), std::string::npos) << ambiguous.err;
    EXPECT_EQ(vault({QStringLiteral("remove"), QStringLiteral("3")}).exitCode, 2);
    EXPECT_EQ(vault({QStringLiteral("remove"), QStringLiteral("1")}).exitCode, 0);
    const ToolRun after = vault({QStringLiteral("list")});
    EXPECT_EQ(after.out.rfind("1\tOther\tbob\t", 0), 0u) << after.out;
}

TEST_F(OtptoolVault, ErrorsAndCheck)
{
    ToolRun none = vault({QStringLiteral("list")});
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_NE(none.err.find("(vault.not_found)"), std::string::npos) << none.err;
    EXPECT_FALSE(QFile::exists(dataDir + QStringLiteral("/vault.stv")));

    ASSERT_EQ(vault({QStringLiteral("add"), QString::fromLatin1(kTotp)}).exitCode, 0);
    EXPECT_EQ(vault({QStringLiteral("add"), QStringLiteral("otpauth://totp/x?secret=1")}).exitCode,
              2);
    const ToolRun intact = vault({QStringLiteral("check")});
    EXPECT_EQ(intact.exitCode, 0) << intact.err;
    EXPECT_EQ(intact.out, "vault.stv\tintact\t1 tokens\nvault.stv.bak\tintact\t0 tokens\n");

    const QString wrong = tmp.filePath(QStringLiteral("wrong"));
    writeFile(wrong, "second passphrase\n");
    ToolRun bad = run({QStringLiteral("vault"), QStringLiteral("list")}, wrong);
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_NE(bad.err.find("(vault.wrong_passphrase)"), std::string::npos) << bad.err;

    // passwd: the new passphrase opens it, the old one no longer does.
    ToolRun passwd =
        vault({QStringLiteral("passwd"), QStringLiteral("--new-passphrase-file"), wrong});
    ASSERT_EQ(passwd.exitCode, 0) << passwd.err;
    EXPECT_EQ(run({QStringLiteral("vault"), QStringLiteral("list")}, wrong).exitCode, 0);
    EXPECT_EQ(vault({QStringLiteral("list")}).exitCode, 2);

    // Damage: check says no (exit 1); the backup still serves list, with a warning.
    const QString main = dataDir + QStringLiteral("/vault.stv");
    QFile f(main);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    f.seek(40);
    f.write("\x00", 1);
    f.close();
    ToolRun damaged = run({QStringLiteral("vault"), QStringLiteral("check")}, wrong);
    EXPECT_EQ(damaged.exitCode, 1);
    EXPECT_NE(damaged.err.find("vault damaged"), std::string::npos) << damaged.err;
    ToolRun fallback = run({QStringLiteral("vault"), QStringLiteral("list")}, wrong);
    EXPECT_EQ(fallback.exitCode, 0);
    EXPECT_NE(fallback.err.find("loaded the backup"), std::string::npos) << fallback.err;
}

TEST_F(OtptoolVault, NoKeystoreMeansAPassphraseIsNeededAndNothingIsWritten)
{
    const ToolRun r =
        run({QStringLiteral("vault"), QStringLiteral("add"), QString::fromLatin1(kTotp)}, {}, {},
            /*noKeystore=*/true);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("(vault.keystore_unavailable)"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("--passphrase-file"), std::string::npos) << r.err;
    EXPECT_TRUE(vaultplatformtest::snapshot(dataDir).empty());
}

}  // namespace
