// Bitwarden Authenticator exports (JSON and CSV), written by hand from the format Bitwarden
// documents for its exports: items whose login.totp holds an otpauth:// URI (the
// Authenticator), a steam:// URI, or a bare secret (the password manager).

#include <string>

#include <gtest/gtest.h>

#include "interop_test_util.h"
#include "otp/interop/bitwarden.h"
#include "otp/interop/import.h"

using namespace interop_test;
using otp::ErrorCode;
using otp::interop::ImportFormat;

TEST(Bitwarden, ReadsTheJsonExport)
{
    const std::string text = readFixture("apps/bitwarden.json");
    EXPECT_EQ(otp::interop::detectFormat(bytesOf(text)), ImportFormat::BitwardenJson);
    auto r = otp::interop::parseBitwardenJson(text);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->format, ImportFormat::BitwardenJson);
    ASSERT_EQ(r->tokens.size(), 3u);
    EXPECT_EQ(r->tokens[0].issuer, "Example Bank");
    EXPECT_EQ(r->tokens[0].account, "alice@example.com");
    EXPECT_EQ(r->tokens[0].secret, bytesOf("12345678901234567890"));
    EXPECT_EQ(r->tokens[1].codeFormat, otp::CodeFormat::Steam);
    EXPECT_EQ(r->tokens[1].account, "gamer");
    // A password-manager login: the item's name is the issuer, the username the account, the
    // secret may be written in groups.
    EXPECT_EQ(r->tokens[2].issuer, "Mail");
    EXPECT_EQ(r->tokens[2].account, "bob");
    EXPECT_EQ(r->tokens[2].secret, base32("JBSWY3DPEHPK3PXP"));
    // A login without a code and a secure note are not tokens: skipped without a report. The
    // five-digit token is listed with its reason and position.
    ASSERT_EQ(r->unsupported.size(), 1u);
    EXPECT_EQ(r->unsupported[0].position, 6u);
    EXPECT_EQ(r->unsupported[0].code, ErrorCode::UriBadDigits);
    EXPECT_EQ(r->unsupported[0].label, "Seven");
}

TEST(Bitwarden, ReadsTheCsvExport)
{
    const std::string text = readFixture("apps/bitwarden.csv");
    EXPECT_EQ(otp::interop::detectFormat(bytesOf(text)), ImportFormat::BitwardenCsv);
    auto r = otp::interop::importData(bytesOf(text), nullptr);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->format, ImportFormat::BitwardenCsv);
    ASSERT_EQ(r->tokens.size(), 3u);
    // "otpauth://totp/?secret=...": the row's username names the token.
    EXPECT_EQ(r->tokens[0].issuer, "Example Bank");
    EXPECT_EQ(r->tokens[0].account, "alice@example.com");
    EXPECT_EQ(r->tokens[1].issuer, "Mail");
    EXPECT_EQ(r->tokens[1].digits, 8);
    EXPECT_EQ(r->tokens[2].codeFormat, otp::CodeFormat::Steam);
    ASSERT_EQ(r->unsupported.size(), 1u);
    EXPECT_EQ(r->unsupported[0].position, 7u);  // the line, counting the blank one
    EXPECT_EQ(r->unsupported[0].code, ErrorCode::UriBadSecret);
}

TEST(Bitwarden, TheJsonAndCsvOfTheSameTokensAgree)
{
    auto json = otp::interop::parseBitwardenJson(readFixture("apps/bitwarden.json"));
    auto csv = otp::interop::parseBitwardenCsv(readFixture("apps/bitwarden.csv"));
    ASSERT_TRUE(json && csv);
    EXPECT_EQ(json->tokens[0], csv->tokens[0]);
}

TEST(Bitwarden, APasswordProtectedExportIsRefusedWithAReason)
{
    auto r = otp::interop::parseBitwardenJson(
        R"({"encrypted":true,"passwordProtected":true,"salt":"x","kdfType":0,"kdfIterations":600000,"data":"y"})");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::ImportUnsupportedFile);
}

TEST(Bitwarden, CsvWithoutATotpColumnOrWithAnOpenQuoteIsAStructureError)
{
    auto noColumn = otp::interop::parseBitwardenCsv("name,login_username\nA,b\n");
    ASSERT_FALSE(noColumn);
    EXPECT_EQ(noColumn.error().code, ErrorCode::ImportBadStructure);
    auto open = otp::interop::parseBitwardenCsv("name,login_totp\n\"A,JBSWY3DPEHPK3PXP\n");
    ASSERT_FALSE(open);
    EXPECT_EQ(open.error().code, ErrorCode::ImportBadStructure);
}
