#include <string>

#include <gtest/gtest.h>

#include "interop_test_util.h"
#include "otp/interop/ga_migration.h"
#include "otp/interop/import.h"

using namespace interop_test;
using otp::interop::formatGaMigration;
using otp::interop::GaBatchCollector;
using otp::interop::parseGaMigrationUri;

namespace {

std::vector<std::string> fixtureLines()
{
    const std::string text = readFixture("ga_migration.txt");
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        auto nl = text.find('\n', start);
        lines.push_back(text.substr(start, nl - start));
        start = nl == std::string::npos ? text.size() : nl + 1;
    }
    return lines;
}

std::vector<otp::KeyUri> manyTokens(int n)
{
    std::vector<otp::KeyUri> tokens;
    for (int i = 0; i < n; ++i) {
        const std::string secret = "secret-number-" + std::to_string(i) + "-padding";
        if (i % 5 == 4)
            tokens.push_back(hotp("Issuer " + std::to_string(i), "user" + std::to_string(i), secret,
                                  static_cast<std::uint64_t>(i) * 1000, 8, otp::Algorithm::Sha512));
        else
            tokens.push_back(totp("Issuer " + std::to_string(i), "user" + std::to_string(i), secret,
                                  i % 2 == 0 ? 6 : 8, 30,
                                  i % 3 == 0 ? otp::Algorithm::Sha256 : otp::Algorithm::Sha1));
    }
    return tokens;
}

}  // namespace

// The fixture was encoded by make_fixtures.py, an independent protobuf writer.
TEST(GaMigration, ReadsTheIndependentlyEncodedFixture)
{
    const auto lines = fixtureLines();
    ASSERT_EQ(lines.size(), 2u);
    auto first = parseGaMigrationUri(lines[0]);
    ASSERT_TRUE(first) << first.error().message;
    EXPECT_EQ(first->batchSize, 2);
    EXPECT_EQ(first->batchIndex, 0);
    EXPECT_EQ(first->batchId, -1234567);
    EXPECT_EQ(first->version, 1);
    ASSERT_EQ(first->entries.tokens.size(), 2u);
    const auto& alice = first->entries.tokens[0];
    EXPECT_EQ(alice.issuer, "Example Bank");
    EXPECT_EQ(alice.account, "alice@example.com");  // "Issuer:" prefix of the name removed
    EXPECT_EQ(alice.secret, bytesOf("12345678901234567890"));
    EXPECT_EQ(alice.type, otp::OtpType::Totp);
    EXPECT_EQ(alice.digits, 6);
    EXPECT_EQ(alice.period, 30);
    const auto& carol = first->entries.tokens[1];
    EXPECT_EQ(carol.type, otp::OtpType::Hotp);
    EXPECT_EQ(carol.counter, 7u);
    EXPECT_EQ(carol.digits, 8);
    EXPECT_EQ(carol.algorithm, otp::Algorithm::Sha256);
    EXPECT_EQ(carol.secret, bytesOf("Hello!\xde\xad\xbe\xef"));

    auto second = parseGaMigrationUri(lines[1]);
    ASSERT_TRUE(second) << second.error().message;
    EXPECT_TRUE(second->entries.tokens.empty());
    ASSERT_EQ(second->entries.unsupported.size(), 1u);
    EXPECT_EQ(second->entries.unsupported[0].label, "Odd: eve");
    EXPECT_NE(second->entries.unsupported[0].reason.find("MD5"), std::string::npos);
    EXPECT_EQ(second->entries.unsupported[0].code, otp::ErrorCode::UriUnknownAlgorithm);
}

TEST(GaMigration, CollectorShowsProgressInAnyOrderAndIgnoresRepeats)
{
    const auto lines = fixtureLines();
    GaBatchCollector collector;
    EXPECT_EQ(collector.progress().total, 0u);
    auto p = collector.add(lines[1]);
    ASSERT_TRUE(p) << p.error().message;
    EXPECT_EQ(p->scanned, 1u);
    EXPECT_EQ(p->total, 2u);
    EXPECT_FALSE(p->complete);
    EXPECT_TRUE(p->wasNew);
    EXPECT_EQ(collector.missing(), std::vector<std::size_t>{0});
    p = collector.add(lines[1]);
    ASSERT_TRUE(p);
    EXPECT_FALSE(p->wasNew);
    EXPECT_EQ(p->scanned, 1u);
    p = collector.add(lines[0]);
    ASSERT_TRUE(p);
    EXPECT_TRUE(p->complete);
    const auto result = collector.result();
    ASSERT_EQ(result.tokens.size(), 2u);
    EXPECT_EQ(result.tokens[0].account, "alice@example.com");
    ASSERT_EQ(result.unsupported.size(), 1u);
    EXPECT_EQ(result.unsupported[0].position, 3u);  // numbered across the whole batch
}

TEST(GaMigration, CollectorRefusesAPartOfAnotherExport)
{
    const auto lines = fixtureLines();
    GaBatchCollector collector;
    ASSERT_TRUE(collector.add(lines[0]));
    const auto other = formatGaMigration(manyTokens(3), 99);
    auto p = collector.add(other.uris[0].view());
    ASSERT_FALSE(p);
    EXPECT_EQ(p.error().code, otp::ErrorCode::ImportBatchMismatch);
    EXPECT_EQ(collector.progress().scanned, 1u);  // unchanged
    collector.reset();
    EXPECT_TRUE(collector.add(other.uris[0].view()));
    EXPECT_TRUE(collector.complete());
}

TEST(GaMigration, TwentyFiveTokensMakeThreeCodesAndRoundTrip)
{
    const auto tokens = manyTokens(25);
    const auto exported = formatGaMigration(tokens, 4242);
    EXPECT_TRUE(exported.skipped.empty());
    ASSERT_EQ(exported.uris.size(), 3u);
    GaBatchCollector collector;
    std::size_t perPart[3] = {};
    for (std::size_t i = 0; i < 3; ++i) {
        auto part = parseGaMigrationUri(exported.uris[i].view());
        ASSERT_TRUE(part) << part.error().message;
        EXPECT_EQ(part->batchSize, 3);
        EXPECT_EQ(part->batchIndex, static_cast<int>(i));
        EXPECT_EQ(part->batchId, 4242);
        perPart[i] = part->entries.tokens.size();
    }
    EXPECT_EQ(perPart[0], 10u);
    EXPECT_EQ(perPart[1], 10u);
    EXPECT_EQ(perPart[2], 5u);
    for (std::size_t i : {2u, 0u, 1u})
        ASSERT_TRUE(collector.add(exported.uris[i].view()));
    ASSERT_TRUE(collector.complete());
    const auto result = collector.result();
    EXPECT_TRUE(result.unsupported.empty());
    ASSERT_EQ(result.tokens.size(), tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i)
        EXPECT_EQ(result.tokens[i], tokens[i]) << "token " << i;
}

TEST(GaMigration, ExportLeavesOutWhatGaCannotHold)
{
    std::vector<otp::KeyUri> tokens = {totp("A", "a", "aaaaaaaaaa"),
                                       totp("B", "b", "bbbbbbbbbb", 6, 60),
                                       totp("C", "c", "cccccccccc", 7)};
    const auto exported = formatGaMigration(tokens, 1);
    ASSERT_EQ(exported.uris.size(), 1u);
    ASSERT_EQ(exported.skipped.size(), 2u);
    EXPECT_EQ(exported.skipped[0].position, 2u);
    EXPECT_NE(exported.skipped[0].reason.find("60 s"), std::string::npos);
    EXPECT_EQ(exported.skipped[0].code, otp::ErrorCode::OtpBadPeriod);
    EXPECT_EQ(exported.skipped[1].position, 3u);
    EXPECT_NE(exported.skipped[1].reason.find("7"), std::string::npos);
    EXPECT_EQ(exported.skipped[1].code, otp::ErrorCode::OtpBadDigits);
}

TEST(GaMigration, RejectsMalformedLinksWithClearErrors)
{
    struct Case {
        std::string uri;
        std::string messagePart;
    };
    const std::vector<Case> cases = {
        {"otpauth://totp/x?secret=AAAA", "not an otpauth-migration"},
        {"otpauth-migration://offline", "no data parameter"},
        {"otpauth-migration://online?data=AA", "unknown link type"},
        {"otpauth-migration://offline?data=", "no data parameter"},
        {"otpauth-migration://offline?data=%ZZ", "%-escape"},
        {"otpauth-migration://offline?data=***", "base64"},
        {"otpauth-migration://offline?data=CgU%3D", "claims"},              // field 1, length 5
        {"otpauth-migration://offline?data=CP%2F%2F", "truncated varint"},  // varint runs out
        {"otpauth-migration://offline?data=GgA%3D", "wire type"},           // batch_size as bytes
        {"otpauth-migration://offline?data=GAIgBQ%3D%3D", "batch_index"},   // size 2, index 5
        {"otpauth-migration://offline?data=CwA%3D", "wire type"},           // group start
        {"otpauth-migration://offline?data=AA%3D%3D", "field number"},
    };
    for (const auto& c : cases) {
        auto part = parseGaMigrationUri(c.uri);
        ASSERT_FALSE(part) << c.uri;
        EXPECT_EQ(part.error().code, otp::ErrorCode::ImportBadMigration) << c.uri;
        EXPECT_NE(part.error().message.find(c.messagePart), std::string::npos)
            << c.uri << " -> " << part.error().message;
    }
}

TEST(GaMigration, EveryTruncationFailsOrYieldsLessNeverCrashes)
{
    const auto exported = formatGaMigration(manyTokens(4), 7);
    ASSERT_EQ(exported.uris.size(), 1u);
    const std::string uri(exported.uris[0].view());
    auto full = parseGaMigrationUri(uri);
    ASSERT_TRUE(full);
    std::size_t failures = 0;
    for (std::size_t n = 0; n < uri.size(); ++n) {
        auto part = parseGaMigrationUri(uri.substr(0, n));
        if (!part)
            ++failures;
        else
            EXPECT_LE(part->entries.tokens.size(), 4u);
    }
    EXPECT_GT(failures, uri.size() / 2);
}

TEST(GaMigration, AFileOfAllPartsImportsAndAnIncompleteOneIsRefused)
{
    const auto lines = fixtureLines();
    const std::string both = lines[0] + "\n" + lines[1] + "\n";
    auto all = otp::interop::importData(bytesOf(both), nullptr);
    ASSERT_TRUE(all) << all.error().message;
    EXPECT_EQ(all->format, otp::interop::ImportFormat::GoogleMigration);
    EXPECT_EQ(all->tokens.size(), 2u);
    auto half = otp::interop::importData(bytesOf(lines[0]), nullptr);
    ASSERT_FALSE(half);
    EXPECT_EQ(half.error().code, otp::ErrorCode::ImportBatchMismatch);
    EXPECT_NE(half.error().message.find("1 of 2"), std::string::npos) << half.error().message;
}
