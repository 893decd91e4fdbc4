#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "otp/base32.h"
#include "otp/key_uri.h"

namespace {

using otp::Algorithm;
using otp::ErrorCode;
using otp::KeyUri;
using otp::OtpType;
using otp::parseKeyUri;

otp::SecureBytes bytes(std::string_view text)
{
    return {text.begin(), text.end()};
}

KeyUri mustParse(std::string_view text)
{
    auto parsed = parseKeyUri(text);
    EXPECT_TRUE(parsed.ok()) << text << ": " << (parsed.ok() ? "" : parsed.error().message);
    return parsed.ok() ? std::move(parsed).value() : KeyUri{};
}

void expectRoundTrip(const KeyUri& uri, const std::string& context)
{
    const otp::SecureString formatted = otp::formatKeyUri(uri);
    const auto reparsed = parseKeyUri(formatted.view());
    ASSERT_TRUE(reparsed.ok()) << context << "\n  " << formatted.view() << "\n  "
                               << reparsed.error().message;
    EXPECT_TRUE(*reparsed == uri) << context << "\n  " << formatted.view();
    // Formatting is stable: the second pass writes the same text.
    EXPECT_EQ(otp::formatKeyUri(*reparsed).view(), formatted.view()) << context;
}

TEST(KeyUriParse, GoogleExampleTotp)
{
    const KeyUri uri =
        mustParse("otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example");
    EXPECT_EQ(uri.type, OtpType::Totp);
    EXPECT_EQ(uri.issuer, "Example");
    EXPECT_EQ(uri.account, "alice@google.com");
    EXPECT_EQ(uri.secret, bytes("Hello!\xde\xad\xbe\xef"));
    EXPECT_EQ(uri.algorithm, Algorithm::Sha1);
    EXPECT_EQ(uri.digits, 6);
    EXPECT_EQ(uri.period, 30);
    EXPECT_EQ(uri.counter, 0u);
    EXPECT_FALSE(uri.serial.has_value());
    EXPECT_TRUE(uri.extraParameters.empty());
}

TEST(KeyUriParse, AllParametersHotp)
{
    const KeyUri uri = mustParse("otpauth://hotp/ACME%20Co:john.doe%40email.com?"
                                 "secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ&issuer=ACME%20Co&"
                                 "algorithm=SHA512&digits=8&counter=18446744073709551615&"
                                 "serial=abcd-1234-5678");
    EXPECT_EQ(uri.type, OtpType::Hotp);
    EXPECT_EQ(uri.issuer, "ACME Co");
    EXPECT_EQ(uri.account, "john.doe@email.com");
    EXPECT_EQ(uri.algorithm, Algorithm::Sha512);
    EXPECT_EQ(uri.digits, 8);
    EXPECT_EQ(uri.counter, 18446744073709551615u);
    ASSERT_TRUE(uri.serial.has_value());
    EXPECT_EQ(uri.serial->compact(), "ABCD12345678");
}

TEST(KeyUriParse, SchemeTypeAndParameterNamesAreCaseInsensitive)
{
    const KeyUri uri = mustParse("OTPAUTH://TOTP/Bank:me?SECRET=jbswy3dpehpk3pxp&Digits=8&"
                                 "ALGORITHM=sha256&Period=60");
    EXPECT_EQ(uri.type, OtpType::Totp);
    EXPECT_EQ(uri.digits, 8);
    EXPECT_EQ(uri.algorithm, Algorithm::Sha256);
    EXPECT_EQ(uri.period, 60);
    EXPECT_EQ(uri.secret, bytes("Hello!\xde\xad\xbe\xef"));
}

TEST(KeyUriParse, LabelColonForms)
{
    struct Case {
        std::string_view label;
        std::string_view issuer;
        std::string_view account;
    };
    for (const Case& c :
         {Case{"Bank:alice", "Bank", "alice"}, Case{"Bank%3Aalice", "Bank", "alice"},
          Case{"Bank%3aalice", "Bank", "alice"}, Case{"Bank:%20alice", "Bank", "alice"},
          Case{"Bank: alice", "Bank", "alice"}, Case{"Bank%3A%20alice%20", "Bank", "alice"},
          Case{"Big%20Bank%20:alice", "Big Bank", "alice"}, Case{"alice", "", "alice"},
          Case{"Bank:", "Bank", ""}, Case{":alice", "", "alice"}, Case{"Bank:a:b", "Bank", "a:b"},
          Case{"Bank:alice+tokens@example.com", "Bank", "alice+tokens@example.com"},
          Case{"%E4%B8%89%E8%8F%B1:%E5%B1%B1%E7%94%B0", "\xe4\xb8\x89\xe8\x8f\xb1",
               "\xe5\xb1\xb1\xe7\x94\xb0"},
          // Raw UTF-8 as some QR generators write it.
          Case{"\xe4\xb8\x89\xe8\x8f\xb1:alice", "\xe4\xb8\x89\xe8\x8f\xb1", "alice"}}) {
        const std::string text = "otpauth://totp/" + std::string(c.label) + "?secret=GEZDGNBV";
        const KeyUri uri = mustParse(text);
        EXPECT_EQ(uri.issuer, c.issuer) << text;
        EXPECT_EQ(uri.account, c.account) << text;
    }
}

TEST(KeyUriParse, IssuerFromParameterOrLabel)
{
    EXPECT_EQ(mustParse("otpauth://totp/alice?secret=GEZDGNBV&issuer=Bank").issuer, "Bank");
    EXPECT_EQ(mustParse("otpauth://totp/Bank:alice?secret=GEZDGNBV&issuer=Bank").issuer, "Bank");
    EXPECT_EQ(mustParse("otpauth://totp/Bank:alice?secret=GEZDGNBV&issuer=").issuer, "Bank");
    EXPECT_EQ(mustParse("otpauth://totp/:alice?secret=GEZDGNBV&issuer=Bank").issuer, "Bank");
    // A different label prefix is accepted as Google Authenticator does: the parameter wins and
    // the prefix is kept for the round trip (it used to be refused as a conflict).
    const KeyUri corp =
        mustParse("otpauth://totp/Example:alice?secret=GEZDGNBV&issuer=Example%20Corp");
    EXPECT_EQ(corp.issuer, "Example Corp");
    EXPECT_EQ(corp.labelIssuer, "Example");
    EXPECT_EQ(corp.account, "alice");
    const KeyUri caseOnly = mustParse("otpauth://totp/Bank:a?secret=GEZDGNBV&issuer=bank");
    EXPECT_EQ(caseOnly.issuer, "bank");
    EXPECT_EQ(caseOnly.labelIssuer, "Bank");
    EXPECT_EQ(mustParse("otpauth://totp/Bank:a?secret=GEZDGNBV&issuer=Bank").labelIssuer, "");
    EXPECT_EQ(std::string(otp::formatKeyUri(corp).view()),
              "otpauth://totp/Example:alice?secret=GEZDGNBV&issuer=Example%20Corp");
    EXPECT_EQ(mustParse(otp::formatKeyUri(corp).view()), corp);
    // An issuer can only hold a colon when it comes from the parameter.
    const KeyUri colon = mustParse("otpauth://totp/alice?secret=GEZDGNBV&issuer=A%3AB");
    EXPECT_EQ(colon.issuer, "A:B");
    EXPECT_EQ(colon.account, "alice");
}

TEST(KeyUriParse, PlusIsASpaceInQueryValuesButItselfInTheLabel)
{
    const KeyUri uri =
        mustParse("otpauth://totp/Big+Bank:a+b?secret=GEZDGNBV&issuer=Big%2BBank&note=x+y%2Bz");
    EXPECT_EQ(uri.issuer, "Big+Bank");
    EXPECT_EQ(uri.account, "a+b");
    ASSERT_EQ(uri.extraParameters.size(), 1u);
    EXPECT_EQ(uri.extraParameters[0].second, "x y+z");

    const KeyUri spaced = mustParse("otpauth://totp/Big%20Bank:me?secret=GEZDGNBV&issuer=Big+Bank");
    EXPECT_EQ(spaced.issuer, "Big Bank");
}

TEST(KeyUriParse, SecretIsLiberalBase32)
{
    EXPECT_EQ(mustParse("otpauth://totp/a?secret=jbsw%20y3dp-ehpk+3pxp%3D%3D%3D").secret,
              bytes("Hello!\xde\xad\xbe\xef"));
}

TEST(KeyUriParse, ExtraParametersSurviveInOrder)
{
    const KeyUri uri = mustParse("otpauth://totp/Bank:me?image=https%3A%2F%2Fbank.example%2Fl.png"
                                 "&secret=GEZDGNBV&color=blue&empty=&flag&color=red&%3D=%26");
    const std::vector<std::pair<std::string, std::string>> expected{
        {"image", "https://bank.example/l.png"},
        {"color", "blue"},
        {"empty", ""},
        {"flag", ""},
        {"color", "red"},
        {"=", "&"}};
    EXPECT_EQ(uri.extraParameters, expected);
    expectRoundTrip(uri, "extras");
}

TEST(KeyUriParse, ParametersOfTheOtherTypeAreKeptVerbatim)
{
    const KeyUri totp = mustParse("otpauth://totp/a?secret=GEZDGNBV&counter=x");
    EXPECT_EQ(totp.counter, 0u);
    ASSERT_EQ(totp.extraParameters.size(), 1u);
    EXPECT_EQ(totp.extraParameters[0], (std::pair<std::string, std::string>{"counter", "x"}));

    const KeyUri hotp = mustParse("otpauth://hotp/a?secret=GEZDGNBV&counter=5&period=0");
    EXPECT_EQ(hotp.counter, 5u);
    EXPECT_EQ(hotp.period, 30);
    ASSERT_EQ(hotp.extraParameters.size(), 1u);
    EXPECT_EQ(hotp.extraParameters[0].first, "period");
    expectRoundTrip(totp, "totp with counter");
    expectRoundTrip(hotp, "hotp with period");
}

TEST(KeyUriParse, ToleratesSurroundingWhitespaceAndEmptyPieces)
{
    const KeyUri uri = mustParse("  otpauth://totp/a?&secret=GEZDGNBV&&digits=7&\r\n");
    EXPECT_EQ(uri.digits, 7);
    EXPECT_TRUE(uri.extraParameters.empty());
}

TEST(KeyUriParse, DigitsAndPeriodBoundaries)
{
    EXPECT_EQ(mustParse("otpauth://totp/a?secret=GEZDGNBV&digits=6").digits, 6);
    EXPECT_EQ(mustParse("otpauth://totp/a?secret=GEZDGNBV&digits=10").digits, 10);
    EXPECT_EQ(mustParse("otpauth://totp/a?secret=GEZDGNBV&digits=08").digits, 8);
    EXPECT_EQ(mustParse("otpauth://totp/a?secret=GEZDGNBV&period=1").period, 1);
    EXPECT_EQ(mustParse("otpauth://totp/a?secret=GEZDGNBV&period=2147483647").period, 2147483647);
    EXPECT_EQ(mustParse("otpauth://hotp/a?secret=GEZDGNBV&counter=0").counter, 0u);
}

struct Malformed {
    std::string_view uri;
    ErrorCode code;
    std::string_view messagePart;  // names the field and the value
};

std::ostream& operator<<(std::ostream& os, const Malformed& m)
{
    return os << m.uri;
}

class KeyUriRejectTest : public testing::TestWithParam<Malformed> {};

TEST_P(KeyUriRejectTest, FailsWithItsOwnCode)
{
    const Malformed& m = GetParam();
    const auto parsed = parseKeyUri(m.uri);
    ASSERT_FALSE(parsed.ok()) << m.uri;
    EXPECT_EQ(otp::errorCodeName(parsed.error().code), otp::errorCodeName(m.code)) << m.uri;
    EXPECT_NE(parsed.error().message.find(m.messagePart), std::string::npos)
        << m.uri << "\n  message: " << parsed.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    KeyUri, KeyUriRejectTest,
    testing::Values(
        Malformed{"", ErrorCode::UriNotOtpauth, "no scheme"},
        Malformed{"JBSWY3DPEHPK3PXP", ErrorCode::UriNotOtpauth, "no scheme"},
        Malformed{"http://totp/a?secret=JBSWY3DPEHPK3PXP", ErrorCode::UriNotOtpauth,
                  "scheme is \"http\""},
        Malformed{"otpauth:/totp/a?secret=JBSWY3DPEHPK3PXP", ErrorCode::UriNotOtpauth, "scheme"},
        Malformed{"otpauth-migration://offline?data=x", ErrorCode::UriNotOtpauth,
                  "\"otpauth-migration\""},
        Malformed{"otpauth://motp/a?secret=JBSWY3DPEHPK3PXP", ErrorCode::UriUnknownType,
                  "type must be totp, hotp or steam, got \"motp\""},
        Malformed{"otpauth:///a?secret=JBSWY3DPEHPK3PXP", ErrorCode::UriUnknownType, "got \"\""},
        Malformed{"otpauth://totp?secret=JBSWY3DPEHPK3PXP", ErrorCode::UriMissingLabel, "label"},
        Malformed{"otpauth://totp/?secret=JBSWY3DPEHPK3PXP", ErrorCode::UriMissingLabel, "label"},
        Malformed{"otpauth://totp", ErrorCode::UriMissingLabel, "label"},
        Malformed{"otpauth://totp/:?secret=JBSWY3DPEHPK3PXP", ErrorCode::UriMissingLabel, "label"},
        Malformed{"otpauth://totp/%20%3A%20?secret=JBSWY3DPEHPK3PXP", ErrorCode::UriMissingLabel,
                  "label"},
        Malformed{"otpauth://totp/Bank%3?secret=JBSWY3DPEHPK3PXP", ErrorCode::UriBadPercentEncoding,
                  "label has a malformed %-escape \"%3\" at position 20"},
        Malformed{"otpauth://totp/Bank%zzme?secret=JBSWY3DPEHPK3PXP",
                  ErrorCode::UriBadPercentEncoding, "\"%zz\" at position 20"},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&issuer=A%G0",
                  ErrorCode::UriBadPercentEncoding, "issuer has a malformed %-escape \"%G0\""},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&image=%",
                  ErrorCode::UriBadPercentEncoding, "parameter \"image\" has a malformed"},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&x%1=1",
                  ErrorCode::UriBadPercentEncoding, "parameter name"},
        Malformed{"otpauth://totp/a?secret=JBSW%Y3DPEHPK3PXP", ErrorCode::UriBadPercentEncoding,
                  "secret has a malformed %-escape at position 29"},
        Malformed{"otpauth://totp/a", ErrorCode::UriMissingSecret, "secret is missing"},
        Malformed{"otpauth://totp/a?issuer=Bank", ErrorCode::UriMissingSecret, "secret is missing"},
        Malformed{"otpauth://totp/a?secret=", ErrorCode::UriMissingSecret, "secret is empty"},
        Malformed{"otpauth://totp/a?secret", ErrorCode::UriMissingSecret, "secret is empty"},
        Malformed{"otpauth://totp/a?secret=%3D%3D", ErrorCode::UriMissingSecret, "secret is empty"},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PX1", ErrorCode::UriBadSecret,
                  "secret is not valid base32: invalid base32 character '1' at position 16"},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPE", ErrorCode::UriBadSecret,
                  "secret is not valid base32: invalid base32 length"},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&algorithm=MD5",
                  ErrorCode::UriUnknownAlgorithm,
                  "algorithm must be SHA1, SHA256 or SHA512, got \"MD5\""},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&algorithm=",
                  ErrorCode::UriUnknownAlgorithm, "got \"\""},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=5", ErrorCode::UriBadDigits,
                  "digits must be 6 to 10, got 5"},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=11", ErrorCode::UriBadDigits,
                  "digits must be 6 to 10, got 11"},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=12", ErrorCode::UriBadDigits,
                  "digits must be 6 to 10, got 12"},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=x", ErrorCode::UriBadDigits,
                  "digits must be a number from 6 to 10, got \"x\""},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=-6", ErrorCode::UriBadDigits,
                  "got \"-6\""},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=", ErrorCode::UriBadDigits,
                  "got \"\""},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=99999999999999999999",
                  ErrorCode::UriBadDigits, "got \"99999999999999999999\""},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&period=0", ErrorCode::UriBadPeriod,
                  "period must be a whole number of seconds >= 1, got \"0\""},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&period=-1", ErrorCode::UriBadPeriod,
                  "got \"-1\""},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&period=x", ErrorCode::UriBadPeriod,
                  "got \"x\""},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&period=30.5", ErrorCode::UriBadPeriod,
                  "got \"30.5\""},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&period=2147483648",
                  ErrorCode::UriBadPeriod, "got \"2147483648\""},
        Malformed{"otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP", ErrorCode::UriMissingCounter,
                  "counter is missing"},
        Malformed{"otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP&counter=", ErrorCode::UriBadCounter,
                  "counter must be a number from 0 to 18446744073709551615, got \"\""},
        Malformed{"otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP&counter=-1", ErrorCode::UriBadCounter,
                  "got \"-1\""},
        Malformed{"otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP&counter=0x10", ErrorCode::UriBadCounter,
                  "got \"0x10\""},
        Malformed{"otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP&counter=18446744073709551616",
                  ErrorCode::UriBadCounter, "got \"18446744073709551616\""},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&serial=ABC12345678",
                  ErrorCode::UriBadSerial, "serial \"ABC12345678\" is invalid: serial must be"},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&serial=", ErrorCode::UriBadSerial,
                  "serial \"\" is invalid"},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&secret=JBSWY3DPEHPK3PXP",
                  ErrorCode::UriDuplicateParameter, "parameter \"secret\" appears more than once"},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&digits=6&Digits=6",
                  ErrorCode::UriDuplicateParameter, "parameter \"Digits\""},
        Malformed{"otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&issuer=A&issuer=A",
                  ErrorCode::UriDuplicateParameter, "\"issuer\""},
        Malformed{"otpauth://hotp/a?secret=JBSWY3DPEHPK3PXP&counter=1&counter=2",
                  ErrorCode::UriDuplicateParameter, "\"counter\""},
        Malformed{
            "otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&serial=ABCD12345678&serial=ABCD12345678",
            ErrorCode::UriDuplicateParameter, "\"serial\""},
        Malformed{"otpauth://totp/Bank:al%0Aice?secret=JBSWY3DPEHPK3PXP", ErrorCode::UriInvalidText,
                  "account is not printable UTF-8 text: \"al\\x0Aice\""},
        Malformed{"otpauth://totp/Ba%FFnk:alice?secret=JBSWY3DPEHPK3PXP", ErrorCode::UriInvalidText,
                  "issuer in the label is not printable UTF-8 text: \"Ba\\xFFnk\""},
        Malformed{"otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP&issuer=%C0%AF",
                  ErrorCode::UriInvalidText, "issuer is not printable UTF-8"},
        Malformed{"otpauth://totp/%00?secret=JBSWY3DPEHPK3PXP", ErrorCode::UriInvalidText,
                  "\\x00"}));

TEST(KeyUriParse, SecretNeverAppearsInMessages)
{
    for (const std::string_view text :
         {"otpauth://totp/a?secret=SECRETSECRETSEC1", "otpauth://totp/a?secret=SECRETSECRETS%Z"}) {
        const auto parsed = parseKeyUri(text);
        ASSERT_FALSE(parsed.ok());
        EXPECT_EQ(parsed.error().message.find("SECRET"), std::string::npos)
            << parsed.error().message;
    }
}

TEST(KeyUriParse, LongValuesAreCutInMessages)
{
    const std::string longValue(500, '7');
    const auto parsed = parseKeyUri("otpauth://totp/a?secret=GEZDGNBV&digits=" + longValue);
    ASSERT_FALSE(parsed.ok());
    EXPECT_LT(parsed.error().message.size(), 150u) << parsed.error().message;
    EXPECT_NE(parsed.error().message.find("...\""), std::string::npos);
}

TEST(KeyUriFormat, WritesCanonicalUri)
{
    KeyUri uri;
    uri.issuer = "Big Bank";
    uri.account = "alice+1@example.com";
    uri.secret = bytes("Hello!\xde\xad\xbe\xef");
    EXPECT_EQ(otp::formatKeyUri(uri).view(),
              "otpauth://totp/Big%20Bank:alice%2B1%40example.com?secret=JBSWY3DPEHPK3PXP&"
              "issuer=Big%20Bank");

    uri.type = OtpType::Hotp;
    uri.algorithm = Algorithm::Sha256;
    uri.digits = 8;
    uri.period = 60;  // not written for HOTP
    uri.counter = 42;
    uri.serial = otp::Serial::parse("abcd 1234 5678").value();
    uri.extraParameters = {{"image", "https://x.example/a b.png"}};
    EXPECT_EQ(otp::formatKeyUri(uri).view(),
              "otpauth://hotp/Big%20Bank:alice%2B1%40example.com?secret=JBSWY3DPEHPK3PXP&"
              "issuer=Big%20Bank&algorithm=SHA256&digits=8&counter=42&serial=ABCD12345678&"
              "image=https%3A%2F%2Fx.example%2Fa%20b.png");
}

TEST(KeyUriFormat, ColonsInIssuerOrAccountRoundTrip)
{
    KeyUri uri;
    uri.secret = bytes("12345");
    for (const auto& [issuer, account] : std::vector<std::pair<std::string, std::string>>{
             {"A:B", "alice"}, {"", "a:b"}, {"A:B", "c:d"}, {"Bank", "a:b:c"}, {"Bank", ""}}) {
        uri.issuer = issuer;
        uri.account = account;
        expectRoundTrip(uri, "issuer \"" + issuer + "\", account \"" + account + "\"");
    }
}

TEST(KeyUriRoundTrip, ParsedUrisFormatAndParseBackEqual)
{
    for (const std::string_view text :
         {"otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example",
          "otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP",
          "otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP&issuer=Only%20Param",
          "otpauth://hotp/Bank:me?secret=GEZDGNBVGY3TQOJQ&counter=7&digits=10&algorithm=SHA-256",
          "otpauth://totp/%E4%B8%89%E8%8F%B1UFJ%E9%8A%80%E8%A1%8C:%E5%B1%B1%E7%94%B0?"
          "secret=GEZDGNBV&period=60&serial=wxyz-0000-0001",
          "otpauth://totp/Bank:me?secret=GEZDGNBV&image=http%3A%2F%2Fa%2Fb%3Fc%3Dd%26e&x=%2B+",
          "otpauth://totp/VIP%20Access:SYMC12345678?secret=GEZDGNBV&issuer=Symantec",
          "otpauth://totp/Steam:gamer?secret=GEZDGNBV&issuer=Steam&encoder=steam"}) {
        expectRoundTrip(mustParse(text), std::string(text));
    }
}

TEST(KeyUriRoundTrip, RandomCombinations)
{
    std::mt19937 random(6238);  // fixed seed: reproducible
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };
    // Pieces chosen to exercise escaping: spaces, '+', '%', ':', '&', '=', '?', '#', '/', UTF-8.
    const std::vector<std::string> words{"Bank",
                                         "a b",
                                         "x+y",
                                         "100%",
                                         "k=v&w",
                                         "q?#/",
                                         "\xe9\x8a\x80\xe8\xa1\x8c",
                                         "alice@example.com",
                                         "~._-",
                                         "'\"<>"};
    auto text = [&](bool allowColon) {
        std::string s;
        const int n = 1 + pick(3);
        for (int i = 0; i < n; ++i) {
            if (i > 0)
                s += allowColon && pick(4) == 0 ? ":" : " ";
            s += words[static_cast<std::size_t>(pick(static_cast<int>(words.size())))];
        }
        return s;
    };

    for (int trial = 0; trial < 3000; ++trial) {
        KeyUri uri;
        uri.type = pick(2) == 0 ? OtpType::Totp : OtpType::Hotp;
        if (pick(3) != 0)
            uri.issuer = text(true);
        // An empty account needs an issuer in the label, which cannot hold a colon.
        const bool canOmitAccount =
            !uri.issuer.empty() && uri.issuer.find(':') == std::string::npos;
        uri.account = !canOmitAccount || pick(5) != 0 ? text(true) : "";
        uri.secret.resize(static_cast<std::size_t>(1 + pick(64)));
        for (auto& b : uri.secret)
            b = static_cast<std::uint8_t>(pick(256));
        uri.algorithm = std::array{Algorithm::Sha1, Algorithm::Sha256,
                                   Algorithm::Sha512}[static_cast<std::size_t>(pick(3))];
        uri.digits = 6 + pick(5);
        if (uri.type == OtpType::Totp)
            uri.period = pick(2) == 0 ? 30 : 1 + pick(1000);
        else
            uri.counter = pick(2) == 0 ? 0 : (std::uint64_t{random()} << 32 | random());
        if (pick(3) == 0)
            uri.serial = otp::Serial::deriveFromSecret(uri.secret);
        // A label prefix other than the issuer (no colon: it is the label's first part).
        if (!uri.issuer.empty() && pick(4) == 0) {
            std::string prefix = text(false);
            if (prefix != uri.issuer)
                uri.labelIssuer = prefix;
        }
        if (uri.type == OtpType::Totp && pick(5) == 0) {
            uri.codeFormat = otp::CodeFormat::Steam;
            uri.digits = otp::kSteamCodeLength;
        }
        for (int i = pick(3); i > 0; --i)
            uri.extraParameters.emplace_back(text(false) + "x", text(true));
        expectRoundTrip(uri, "trial " + std::to_string(trial));
        if (HasFatalFailure())
            return;
    }
}

TEST(KeyUri, EffectiveSerial)
{
    KeyUri uri = mustParse("otpauth://totp/a?secret=JBSWY3DPEHPK3PXP");
    EXPECT_EQ(otp::effectiveSerial(uri).compact(), "XRAD82676438");  // docs/serial.md
    uri = mustParse("otpauth://totp/a?secret=JBSWY3DPEHPK3PXP&serial=QQQQ00000000");
    EXPECT_EQ(otp::effectiveSerial(uri).compact(), "QQQQ00000000");
}

}  // namespace
