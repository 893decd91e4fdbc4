// The bank's state survives a restart: everything Bank changes is read back equal, including
// what replay protection and lockout depend on.
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "bank.h"
#include "bank_store.h"
#include "otp/uri_generators.h"

namespace bank {
namespace {

TEST(BankStore, NoFileIsAnEmptyBank)
{
    QTemporaryDir dir;
    auto state = BankStore(dir.path()).load();
    ASSERT_TRUE(state.ok());
    EXPECT_TRUE(state->users.empty());
    EXPECT_TRUE(state->tokens.empty());
    EXPECT_EQ(state->mode, UsageMode::Individual);
}

TEST(BankStore, RestartKeepsRegistrationReplayGuardAndLockout)
{
    QTemporaryDir dir;
    const BankStore store(dir.path());
    std::int64_t now = 1'700'000'000;
    const otp::Clock clock = [&now] { return now; };
    std::string code;
    std::string serial;
    {
        Bank bank(State{}, Config{}, clock);
        auto token = bank.issueToken({.user = "alice"});
        ASSERT_TRUE(token.ok());
        serial = token->serial;
        code = *otp::totpGeneratorFor(*otp::parseKeyUri(token->uri))->codeAt(now);
        ASSERT_TRUE(bank.registerToken("alice", serial, code, "1234").ok());
        auto hotp = bank.issueToken({.user = "bob", .type = otp::OtpType::Hotp});
        ASSERT_TRUE(hotp.ok());
        const auto generator = otp::hotpGeneratorFor(*otp::parseKeyUri(hotp->uri));
        ASSERT_TRUE(bank.registerToken("bob", hotp->serial, generator->code(2), "1234").ok());
        (void)bank.login("bob", "000000");
        ASSERT_TRUE(store.save(bank.state()).ok());
    }
    auto loaded = store.load();
    ASSERT_TRUE(loaded.ok()) << loaded.failure().message;
    Bank bank(loaded.value(), Config{}, clock);
    EXPECT_EQ(bank.currentSerial("alice"), serial);
    EXPECT_EQ(bank.login("alice", code).failure().error, Error::ReusedOtp);
    const Token& hotp = bank.state().tokens.at(*bank.currentSerial("bob"));
    EXPECT_EQ(hotp.hotpNext, 3U);
    EXPECT_EQ(bank.state().users.at("bob").failures, 1);
    EXPECT_EQ(otp::formatKeyUri(hotp.uri).view(),
              otp::formatKeyUri(loaded->tokens.at(hotp.serial).uri).view());
}

TEST(BankStore, SharedModeIsKept)
{
    QTemporaryDir dir;
    const BankStore store(dir.path());
    State state;
    state.mode = UsageMode::Shared;
    state.sharedSerial = "ABCD12345678";
    ASSERT_TRUE(store.save(state).ok());
    auto loaded = store.load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->mode, UsageMode::Shared);
    EXPECT_EQ(loaded->sharedSerial, "ABCD12345678");
}

TEST(BankStore, DamagedFileIsAnErrorNotAnEmptyBank)
{
    QTemporaryDir dir;
    const BankStore store(dir.path());
    QFile file(store.filePath());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"version\": 1, \"tokens\": [");
    file.close();
    auto loaded = store.load();
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.failure().message.find("not a JSON object"), std::string::npos);

    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"version\": 2}");
    file.close();
    EXPECT_FALSE(store.load().ok());
}

TEST(BankStore, TheFileIsForTheOwnerOnly)
{
    QTemporaryDir dir;
    const BankStore store(dir.path());
    ASSERT_TRUE(store.save(State{}).ok());
    EXPECT_EQ(QFile(store.filePath()).permissions() &
                  (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());
}

}  // namespace
}  // namespace bank
