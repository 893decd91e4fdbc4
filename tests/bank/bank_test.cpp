// The bank's rules: registration as the bank's guide describes it, OTP login with replay
// protection, HOTP look-ahead and resync, the clock-skew hint, lockout and the usage modes.
#include <gtest/gtest.h>

#include "bank.h"
#include "otp/key_uri.h"
#include "otp/uri_generators.h"

namespace bank {
namespace {

constexpr std::int64_t kStart = 1'700'000'010;  // 10 s into a 30 s step

class BankTest : public ::testing::Test {
protected:
    BankTest() : bank(State{}, Config{}, [this] { return now; }) {}

    IssuedToken issue(const std::string& user, otp::OtpType type = otp::OtpType::Totp)
    {
        auto issued = bank.issueToken({.user = user, .type = type});
        EXPECT_TRUE(issued.ok());
        return issued.value();
    }

    // The code the app would show, computed from the provisioning URI like the app does.
    static std::string totpAt(const IssuedToken& token, std::int64_t time)
    {
        auto uri = otp::parseKeyUri(token.uri);
        return *otp::totpGeneratorFor(*uri)->codeAt(time);
    }
    static std::string hotpAt(const IssuedToken& token, std::uint64_t counter)
    {
        auto uri = otp::parseKeyUri(token.uri);
        return otp::hotpGeneratorFor(*uri)->code(counter);
    }

    // A code that differs from `code` in its last digit.
    static std::string wrong(std::string code)
    {
        code.back() = code.back() == '0' ? '1' : '0';
        return code;
    }

    Error registerError(const std::string& user, const std::string& serial, const std::string& otp,
                        const std::string& pin = "1234")
    {
        auto result = bank.registerToken(user, serial, otp, pin);
        EXPECT_FALSE(result.ok()) << "registered unexpectedly";
        return result.ok() ? Error::BadRequest : result.failure().error;
    }

    std::int64_t now = kStart;
    Bank bank;
};

TEST_F(BankTest, IssuedUriCarriesTheSerialAndTheRequestedParameters)
{
    auto issued = bank.issueToken({.user = "alice",
                                   .type = otp::OtpType::Hotp,
                                   .digits = 8,
                                   .algorithm = otp::Algorithm::Sha256});
    ASSERT_TRUE(issued.ok());
    auto uri = otp::parseKeyUri(issued->uri);
    ASSERT_TRUE(uri.ok()) << uri.error().message;
    EXPECT_EQ(uri->type, otp::OtpType::Hotp);
    EXPECT_EQ(uri->digits, 8);
    EXPECT_EQ(uri->algorithm, otp::Algorithm::Sha256);
    EXPECT_EQ(uri->secret.size(), 32U);
    EXPECT_EQ(uri->account, "alice");
    ASSERT_TRUE(uri->serial.has_value());
    EXPECT_EQ(uri->serial->compact(), issued->serial);
    EXPECT_TRUE(otp::luhnValid(issued->serial.substr(4)));
    EXPECT_TRUE(bank.hasUser("alice"));
    EXPECT_EQ(bank.currentSerial("alice"), std::nullopt);  // issued, not registered
}

TEST_F(BankTest, IssueRejectsBadParameters)
{
    EXPECT_EQ(bank.issueToken({.user = ""}).failure().error, Error::BadRequest);
    EXPECT_EQ(bank.issueToken({.user = "a", .digits = 5}).failure().error, Error::BadRequest);
    EXPECT_EQ(bank.issueToken({.user = "a", .digits = 11}).failure().error, Error::BadRequest);
    EXPECT_EQ(bank.issueToken({.user = "a", .period = 0}).failure().error, Error::BadRequest);
    EXPECT_FALSE(bank.hasUser("a"));
}

TEST_F(BankTest, RegistrationShowsTheSerialAsTheCurrentToken)
{
    const IssuedToken token = issue("alice");
    auto registered = bank.registerToken("alice", token.serial, totpAt(token, now), "1234");
    ASSERT_TRUE(registered.ok()) << registered.failure().message;
    EXPECT_EQ(*registered, token.serial);
    EXPECT_EQ(bank.currentSerial("alice"), token.serial);
}

TEST_F(BankTest, SerialIsReadAsTheAppShowsIt)
{
    const IssuedToken token = issue("alice");
    const std::string shown =
        token.serial.substr(0, 4) + " " + token.serial.substr(4, 4) + " " + token.serial.substr(8);
    std::string lower = shown;
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    ASSERT_TRUE(bank.registerToken("alice", lower, totpAt(token, now), "1234").ok());
    EXPECT_EQ(bank.currentSerial("alice"), token.serial);
}

TEST_F(BankTest, OtpIsReadAsTheAppShowsIt)
{
    const IssuedToken token = issue("alice");
    const std::string code = totpAt(token, now);
    ASSERT_TRUE(
        bank.registerToken("alice", token.serial, code.substr(0, 3) + " " + code.substr(3), "1234")
            .ok());
}

TEST_F(BankTest, RegistrationRefusals)
{
    const IssuedToken token = issue("alice");
    const std::string code = totpAt(token, now);
    EXPECT_EQ(registerError("bob", token.serial, code), Error::UnknownUser);
    EXPECT_EQ(registerError("alice", token.serial, code, "0000"), Error::WrongPin);
    EXPECT_EQ(registerError("alice", "ZZZZ00000000", code), Error::WrongSerial);
    EXPECT_EQ(registerError("alice", "not a serial", code), Error::WrongSerial);
    EXPECT_EQ(registerError("alice", token.serial, wrong(code)), Error::WrongOtp);
    EXPECT_EQ(registerError("alice", token.serial, ""), Error::WrongOtp);
    EXPECT_EQ(bank.currentSerial("alice"), std::nullopt);  // nothing registered by a refusal
}

TEST_F(BankTest, AnOtpIsAcceptedOnce)
{
    const IssuedToken token = issue("alice");
    const std::string code = totpAt(token, now);
    ASSERT_TRUE(bank.registerToken("alice", token.serial, code, "1234").ok());
    now += 5;  // same step
    auto again = bank.login("alice", code);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.failure().error, Error::ReusedOtp);
    // An earlier step's code is within the window but older than the accepted one: reused too.
    EXPECT_EQ(bank.login("alice", totpAt(token, now - 30)).failure().error, Error::ReusedOtp);
    now += 30;  // the next step's code is fresh
    EXPECT_TRUE(bank.login("alice", totpAt(token, now)).ok());
}

TEST_F(BankTest, TotpWindowIsPlusMinusOneStepWithAClockSkewHint)
{
    const IssuedToken token = issue("alice");
    ASSERT_TRUE(bank.registerToken("alice", token.serial, totpAt(token, now), "1234").ok());
    now += 300;
    auto behind = bank.login("alice", totpAt(token, now - 30));  // the token's clock is behind
    ASSERT_TRUE(behind.ok());
    EXPECT_EQ(behind->offset, -1);
    EXPECT_EQ(behind->skewSeconds, -30);
    now += 300;
    auto ahead = bank.login("alice", totpAt(token, now + 30));
    ASSERT_TRUE(ahead.ok());
    EXPECT_EQ(ahead->skewSeconds, 30);
    now += 300;
    EXPECT_EQ(bank.login("alice", totpAt(token, now + 60)).failure().error, Error::WrongOtp);
    EXPECT_EQ(bank.login("alice", totpAt(token, now - 60)).failure().error, Error::WrongOtp);
    auto onTime = bank.login("alice", totpAt(token, now));
    ASSERT_TRUE(onTime.ok());
    EXPECT_EQ(onTime->skewSeconds, 0);
}

TEST_F(BankTest, HotpLookAheadReplayAndResync)
{
    const IssuedToken token = issue("alice", otp::OtpType::Hotp);
    ASSERT_TRUE(bank.registerToken("alice", token.serial, hotpAt(token, 0), "1234").ok());
    EXPECT_EQ(bank.login("alice", hotpAt(token, 0)).failure().error, Error::ReusedOtp);
    // The user pressed the button a few times without logging in: within the look-ahead.
    auto skipped = bank.login("alice", hotpAt(token, 4));
    ASSERT_TRUE(skipped.ok());
    EXPECT_EQ(skipped->offset, 3);
    EXPECT_EQ(bank.login("alice", hotpAt(token, 3)).failure().error, Error::ReusedOtp);
    // Far ahead (beyond 10): refused, until a resync with two consecutive codes.
    EXPECT_EQ(bank.login("alice", hotpAt(token, 40)).failure().error, Error::WrongOtp);
    EXPECT_EQ(bank.resync("alice", hotpAt(token, 40), hotpAt(token, 42)).failure().error,
              Error::ResyncFailed);
    auto next = bank.resync("alice", hotpAt(token, 40), hotpAt(token, 41));
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(*next, 42U);
    EXPECT_TRUE(bank.login("alice", hotpAt(token, 42)).ok());
    EXPECT_EQ(bank.login("alice", hotpAt(token, 41)).failure().error, Error::ReusedOtp);
}

TEST_F(BankTest, ResyncIsForHotpOnly)
{
    const IssuedToken token = issue("alice");
    ASSERT_TRUE(bank.registerToken("alice", token.serial, totpAt(token, now), "1234").ok());
    EXPECT_EQ(bank.resync("alice", "123456", "654321").failure().error, Error::BadRequest);
}

TEST_F(BankTest, LockedAfterMaxFailuresUntilUnlocked)
{
    const IssuedToken token = issue("alice");
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(registerError("alice", token.serial, totpAt(token, now), "9999"),
                  Error::WrongPin);
    EXPECT_FALSE(bank.isLocked("alice"));
    auto fifth = bank.registerToken("alice", token.serial, totpAt(token, now), "9999");
    EXPECT_EQ(fifth.failure().error, Error::WrongPin);
    EXPECT_NE(fifth.failure().message.find("locked"), std::string::npos);
    EXPECT_TRUE(bank.isLocked("alice"));
    // Even everything right is refused while locked.
    EXPECT_EQ(registerError("alice", token.serial, totpAt(token, now)), Error::Locked);
    EXPECT_EQ(bank.login("alice", totpAt(token, now)).failure().error, Error::Locked);
    ASSERT_TRUE(bank.unlock("alice").ok());
    EXPECT_TRUE(bank.registerToken("alice", token.serial, totpAt(token, now), "1234").ok());
}

TEST_F(BankTest, ASuccessResetsTheFailureCount)
{
    const IssuedToken token = issue("alice");
    for (int i = 0; i < 4; ++i)
        (void)registerError("alice", token.serial, wrong(totpAt(token, now)));
    ASSERT_TRUE(bank.registerToken("alice", token.serial, totpAt(token, now), "1234").ok());
    now += 30;
    (void)bank.login("alice", wrong(totpAt(token, now)));
    EXPECT_FALSE(bank.isLocked("alice"));
}

TEST_F(BankTest, IndividualModeGivesEachUserTheirOwnToken)
{
    const IssuedToken a = issue("alice");
    const IssuedToken b = issue("bob");
    ASSERT_TRUE(bank.registerToken("alice", a.serial, totpAt(a, now), "1234").ok());
    now += 30;
    EXPECT_EQ(registerError("bob", a.serial, totpAt(a, now)), Error::SerialInUse);
    ASSERT_TRUE(bank.registerToken("bob", b.serial, totpAt(b, now), "1234").ok());
    EXPECT_EQ(bank.currentSerial("alice"), a.serial);
    EXPECT_EQ(bank.currentSerial("bob"), b.serial);
    // Alice's code does not log Bob in.
    now += 30;
    EXPECT_EQ(bank.login("bob", totpAt(a, now)).failure().error, Error::WrongOtp);
}

TEST_F(BankTest, SharedModeRegistersOneTokenForEveryone)
{
    const IssuedToken a = issue("alice");
    issue("bob");
    EXPECT_TRUE(bank.setUsageMode(UsageMode::Shared));
    ASSERT_TRUE(bank.registerToken("bob", a.serial, totpAt(a, now), "1234").ok());
    EXPECT_EQ(bank.currentSerial("alice"), a.serial);
    EXPECT_EQ(bank.currentSerial("bob"), a.serial);
    now += 30;
    EXPECT_TRUE(bank.login("alice", totpAt(a, now)).ok());
}

TEST_F(BankTest, ChangingTheUsageModeUnregistersTokens)
{
    const IssuedToken a = issue("alice");
    ASSERT_TRUE(bank.registerToken("alice", a.serial, totpAt(a, now), "1234").ok());
    EXPECT_FALSE(bank.setUsageMode(UsageMode::Individual));  // unchanged: nothing happens
    EXPECT_EQ(bank.currentSerial("alice"), a.serial);
    EXPECT_TRUE(bank.setUsageMode(UsageMode::Shared));
    EXPECT_EQ(bank.currentSerial("alice"), std::nullopt);
    now += 30;
    ASSERT_TRUE(bank.registerToken("alice", a.serial, totpAt(a, now), "1234").ok());
    EXPECT_TRUE(bank.setUsageMode(UsageMode::Individual));
    EXPECT_EQ(bank.currentSerial("alice"), std::nullopt);
    EXPECT_EQ(bank.login("alice", totpAt(a, now + 30)).failure().error, Error::NotRegistered);
}

TEST_F(BankTest, ConfirmationPinComesFromTheConfig)
{
    Bank other(State{}, Config{.confirmationPin = "80551"}, [this] { return now; });
    auto token = other.issueToken({.user = "alice"});
    ASSERT_TRUE(token.ok());
    EXPECT_EQ(
        other.registerToken("alice", token->serial, totpAt(*token, now), "1234").failure().error,
        Error::WrongPin);
    EXPECT_TRUE(other.registerToken("alice", token->serial, totpAt(*token, now), "80551").ok());
}

TEST(BankErrors, NamesAreTheApiCodes)
{
    EXPECT_EQ(errorName(Error::WrongSerial), "wrong_serial");
    EXPECT_EQ(errorName(Error::WrongOtp), "wrong_otp");
    EXPECT_EQ(errorName(Error::ReusedOtp), "reused_otp");
    EXPECT_EQ(errorName(Error::WrongPin), "wrong_pin");
    EXPECT_EQ(errorName(Error::Locked), "locked");
    EXPECT_EQ(errorName(Error::SerialInUse), "serial_in_use");
}

}  // namespace
}  // namespace bank
