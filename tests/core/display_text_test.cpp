// Which names SoftToken accepts (otp::isDisplayText) and how other text is printed
// (otp::escapeControls); the same rule for a scanned Key URI and for every importer.

#include <string>

#include <gtest/gtest.h>

#include "otp/display_text.h"
#include "otp/key_uri.h"

namespace {

struct Refused {
    const char* what;
    std::string text;
};

class RefusedText : public testing::TestWithParam<Refused> {};

TEST_P(RefusedText, IsNotDisplayText)
{
    EXPECT_FALSE(otp::isDisplayText("Bank " + GetParam().text + " alice")) << GetParam().what;
}

INSTANTIATE_TEST_SUITE_P(
    ControlAndBidiCharacters, RefusedText,
    testing::Values(Refused{"ESC (C0)", "\x1b[2J"}, Refused{"NUL", std::string(1, '\0')},
                    Refused{"tab", "\t"}, Refused{"new line", "\n"}, Refused{"DEL", "\x7f"},
                    Refused{"U+0080 (C1)", "\xC2\x80"}, Refused{"U+009B CSI (C1)", "\xC2\x9B"},
                    Refused{"U+009D OSC (C1)", "\xC2\x9D"}, Refused{"U+009F (C1)", "\xC2\x9F"},
                    Refused{"U+061C ALM", "\xD8\x9C"}, Refused{"U+200E LRM", "\xE2\x80\x8E"},
                    Refused{"U+200F RLM", "\xE2\x80\x8F"}, Refused{"U+2028 LS", "\xE2\x80\xA8"},
                    Refused{"U+2029 PS", "\xE2\x80\xA9"}, Refused{"U+202A LRE", "\xE2\x80\xAA"},
                    Refused{"U+202E RLO", "\xE2\x80\xAE"}, Refused{"U+2066 LRI", "\xE2\x81\xA6"},
                    Refused{"U+2069 PDI", "\xE2\x81\xA9"}, Refused{"invalid UTF-8", "\xC3("},
                    Refused{"overlong", "\xC0\xAF"}, Refused{"surrogate", "\xED\xA0\x80"},
                    Refused{"truncated", "\xE2\x80"}));

TEST(DisplayText, LettersOfEveryScriptPass)
{
    EXPECT_TRUE(otp::isDisplayText(""));
    EXPECT_TRUE(otp::isDisplayText("Example Bank <alice@example.com>"));
    EXPECT_TRUE(otp::isDisplayText("みずほ銀行 太郎"));
    EXPECT_TRUE(otp::isDisplayText("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"));  // Hebrew, no bidi marks
    EXPECT_TRUE(otp::isDisplayText("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x92\xBB"));  // ZWJ emoji
    EXPECT_TRUE(otp::isDisplayText("\xC2\xA0\xC2\xA9"));  // U+00A0, U+00A9: just after C1
}

TEST(DisplayText, EscapesWhatATerminalWouldObey)
{
    EXPECT_EQ(otp::escapeControls("\x1b]0;PWNED\x07\x1b[2J"), "\\x1B]0;PWNED\\x07\\x1B[2J");
    EXPECT_EQ(otp::escapeControls("a\xC2\x9B"
                                  "2Jb"),
              "a\\u{009B}2Jb");
    EXPECT_EQ(otp::escapeControls("moc.\xE2\x80\xAE"
                                  "knab"),
              "moc.\\u{202E}knab");
    EXPECT_EQ(otp::escapeControls("x\xFFy"), "x\\xFFy");
    EXPECT_EQ(otp::escapeControls("line\nnext\t"), "line\\x0Anext\\x09");
    EXPECT_EQ(otp::escapeControls("銀行 <b>"), "銀行 <b>");
    EXPECT_TRUE(otp::isDisplayText(otp::escapeControls("\x1b\xC2\x9B\xE2\x80\xAE\xFF\x7f")));
}

// The Key URI parser uses the same rule for the label and the issuer parameter.
TEST(DisplayText, KeyUriRefusesC1AndBidiInNames)
{
    const std::string base = "otpauth://totp/";
    const std::string query = "?secret=JBSWY3DPEHPK3PXP";
    for (const char* account : {"a%C2%9B2J", "a%E2%80%AEcba", "a%E2%81%A6x", "a%E2%80%A8b"}) {
        auto parsed = otp::parseKeyUri(base + "Bank:" + account + query);
        ASSERT_FALSE(parsed) << account;
        EXPECT_EQ(parsed.error().code, otp::ErrorCode::UriInvalidText) << account;
        // The message quotes the value with the character escaped, never raw.
        EXPECT_TRUE(otp::isDisplayText(parsed.error().message)) << parsed.error().message;
    }
    auto issuer = otp::parseKeyUri(base + "alice" + query + "&issuer=Bank%E2%80%8F");
    ASSERT_FALSE(issuer);
    EXPECT_EQ(issuer.error().code, otp::ErrorCode::UriInvalidText);
    EXPECT_TRUE(otp::parseKeyUri(base + "%E9%8A%80%E8%A1%8C:%E5%A4%AA%E9%83%8E" + query));
}

}  // namespace
