// Every ErrorCode that can reach the UI has a readable sentence: never the generic fallback,
// never a raw number.
#include <algorithm>
#include <vector>

#include <QRegularExpression>

#include <gtest/gtest.h>

#include "error_text.h"

namespace {

using otp::ErrorCode;

// The enum cannot be iterated, but errorCodeName() knows every code ("unknown" otherwise) and
// codes are small integers grouped by hundreds (otp/error.h), so scanning 0..999 finds them all,
// including codes added later.
std::vector<ErrorCode> allErrorCodes()
{
    std::vector<ErrorCode> codes;
    for (int value = 0; value < 1000; ++value) {
        const auto code = static_cast<ErrorCode>(value);
        if (otp::errorCodeName(code) != "unknown")
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
          ErrorCode::ImportUnknownFormat, ErrorCode::ExportIo, ErrorCode::QrEncodeFailed,
          ErrorCode::PinInvalid, ErrorCode::SntpUnsynchronized})
        EXPECT_NE(std::find(codes.begin(), codes.end(), code), codes.end())
            << otp::errorCodeName(code);
    EXPECT_GE(codes.size(), 60u);
}

TEST(ErrorTextTest, EveryCodeHasAReadableSentenceWithoutANumber)
{
    const QString fallback = ErrorText::forCode(static_cast<ErrorCode>(999));
    const QRegularExpression number(QStringLiteral("\\b[1-9][0-9]{2}\\b"));
    for (const ErrorCode code : allErrorCodes()) {
        const QString sentence = ErrorText::forCode(code);
        const std::string name(otp::errorCodeName(code));
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

}  // namespace
