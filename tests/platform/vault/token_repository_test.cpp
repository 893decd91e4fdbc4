// TokenRepository, the one owner of the saved tokens for the app and otptool: each operation on
// the in-memory repository and on a real vault, the duplicate rule, the HOTP counter's end, and
// that no change drops the fields a newer version stored.

#include <limits>

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "otp/interop/import.h"
#include "platform/key_store.h"
#include "platform/token_repository.h"
#include "platform/vault_session.h"
#include "vault_platform_util.h"

namespace {

using otp::ErrorCode;
using otp::interop::Duplicate;
using platform::MemoryTokenRepository;
using platform::TokenRepository;
using platform::VaultSession;
using vaultplatformtest::snapshot;
using vaultplatformtest::uri;

const otp::SecureString kPassphrase("open sesame");

VaultSession::Options fast()
{
    VaultSession::Options o;
    o.scrypt = {4, 1, 1};
    return o;
}

// A field of a newer version: a tag this one does not know.
otp::vault::UnknownField newerField(std::uint8_t value)
{
    return {0x7f01, otp::SecureBytes(3, value)};
}

std::vector<std::string> issuers(const TokenRepository& repository)
{
    std::vector<std::string> out;
    for (const auto& token : repository.vault().tokens)
        out.push_back(token.uri.issuer);
    return out;
}

// The same tests on both implementations: the vault one must behave exactly like memory.
class TokenRepositoryTest : public ::testing::TestWithParam<bool> {
protected:
    void SetUp() override
    {
        if (GetParam()) {
            auto session = std::make_unique<VaultSession>(dir, nullptr, fast());
            ASSERT_TRUE(session->create(&kPassphrase).ok());
            repository = std::move(session);
        } else {
            repository = std::make_unique<MemoryTokenRepository>();
        }
    }

    // What a restart would show: the vault read again from disk (memory: the same object).
    const otp::vault::Vault& reloaded()
    {
        if (!GetParam())
            return repository->vault();
        reopened = std::make_unique<VaultSession>(dir, nullptr, fast());
        EXPECT_TRUE(reopened->open(&kPassphrase).ok());
        return reopened->vault();
    }

    QTemporaryDir tmp;
    QString dir = tmp.filePath(QStringLiteral("data"));
    std::unique_ptr<TokenRepository> repository;
    std::unique_ptr<VaultSession> reopened;
};

INSTANTIATE_TEST_SUITE_P(MemoryAndVault, TokenRepositoryTest, ::testing::Bool(),
                         [](const auto& info) { return info.param ? "Vault" : "Memory"; });

TEST_P(TokenRepositoryTest, MoveRemoveAndUndoKeepIdsAndTheSavedOrder)
{
    const auto a = repository->addToken(uri("A", "a", 1), 10).value();
    const auto b = repository->addToken(uri("B", "b", 2), 11).value();
    const auto c = repository->addToken(uri("C", "c", 3), 12).value();
    ASSERT_TRUE(repository->moveToken(a, 2).ok());
    EXPECT_EQ(issuers(*repository), (std::vector<std::string>{"B", "C", "A"}));
    EXPECT_EQ(reloaded().tokens.at(2).id, a) << "the order is saved, not only the list";

    const otp::vault::Token removed = repository->vault().tokens.at(1);
    ASSERT_TRUE(repository->removeToken(c).ok());
    ASSERT_TRUE(repository->restoreToken(removed, 1).ok());
    EXPECT_EQ(issuers(*repository), (std::vector<std::string>{"B", "C", "A"}));
    EXPECT_EQ(reloaded().tokens.at(1), removed) << "same id, creation time, secret";
    EXPECT_EQ(repository->restoreToken(removed, 0).error().code, ErrorCode::VaultIo)
        << "an id is never there twice";
    const auto d = repository->addToken(uri("D", "d", 4), 13).value();
    EXPECT_GT(d, std::max({a, b, c}));
}

TEST_P(TokenRepositoryTest, RenameAndReplaceKeepPlaceIdAndANewerVersionsFields)
{
    (void)repository->addToken(uri("A", "a", 1), 10).value();
    const auto b = repository->addToken(uri("B", "b", 2), 11).value();
    otp::vault::Vault withFields = repository->vault();
    withFields.tokens.at(1).unknownFields.push_back(newerField(9));
    withFields.unknownFields.push_back(newerField(8));
    ASSERT_TRUE(repository->save(withFields).ok());

    ASSERT_TRUE(repository->renameToken(b, "Bank", "taro").ok());
    auto replacement = uri("Bank", "taro", 2, otp::OtpType::Hotp);
    replacement.counter = 7;
    ASSERT_TRUE(repository->replaceToken(b, replacement).ok());
    const auto& saved = reloaded();
    ASSERT_EQ(saved.tokens.size(), 2u);
    const auto& token = saved.tokens.at(1);
    EXPECT_EQ(token.id, b);
    EXPECT_EQ(token.created, 11);
    EXPECT_EQ(token.uri, replacement);
    EXPECT_EQ(token.serial, otp::effectiveSerial(replacement));
    EXPECT_EQ(token.unknownFields, std::vector{newerField(9)});
    EXPECT_EQ(saved.unknownFields, std::vector{newerField(8)});
    EXPECT_EQ(repository->renameToken(999, "x", "y").error().code, ErrorCode::VaultNoSuchToken);
}

// At 2^64-1 the next code would be the code of counter 0 again: refused, nothing saved.
TEST_P(TokenRepositoryTest, HotpCounterNeverWrapsToZero)
{
    auto last = uri("H", "h", 5, otp::OtpType::Hotp);
    last.counter = std::numeric_limits<std::uint64_t>::max() - 1;
    const auto id = repository->addToken(last, 1).value();
    ASSERT_TRUE(repository->nextHotpCode(id).ok());
    const auto files = GetParam() ? snapshot(dir) : decltype(snapshot(dir)){};
    auto refused = repository->nextHotpCode(id);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::UriBadCounter);
    EXPECT_EQ(reloaded().tokens.at(0).uri.counter, std::numeric_limits<std::uint64_t>::max());
    if (GetParam()) {
        EXPECT_EQ(snapshot(dir), files);
    }
}

// The rule: the secret makes the token, whatever its type (see otp::interop::Duplicate).
TEST_P(TokenRepositoryTest, TheSameSecretAsAnotherTypeIsADuplicate)
{
    (void)repository->addToken(uri("Totp", "a", 1), 1).value();
    auto asHotp = uri("Hotp", "b", 1, otp::OtpType::Hotp);
    const auto found = repository->findDuplicate(asHotp);
    EXPECT_EQ(found.kind, Duplicate::SameSecret);
    EXPECT_EQ(found.index, 0);

    otp::interop::ImportResult file;
    file.tokens = {asHotp, uri("New", "c", 3)};
    const auto plan = otp::interop::planImport(file, repository->vault());
    EXPECT_EQ(plan.duplicates, (std::vector{Duplicate::SameSecret, Duplicate::None}));
    auto added = repository->applyImport(plan, 50);
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(*added, 1u);
    EXPECT_EQ(issuers(*repository), (std::vector<std::string>{"Totp", "New"}));
}

// A preview made before a change is checked again when applied: no duplicate slips in.
TEST_P(TokenRepositoryTest, ApplyImportComparesWithTheTokensSavedNow)
{
    otp::interop::ImportResult file;
    file.tokens = {uri("A", "a", 1), uri("B", "b", 2)};
    const auto plan = otp::interop::planImport(file, repository->vault());
    ASSERT_EQ(plan.newCount(), 2u);
    (void)repository->addToken(uri("A (added meanwhile)", "a", 1), 1).value();
    auto added = repository->applyImport(plan, 50);
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(*added, 1u);
    EXPECT_EQ(reloaded().tokens.size(), 2u);
}

}  // namespace
