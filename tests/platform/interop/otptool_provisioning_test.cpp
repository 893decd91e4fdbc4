// otptool with URIs as real issuers write them: the serial a VIP Access URI carries in its label,
// a label issuer that differs from the parameter, Steam Guard codes in `code` and `verify`.

#include <string>

#include <QProcess>
#include <QStringList>

#include <gtest/gtest.h>

#include "../../support/otptool_run.h"  // shared by the otptool tests

namespace {

using testsupport::otptool;
using testsupport::ToolRun;

const QString kVip = QStringLiteral(
    "otpauth://totp/VIP%20Access:SYMC67913149?secret=JBSWY3DPEHPK3PXP&issuer=Symantec");
// KeePassXC's Steam vector (from the Steam app): FR8RV at 1511200518, 9P3VP at 1511200714.
const QString kSteam = QStringLiteral(
    "otpauth://totp/test:test@example.com?secret=63BEDWCQZKTQWPESARIERL5DTTQFCJTK&issuer=Valve"
    "&algorithm=SHA1&digits=5&period=30&encoder=steam");

}  // namespace

TEST(OtptoolProvisioning, UriParseSaysTheSerialComesFromTheLabel)
{
    const ToolRun run = otptool({QStringLiteral("uri"), QStringLiteral("parse"), kVip});
    ASSERT_EQ(run.exitCode, 0) << run.out;
    EXPECT_NE(run.out.find(R"("issuer":"Symantec")"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find(R"("label_issuer":"VIP Access")"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find(R"("serial":"SYMC67913149","serial_source":"label")"), std::string::npos)
        << run.out;
    EXPECT_EQ(otptool({QStringLiteral("serial"), kVip}).out, "SYMC 6791 3149\n");
    // oathtool --totp -b JBSWY3DPEHPK3PXP -N @1700000000
    EXPECT_EQ(otptool({QStringLiteral("code"), kVip, QStringLiteral("--at"),
                       QStringLiteral("1700000000")})
                  .out,
              "324550\n");
}

TEST(OtptoolProvisioning, SteamCodesAndVerification)
{
    const ToolRun parse = otptool({QStringLiteral("uri"), QStringLiteral("parse"), kSteam});
    ASSERT_EQ(parse.exitCode, 0);
    EXPECT_NE(parse.out.find(R"("digits":5)"), std::string::npos) << parse.out;
    EXPECT_NE(parse.out.find(R"("encoder":"steam")"), std::string::npos) << parse.out;
    EXPECT_EQ(otptool({QStringLiteral("code"), kSteam, QStringLiteral("--at"),
                       QStringLiteral("1511200518")})
                  .out,
              "FR8RV\n");
    EXPECT_EQ(otptool({QStringLiteral("code"), kSteam, QStringLiteral("--at"),
                       QStringLiteral("1511200714")})
                  .out,
              "9P3VP\n");
    const ToolRun ok = otptool({QStringLiteral("verify"), kSteam, QStringLiteral("fr8rv"),
                                QStringLiteral("--at"), QStringLiteral("1511200518")});
    EXPECT_EQ(ok.exitCode, 0);
    EXPECT_EQ(ok.out, "0\n");
    const ToolRun decimal = otptool({QStringLiteral("verify"), kSteam, QStringLiteral("123456"),
                                     QStringLiteral("--at"), QStringLiteral("1511200518")});
    EXPECT_EQ(decimal.exitCode, 1);
}
