#include <string>

#include <gtest/gtest.h>

#include "otp/scanned_payload.h"

namespace {

using otp::PayloadKind;

struct KindCase {
    const char* text;
    PayloadKind kind;
    const char* messagePart;  // part of notTokenSetupMessage(kind)
};

class NotTokenPayload : public testing::TestWithParam<KindCase> {};

TEST_P(NotTokenPayload, IsClassifiedWithASpecificMessageAndNoKeyUri)
{
    const KindCase& c = GetParam();
    const otp::ScannedPayload p = otp::classifyPayload(c.text);
    EXPECT_EQ(p.kind, c.kind) << c.text << " classified as " << otp::payloadKindName(p.kind);
    EXPECT_FALSE(p.keyUri) << c.text;
    const std::string message(otp::notTokenSetupMessage(p.kind));
    EXPECT_NE(message.find(c.messagePart), std::string::npos) << c.text << ": " << message;

    const auto setup = otp::tokenSetupFromPayload(c.text);
    ASSERT_FALSE(setup) << c.text;
    EXPECT_EQ(setup.error().code, otp::ErrorCode::QrNotTokenSetup) << c.text;
    EXPECT_EQ(setup.error().message, message) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Kinds, NotTokenPayload,
    testing::Values(KindCase{"https://bank.example/activate?id=1", PayloadKind::WebLink,
                             "This QR code is a web link, not a token setup code"},
                    KindCase{"HTTP://EXAMPLE.COM", PayloadKind::WebLink, "web link"},
                    KindCase{"www.example.com/x", PayloadKind::WebLink, "web link"},
                    KindCase{"WIFI:S:Office;T:WPA;P:secret;;", PayloadKind::Wifi, "Wi-Fi network"},
                    KindCase{"mailto:help@bank.example", PayloadKind::Email, "email address"},
                    KindCase{"MATMSG:TO:a@b.example;SUB:x;;", PayloadKind::Email, "email address"},
                    KindCase{"tel:+15551234567", PayloadKind::Phone, "phone number"},
                    KindCase{"SMSTO:+15551234567:hello", PayloadKind::Sms, "text message"},
                    KindCase{"geo:48.85,2.35", PayloadKind::Geo, "map location"},
                    KindCase{"BEGIN:VCARD\nVERSION:3.0\nFN:Alice\nEND:VCARD", PayloadKind::Contact,
                             "contact card"},
                    KindCase{"MECARD:N:Alice;;", PayloadKind::Contact, "contact card"},
                    KindCase{"BEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT", PayloadKind::Calendar,
                             "calendar event"},
                    KindCase{"bitcoin:1BoatSLRHtKNngkdXEeobR76b53LETtpyT", PayloadKind::OtherUri,
                             "another app"},
                    KindCase{"JBSWY3DPEHPK3PXP", PayloadKind::PlainText, "plain text"},
                    KindCase{"12345678", PayloadKind::PlainText, "plain text"},
                    KindCase{"   \n", PayloadKind::Empty, "empty"}));

TEST(ScannedPayload, OtpauthUriIsParsedThroughOtpCore)
{
    const auto p = otp::classifyPayload(
        "otpauth://totp/ACME%20Co:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME%20Co\n");
    ASSERT_EQ(p.kind, PayloadKind::TokenSetup);
    ASSERT_TRUE(p.keyUri) << (p.uriError ? p.uriError->message : "");
    EXPECT_FALSE(p.uriError);
    EXPECT_EQ(p.keyUri->issuer, "ACME Co");
    EXPECT_EQ(p.keyUri->account, "alice@example.com");
    EXPECT_TRUE(otp::notTokenSetupMessage(p.kind).empty());
}

TEST(ScannedPayload, SchemeIsCaseInsensitive)
{
    const auto p = otp::classifyPayload("OTPAUTH://totp/Bank:bob?secret=GEZDGNBVGY3TQOJQ");
    EXPECT_EQ(p.kind, PayloadKind::TokenSetup);
}

TEST(ScannedPayload, BadOtpauthUriKeepsTheParseError)
{
    const std::string text = "otpauth://totp/Bank:bob?secret=GEZDGNBVGY3TQOJQ&digits=12";
    const auto p = otp::classifyPayload(text);
    ASSERT_EQ(p.kind, PayloadKind::TokenSetup);
    EXPECT_FALSE(p.keyUri);
    ASSERT_TRUE(p.uriError);
    EXPECT_EQ(p.uriError->code, otp::ErrorCode::UriBadDigits);

    const auto setup = otp::tokenSetupFromPayload(text);
    ASSERT_FALSE(setup);
    EXPECT_EQ(setup.error().code, otp::ErrorCode::UriBadDigits);
}

TEST(ScannedPayload, GoogleMigrationGoesToImport)
{
    const std::string text = "otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGGV4YW1wbGU%3D";
    const auto p = otp::classifyPayload(text);
    EXPECT_EQ(p.kind, PayloadKind::GoogleMigration);
    EXPECT_FALSE(p.keyUri);
    EXPECT_FALSE(p.uriError);
    const auto setup = otp::tokenSetupFromPayload(text);
    ASSERT_FALSE(setup);
    EXPECT_EQ(setup.error().code, otp::ErrorCode::QrNotTokenSetup);
    EXPECT_NE(setup.error().message.find("Import"), std::string::npos);
}

TEST(ScannedPayload, ErrorCodeNamesAreStable)
{
    EXPECT_EQ(otp::errorCodeName(otp::ErrorCode::QrNotTokenSetup), "qr.not_token_setup");
}

}  // namespace
