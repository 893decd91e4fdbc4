// Serials the issuer assigned: the `serial` parameter, then a credential ID in the label, then
// the serial derived from the secret (docs/serial.md).
#include <gtest/gtest.h>

#include "otp/issued_serial.h"
#include "otp/key_uri.h"

namespace {

using otp::SerialSource;

otp::KeyUri mustParse(std::string_view text)
{
    auto parsed = otp::parseKeyUri(text);
    EXPECT_TRUE(parsed.ok()) << text << ": " << (parsed.ok() ? "" : parsed.error().message);
    return parsed.ok() ? std::move(parsed).value() : otp::KeyUri{};
}

struct Case {
    const char* uri;
    const char* serial;  // compact
    SerialSource source;
};

class IssuedSerialTest : public testing::TestWithParam<Case> {};

TEST_P(IssuedSerialTest, SerialAndSource)
{
    const Case& c = GetParam();
    const otp::KeyUri uri = mustParse(c.uri);
    EXPECT_EQ(otp::effectiveSerial(uri).compact(), c.serial) << c.uri;
    EXPECT_EQ(otp::serialSource(uri), c.source) << c.uri;
}

// JBSWY3DPEHPK3PXP derives XRAD82676438 (docs/serial.md).
INSTANTIATE_TEST_SUITE_P(
    Order, IssuedSerialTest,
    testing::Values(
        // VIP Access as python-vipaccess writes it, and the reported form.
        Case{"otpauth://totp/VIP%20Access:SYMC67913149?secret=JBSWY3DPEHPK3PXP&issuer=Symantec",
             "SYMC67913149", SerialSource::Label},
        // No issuer, an image parameter.
        Case{"otpauth://totp/VIP%20Access:VSMT12345678?secret=JBSWY3DPEHPK3PXP&image=https%3A%2F%2F"
             "example.com%2Fvip.png",
             "VSMT12345678", SerialSource::Label},
        // The bank's name as the label's issuer.
        Case{"otpauth://totp/%E4%BF%A1%E7%94%A8%E9%87%91%E5%BA%AB:SYDC00000001?secret="
             "JBSWY3DPEHPK3PXP",
             "SYDC00000001", SerialSource::Label},
        // The whole label, lower case, with spaces or hyphens as Serial::parse allows.
        Case{"otpauth://totp/vsst-1234-5678?secret=JBSWY3DPEHPK3PXP", "VSST12345678",
             SerialSource::Label},
        Case{"otpauth://totp/Bank:SYMC%201234%205678?secret=JBSWY3DPEHPK3PXP", "SYMC12345678",
             SerialSource::Label},
        // The parameter comes first.
        Case{"otpauth://totp/VIP:SYMC12345678?secret=JBSWY3DPEHPK3PXP&serial=QQQQ00000000",
             "QQQQ00000000", SerialSource::Parameter},
        // Not an ID: 7 digits, 3 letters, other characters, an ID in the issuer part.
        Case{"otpauth://totp/VIP%20Access:VSST1113377?secret=JBSWY3DPEHPK3PXP", "XRAD82676438",
             SerialSource::Derived},
        Case{"otpauth://totp/SYM123456789?secret=JBSWY3DPEHPK3PXP", "XRAD82676438",
             SerialSource::Derived},
        Case{"otpauth://totp/Bank:SYMC12345678x?secret=JBSWY3DPEHPK3PXP", "XRAD82676438",
             SerialSource::Derived},
        Case{"otpauth://totp/SYMC12345678:alice?secret=JBSWY3DPEHPK3PXP", "XRAD82676438",
             SerialSource::Derived},
        Case{"otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP", "XRAD82676438",
             SerialSource::Derived}));

TEST(IssuedSerial, SourceNames)
{
    EXPECT_EQ(otp::serialSourceName(SerialSource::Parameter), "uri");
    EXPECT_EQ(otp::serialSourceName(SerialSource::Label), "label");
    EXPECT_EQ(otp::serialSourceName(SerialSource::Derived), "derived");
}

}  // namespace
