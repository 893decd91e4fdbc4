// The import limits (docs/interop.md "Import limits"): each one refuses a hostile file with its
// own error before doing the work it bounds, and the duplicate checks stay linear.

#include <chrono>
#include <string>

#include <gtest/gtest.h>

#include "interop_test_util.h"
#include "otp/base32.h"
#include "otp/interop/aegis.h"
#include "otp/interop/import.h"
#include "otp/interop/import_limits.h"
#include "otp/interop/json.h"

using namespace interop_test;
using otp::ErrorCode;
using otp::interop::Duplicate;
using otp::interop::kMaxImportEntries;

namespace {

std::string uriLine(int i)
{
    otp::SecureBytes secret(10, 0);
    secret[0] = static_cast<std::uint8_t>(i);
    secret[1] = static_cast<std::uint8_t>(i >> 8);
    secret[2] = static_cast<std::uint8_t>(i >> 16);
    return "otpauth://totp/I:a" + std::to_string(i) +
           "?secret=" + std::string(otp::base32Encode(secret).view()) + "\n";
}

std::string uriList(int count)
{
    std::string text;
    for (int i = 0; i < count; ++i)
        text += uriLine(i);
    return text;
}

// An Aegis export with `count` password slots at N = 2^log2N, r, p (random-looking key material:
// no password opens them).
std::string aegisWithSlots(int count, int log2N, int r)
{
    std::string slot = R"({"type":1,"uuid":"x","key":")" + std::string(64, 'a') +
                       R"(","key_params":{"nonce":")" + std::string(24, 'b') + R"(","tag":")" +
                       std::string(32, 'c') + R"("},"n":)" + std::to_string(1 << log2N) +
                       R"(,"r":)" + std::to_string(r) + R"(,"p":1,"salt":")" +
                       std::string(64, 'd') + R"("})";
    std::string slots;
    for (int i = 0; i < count; ++i)
        slots += (i ? "," : "") + slot;
    return R"({"version":1,"header":{"slots":[)" + slots + R"(],"params":{"nonce":")" +
           std::string(24, 'e') + R"(","tag":")" + std::string(32, 'f') + R"("}},"db":"AAAA"})";
}

double secondsFor(const auto& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST(ImportLimits, AFileOverTheSizeLimitIsRefusedUnread)
{
    std::string text = uriList(1);
    text.resize(otp::interop::kMaxImportBytes + 1, '\n');
    auto result = otp::interop::importData(bytesOf(text), nullptr);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::ImportTooLarge) << result.error().message;
}

TEST(ImportLimits, TenThousandLinksAreAcceptedOneMoreIsRefused)
{
    const std::string atLimit = uriList(static_cast<int>(kMaxImportEntries));
    auto ok = otp::interop::importData(bytesOf(atLimit), nullptr);
    ASSERT_TRUE(ok.ok()) << ok.error().message;
    EXPECT_EQ(ok->tokens.size(), kMaxImportEntries);

    const std::string over = atLimit + uriLine(static_cast<int>(kMaxImportEntries));
    auto refused = otp::interop::importData(bytesOf(over), nullptr);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::ImportTooManyEntries);
}

TEST(ImportLimits, UnsupportedEntriesCountTowardsTheLimit)
{
    std::string text;
    for (std::size_t i = 0; i <= kMaxImportEntries; ++i)
        text += "otpauth://steam/x?secret=AAAA\n";  // each one an unsupported entry
    auto refused = otp::interop::importData(bytesOf(text), nullptr);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::ImportTooManyEntries);
}

TEST(ImportLimits, JsonWithTooManyValuesIsRefused)
{
    std::string text = R"({"tokens":[)";
    for (std::size_t i = 0; i < otp::interop::kMaxJsonNodes; ++i)
        text += i ? ",0" : "0";
    text += "]}";
    auto parsed = otp::interop::json::parse(text);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().code, ErrorCode::ImportTooLarge) << parsed.error().message;
    auto imported = otp::interop::importData(bytesOf(text), nullptr);
    ASSERT_FALSE(imported.ok());
    EXPECT_EQ(imported.error().code, ErrorCode::ImportTooLarge);
}

// 60,000 keys took minutes with the old quadratic duplicate-key check; a hash set makes it
// milliseconds. The bound is generous (debug build, shared machine).
TEST(ImportLimits, ManyObjectKeysParseInLinearTime)
{
    std::string text = R"({"x":{)";
    for (int i = 0; i < 60000; ++i)
        text += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
    text += "}}";
    otp::Result<otp::interop::json::Value> parsed = otp::Error{ErrorCode::ImportBadJson, ""};
    const double seconds = secondsFor([&] { parsed = otp::interop::json::parse(text); });
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    EXPECT_LT(seconds, 5.0);
    // The check itself still finds a repeat far from its first use.
    text.insert(text.size() - 2, R"(,"k7":1)");
    auto duplicate = otp::interop::json::parse(text);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_NE(duplicate.error().message.find("duplicate key \"k7\""), std::string::npos)
        << duplicate.error().message;
}

// 8,000 links took a minute with the old quadratic planImport; 10,000 against a vault of
// 10,000 must take well under a second in a release build (see tests/bench/import_bench.cpp).
TEST(ImportLimits, DuplicateCheckIsLinear)
{
    const std::string text = uriList(static_cast<int>(kMaxImportEntries));
    auto found = otp::interop::importData(bytesOf(text), nullptr).value();
    otp::vault::Vault vault;
    otp::vault::addTokens(vault, {found.tokens.begin(), found.tokens.begin() + 5000}, 0);
    otp::interop::ImportPlan plan;
    const double seconds =
        secondsFor([&] { plan = otp::interop::planImport(std::move(found), vault); });
    EXPECT_LT(seconds, 5.0);
    EXPECT_EQ(plan.duplicateCount(), 5000u);
    EXPECT_EQ(plan.duplicates[4999], Duplicate::SameSecret);
    EXPECT_EQ(plan.duplicates[5000], Duplicate::None);
}

TEST(ImportLimits, RepeatsInsideTheFileAreStillFound)
{
    const std::string text = uriLine(1) + uriLine(2) + uriLine(1);
    auto found = otp::interop::importData(bytesOf(text), nullptr).value();
    const auto plan = otp::interop::planImport(std::move(found), {});
    ASSERT_EQ(plan.duplicates.size(), 3u);
    EXPECT_EQ(plan.duplicates[0], Duplicate::None);
    EXPECT_EQ(plan.duplicates[1], Duplicate::None);
    EXPECT_EQ(plan.duplicates[2], Duplicate::RepeatedInFile);
}

TEST(ImportLimits, MergeKeepsIdsAndOrderFresh)
{
    otp::vault::Vault vault;
    auto found = otp::interop::importData(bytesOf(uriList(3)), nullptr).value();
    otp::vault::addToken(vault, found.tokens[0], 1);
    const auto plan = otp::interop::planImport(std::move(found), vault);
    const auto merged = otp::interop::mergeImport(vault, plan, 5);
    ASSERT_EQ(merged.tokens.size(), 3u);
    EXPECT_EQ(merged.tokens[1].id, 2u);
    EXPECT_EQ(merged.tokens[2].id, 3u);
    EXPECT_EQ(merged.tokens[2].order, 2u);
    EXPECT_EQ(merged.nextId, 4u);
    EXPECT_EQ(merged.tokens[2].serial, otp::effectiveSerial(merged.tokens[2].uri));
}

// Five slots at a cost we accept: refused before the first derivation (which would take
// seconds each), so this returns at once with its own error, not "wrong password".
TEST(ImportLimits, AegisWithTooManyPasswordSlotsIsRefusedBeforeAnyKdf)
{
    const otp::SecureString password("guess");
    const std::string text = aegisWithSlots(5, 18, 8);
    otp::Result<otp::interop::ImportResult> result = otp::Error{ErrorCode::ImportUnknownFormat, ""};
    const double seconds =
        secondsFor([&] { result = otp::interop::parseAegisJson(text, &password); });
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::ImportTooManySlots) << result.error().message;
    EXPECT_LT(seconds, 0.5);
}

TEST(ImportLimits, AegisSlotOverTheScryptCeilingIsRefusedBeforeAnyKdf)
{
    const otp::SecureString password("guess");
    // A cheap slot first, then one at N = 2^20, r = 8 (1 GiB): the costly one is seen before
    // the cheap one is tried.
    std::string text = aegisWithSlots(2, 20, 8);
    const auto first = text.find(R"("n":)" + std::to_string(1 << 20));
    text.replace(first, 4 + std::to_string(1 << 20).size(), R"("n":16)");
    otp::Result<otp::interop::ImportResult> result = otp::Error{ErrorCode::ImportUnknownFormat, ""};
    const double seconds =
        secondsFor([&] { result = otp::interop::parseAegisJson(text, &password); });
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::ImportKdfTooCostly) << result.error().message;
    EXPECT_LT(seconds, 0.5);
}

TEST(ImportLimits, ScryptCeilingIs256MiB)
{
    EXPECT_TRUE(otp::vault::scryptParamsAcceptable({18, 8, 1}));   // 256 MiB
    EXPECT_FALSE(otp::vault::scryptParamsAcceptable({19, 8, 1}));  // 512 MiB
    EXPECT_FALSE(otp::vault::scryptParamsAcceptable({22, 2, 1}));  // 1 GiB
    EXPECT_FALSE(otp::vault::scryptParamsAcceptable({18, 8, 2}));  // twice the work
}
