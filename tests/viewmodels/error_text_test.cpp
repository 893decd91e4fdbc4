// Every ErrorCode that can reach the UI has a readable sentence: never the generic fallback,
// never a raw number.
#include <algorithm>
#include <vector>

#include <QRegularExpression>

#include <gtest/gtest.h>

#include "error_text.h"
#include "platform/error_code.h"

namespace {

using otp::ErrorCode;

// The enums cannot be iterated, but platform::errorCodeName() knows every code of otp-core and
// of the platform ("unknown" otherwise) and codes are small integers grouped by hundreds
// (otp/error.h, platform/error_code.h), so scanning 0..999 finds them all, including codes added
// later.
std::vector<ErrorCode> allErrorCodes()
{
    std::vector<ErrorCode> codes;
    for (int value = 0; value < 1000; ++value) {
        const auto code = static_cast<ErrorCode>(value);
        if (platform::errorCodeName(code) != "unknown")
            codes.push_back(code);
    }
    return codes;
}

TEST(ErrorTextTest, TheScanFindsEveryGroupOfCodes)
{
    const auto codes = allErrorCodes();
    // One code from each group, so the scan above cannot pass by finding nothing.
    for (const ErrorCode code :
         {ErrorCode::Base32InvalidCharacter, ErrorCode::UriNotOtpauth, ErrorCode::SerialBadFormat,
          ErrorCode::OtpBadDigits, ErrorCode::RandomUnavailable, ErrorCode::VaultChangedElsewhere,
          ErrorCode::ImportUnknownFormat, otp::toErrorCode(platform::ErrorCode::ExportIo),
          otp::toErrorCode(platform::ErrorCode::QrEncodeFailed), ErrorCode::PinInvalid,
          otp::toErrorCode(platform::ErrorCode::SntpUnsynchronized)})
        EXPECT_NE(std::find(codes.begin(), codes.end(), code), codes.end())
            << platform::errorCodeName(code);
    EXPECT_GE(codes.size(), 60u);
}

TEST(ErrorTextTest, EveryCodeHasAReadableSentenceWithoutANumber)
{
    const QString fallback = ErrorText::forCode(static_cast<ErrorCode>(999));
    const QRegularExpression number(QStringLiteral("\\b[1-9][0-9]{2}\\b"));
    for (const ErrorCode code : allErrorCodes()) {
        const QString sentence = ErrorText::forCode(code);
        const std::string name(platform::errorCodeName(code));
        EXPECT_NE(sentence, fallback) << name;
        EXPECT_FALSE(sentence.startsWith(QStringLiteral("Something went wrong"))) << name;
        EXPECT_FALSE(sentence.contains(number)) << name << ": " << sentence.toStdString();
        EXPECT_GE(sentence.size(), 10) << name;
    }
}

TEST(ErrorTextTest, AnUnexpectedValueGetsASentenceAndANameButNoNumber)
{
    const QString text = ErrorText::forCode(static_cast<ErrorCode>(999));
    EXPECT_TRUE(text.startsWith(QStringLiteral("Something went wrong"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("999"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("unknown"))) << text.toStdString();
}

// The platform's codes are its own: otp-core neither names them nor shares their numbers, and
// they come back out of an otp::Error as the same platform code.
TEST(ErrorTextTest, PlatformCodesAreNotOtpCoreCodes)
{
    using P = platform::ErrorCode;
    for (const P code : {P::ImportIo, P::ExportIo, P::QrInvalidImage, P::QrImageUnreadable,
                         P::QrNoCode, P::QrEncodeFailed, P::BiometricUnavailable,
                         P::BiometricFailed, P::SntpBadServer, P::SntpNetwork, P::SntpTimeout,
                         P::SntpBadReply, P::SntpUnsynchronized, P::SntpImplausible}) {
        const otp::Error error{code, "detail"};
        EXPECT_EQ(otp::errorCodeName(error.code), "unknown") << static_cast<int>(code);
        EXPECT_NE(platform::errorCodeName(error.code), "unknown") << static_cast<int>(code);
        EXPECT_EQ(platform::platformErrorCode(error.code), code);
        EXPECT_TRUE(error.code == code);
        EXPECT_EQ(ErrorText::forError(error), ErrorText::forCode(code));
    }
    EXPECT_EQ(platform::platformErrorCode(ErrorCode::PinWrong), std::nullopt);
    EXPECT_EQ(platform::errorCodeName(ErrorCode::PinWrong), "pin.wrong");
    EXPECT_EQ(platform::errorCodeName(otp::toErrorCode(platform::ErrorCode::SntpTimeout)),
              "sntp.timeout");
}

}  // namespace
