#include <string>

#include <gtest/gtest.h>

#include "otp/interop/json.h"

namespace json = otp::interop::json;

TEST(Json, ParsesEveryKindOfValue)
{
    auto v = json::parse(
        R"( {"a": [1, -2.5e3, true, false, null], "s": "x\"\\\/\n\u00e9\ud83d\ude00", "o": {}} )");
    ASSERT_TRUE(v) << v.error().message;
    ASSERT_TRUE(v->isObject());
    const auto* a = v->find("a");
    ASSERT_NE(a, nullptr);
    ASSERT_EQ(a->items().size(), 5u);
    EXPECT_EQ(a->items()[0].integer(), 1);
    EXPECT_EQ(a->items()[1].text(), "-2.5e3");
    EXPECT_EQ(a->items()[1].integer(), std::nullopt);
    EXPECT_TRUE(a->items()[2].boolean());
    EXPECT_TRUE(a->items()[4].isNull());
    EXPECT_EQ(v->find("s")->text(), "x\"\\/\n\xC3\xA9\xF0\x9F\x98\x80");
    EXPECT_TRUE(v->find("o")->isObject());
    EXPECT_EQ(v->find("missing"), nullptr);
}

TEST(Json, SerializeRoundTrips)
{
    const std::string text = R"({"k":["a\"b\\c\n\u0001",12,-0.5,true,null,{"x":"日本"}]})";
    auto v = json::parse(text);
    ASSERT_TRUE(v) << v.error().message;
    EXPECT_EQ(json::serialize(*v).view(), text);
}

struct BadJson {
    const char* text;
    const char* messagePart;
};

class JsonRejects : public testing::TestWithParam<BadJson> {};

TEST_P(JsonRejects, WithLineColumnAndReason)
{
    auto v = json::parse(GetParam().text);
    ASSERT_FALSE(v) << GetParam().text;
    EXPECT_EQ(v.error().code, otp::ErrorCode::ImportBadJson);
    EXPECT_NE(v.error().message.find(GetParam().messagePart), std::string::npos)
        << GetParam().text << " -> " << v.error().message;
    EXPECT_NE(v.error().message.find("line "), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(
    Table, JsonRejects,
    testing::Values(BadJson{"", "unexpected end"}, BadJson{"{", "end of input"},
                    BadJson{"[1,]", "expected a value"}, BadJson{"{\"a\":1,}", "string key"},
                    BadJson{"{'a':1}", "string key"}, BadJson{"01", "leading zeros"},
                    BadJson{"1.", "digit after"}, BadJson{"\"abc", "unterminated"},
                    BadJson{"\"a\tb\"", "control character"}, BadJson{"\"\\x\"", "unknown escape"},
                    BadJson{"\"\\ud800\"", "surrogate"}, BadJson{"\"\\udc00\"", "surrogate"},
                    BadJson{"\"\xC3\"", "UTF-8"}, BadJson{"\"\xC0\xAF\"", "UTF-8"},
                    BadJson{"\"\xED\xA0\x80\"", "UTF-8"}, BadJson{"{\"a\":1,\"a\":2}", "duplicate"},
                    BadJson{"[1] [2]", "after the JSON value"}, BadJson{"NaN", "expected a value"},
                    BadJson{"tru", "expected a value"}, BadJson{"// c\n{}", "expected a value"},
                    BadJson{"{\"a\" 1}", "':'"}));

TEST(Json, ErrorPositionIsLineAndColumn)
{
    auto v = json::parse("{\n  \"a\": 1,\n  \"b\" 2\n}");
    ASSERT_FALSE(v);
    EXPECT_NE(v.error().message.find("line 3, column 7"), std::string::npos) << v.error().message;
}

TEST(Json, DepthIsLimited)
{
    std::string deep(json::kMaxDepth, '[');
    deep += std::string(json::kMaxDepth, ']');
    EXPECT_TRUE(json::parse(deep));
    std::string tooDeep(json::kMaxDepth + 1, '[');
    tooDeep += std::string(json::kMaxDepth + 1, ']');
    auto v = json::parse(tooDeep);
    ASSERT_FALSE(v);
    EXPECT_NE(v.error().message.find("nested deeper"), std::string::npos);
    // Far deeper input must fail cleanly too (no stack overflow).
    EXPECT_FALSE(json::parse(std::string(100000, '[')));
}

TEST(Json, ErrorsNeverQuoteStringContents)
{
    auto v = json::parse(R"({"secret":"JBSWY3DPEHPK3PXP" "x"})");
    ASSERT_FALSE(v);
    EXPECT_EQ(v.error().message.find("JBSWY3DPEHPK3PXP"), std::string::npos);
}
