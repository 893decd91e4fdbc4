// VaultSession with the in-memory keystore: creation, the failure classes, backup fallback,
// version refusal, HOTP counter durability and the secret scan.

#include <openssl/evp.h>

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "otp/base32.h"
#include "otp/hotp.h"
#include "otp/vault/vault_file.h"
#include "platform/key_store.h"
#include "platform/vault_session.h"
#include "vault_platform_util.h"

namespace {

using otp::ErrorCode;
using platform::MemoryKeyStore;
using platform::VaultSession;
using platform::VaultStore;
using vaultplatformtest::snapshot;
using vaultplatformtest::uri;

const otp::SecureString kPassphrase("open sesame");

VaultSession::Options fast()
{
    VaultSession::Options o;
    o.scrypt = {4, 1, 1};
    return o;
}

class VaultSessionTest : public ::testing::Test {
protected:
    QTemporaryDir tmp;
    QString dir = tmp.filePath(QStringLiteral("data"));
    MemoryKeyStore keys;

    VaultSession session() { return VaultSession(dir, &keys, fast()); }

    QByteArray readMain() { return snapshot(dir)[VaultStore(dir).path(VaultStore::File::Main)]; }
    void writeMain(const QByteArray& bytes)
    {
        std::vector<std::uint8_t> v(bytes.begin(), bytes.end());
        ASSERT_TRUE(VaultStore(dir).writeAtomically(VaultStore::File::Main, v).ok());
    }
};

TEST_F(VaultSessionTest, CreatesWithTheKeystoreAndReopens)
{
    auto s = session();
    ASSERT_TRUE(s.openOrCreate().ok());
    EXPECT_TRUE(s.hasKeystoreSlot());
    EXPECT_FALSE(s.hasPassphraseSlot());
    EXPECT_TRUE(keys.contains(platform::keyStoreEntryName(dir)));
    ASSERT_TRUE(s.addToken(uri("Bank", "alice", 1), 1700000000).ok());

    auto again = session();
    ASSERT_TRUE(again.open().ok());
    EXPECT_FALSE(again.recoveredFromBackup());
    ASSERT_EQ(again.vault().tokens.size(), 1u);
    EXPECT_EQ(again.vault().tokens[0].uri, uri("Bank", "alice", 1));
    EXPECT_EQ(again.vault().tokens[0].created, 1700000000);
}

TEST_F(VaultSessionTest, NoKeystoreMeansAskForAPassphraseAndNothingIsWritten)
{
    keys.setUnavailable(
        QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files"));
    auto s = session();
    auto created = s.openOrCreate();
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().code, ErrorCode::VaultKeystoreUnavailable);
    EXPECT_NE(created.error().message.find("org.freedesktop.secrets"), std::string::npos)
        << created.error().message;
    EXPECT_TRUE(snapshot(dir).empty()) << "no vault and no key in clear";

    ASSERT_TRUE(s.create(&kPassphrase).ok());
    EXPECT_TRUE(s.hasPassphraseSlot());
    EXPECT_FALSE(s.hasKeystoreSlot());
    EXPECT_EQ(keys.size(), 0u);
    auto again = session();
    EXPECT_TRUE(again.open(&kPassphrase).ok());
}

TEST_F(VaultSessionTest, FailuresAreToldApart)
{
    EXPECT_EQ(session().open().error().code, ErrorCode::VaultNotFound);
    EXPECT_TRUE(snapshot(dir).empty()) << "a failing open writes nothing";

    // A passphrase vault.
    {
        auto s = session();
        ASSERT_TRUE(s.create(&kPassphrase).ok());
    }
    const otp::SecureString wrong("open sesame!");
    EXPECT_EQ(session().open(&wrong).error().code, ErrorCode::VaultWrongPassphrase);
    EXPECT_EQ(session().open().error().code, ErrorCode::VaultPassphraseRequired);

    // A keystore vault whose key is gone (another machine, keystore reset).
    QTemporaryDir other;
    const QString otherDir = other.filePath(QStringLiteral("d"));
    {
        VaultSession s(otherDir, &keys, fast());
        ASSERT_TRUE(s.create().ok());
    }
    MemoryKeyStore emptyKeys;
    EXPECT_EQ(VaultSession(otherDir, &emptyKeys, fast()).open().error().code,
              ErrorCode::VaultNoKeystoreKey);
    EXPECT_EQ(VaultSession(otherDir, &emptyKeys, fast()).open(&kPassphrase).error().code,
              ErrorCode::VaultNoSuchSlot);
    emptyKeys.setUnavailable(QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"));
    EXPECT_EQ(VaultSession(otherDir, &emptyKeys, fast()).open().error().code,
              ErrorCode::VaultKeystoreUnavailable);
    // The right entry name but the wrong key.
    MemoryKeyStore wrongKeys;
    ASSERT_TRUE(
        wrongKeys.writeKey(platform::keyStoreEntryName(otherDir), otp::SecureBytes(32, 1)).ok());
    EXPECT_EQ(VaultSession(otherDir, &wrongKeys, fast()).open().error().code,
              ErrorCode::VaultKeystoreKeyMismatch);

    // Damage.
    QByteArray bytes = readMain();
    bytes[20] = static_cast<char>(bytes[20] ^ 0x10);
    writeMain(bytes);
    auto damaged = session().open(&kPassphrase);
    ASSERT_FALSE(damaged.ok());
    EXPECT_EQ(damaged.error().code, ErrorCode::VaultDamaged);
    EXPECT_NE(damaged.error().message.find("no backup"), std::string::npos)
        << damaged.error().message;
}

TEST_F(VaultSessionTest, EveryFlipAndTruncationOfTheFileIsDamageAndChangesNothing)
{
    {
        auto s = session();
        ASSERT_TRUE(s.create().ok());
        ASSERT_TRUE(s.addToken(uri("Bank", "a", 2), 1).ok());
    }
    // Only the main file matters here; without a backup nothing can mask the damage.
    ASSERT_TRUE(QFile::remove(VaultStore(dir).path(VaultStore::File::Backup)));
    const QByteArray good = readMain();
    ASSERT_GT(good.size(), 100);
    for (int i = 0; i < good.size() * 2; ++i) {
        QByteArray bad = good;
        if (i < good.size())
            bad[i] = static_cast<char>(bad[i] ^ 0x04);
        else
            bad.truncate(i - good.size());
        writeMain(bad);
        const auto before = snapshot(dir);
        auto s = session();
        auto opened = s.open();
        ASSERT_FALSE(opened.ok()) << "case " << i;
        EXPECT_EQ(opened.error().code, ErrorCode::VaultDamaged) << "case " << i;
        EXPECT_EQ(snapshot(dir), before) << "case " << i << ": a failing load wrote something";
        EXPECT_FALSE(s.save({}).ok()) << "a session that did not open cannot save";
        EXPECT_EQ(snapshot(dir), before);
    }
}

TEST_F(VaultSessionTest, DamagedMainFallsBackToTheBackupAndSaysSo)
{
    {
        auto s = session();
        ASSERT_TRUE(s.create().ok());
        ASSERT_TRUE(s.addToken(uri("A", "a", 1), 1).ok());
        ASSERT_TRUE(s.addToken(uri("B", "b", 2), 2).ok());
    }
    QByteArray bytes = readMain();
    bytes.chop(1);
    writeMain(bytes);
    const auto before = snapshot(dir);

    auto s = session();
    ASSERT_TRUE(s.open().ok());
    EXPECT_TRUE(s.recoveredFromBackup());
    ASSERT_TRUE(s.mainFileProblem().has_value());
    EXPECT_EQ(s.mainFileProblem()->code, ErrorCode::VaultDamaged);
    ASSERT_EQ(s.vault().tokens.size(), 1u) << "the backup is the previous good state";
    EXPECT_EQ(s.vault().tokens[0].uri.issuer, "A");
    EXPECT_EQ(snapshot(dir), before) << "loading writes nothing";

    // The next save keeps the damaged file aside and writes a good main file.
    ASSERT_TRUE(s.addToken(uri("C", "c", 3), 3).ok());
    EXPECT_TRUE(QFile::exists(VaultStore(dir).damagedPath()));
    auto again = session();
    ASSERT_TRUE(again.open().ok());
    EXPECT_FALSE(again.recoveredFromBackup());
    EXPECT_EQ(again.vault().tokens.size(), 2u);
}

TEST_F(VaultSessionTest, MissingMainFallsBackToTheBackup)
{
    {
        auto s = session();
        ASSERT_TRUE(s.create().ok());
        ASSERT_TRUE(s.addToken(uri("A", "a", 1), 1).ok());
    }
    ASSERT_TRUE(QFile::remove(VaultStore(dir).path(VaultStore::File::Main)));
    auto s = session();
    ASSERT_TRUE(s.open().ok());
    EXPECT_TRUE(s.recoveredFromBackup());
    EXPECT_EQ(s.mainFileProblem()->code, ErrorCode::VaultNotFound);
}

TEST_F(VaultSessionTest, NewerVersionIsRefusedAndNeverOverwritten)
{
    {
        auto s = session();
        ASSERT_TRUE(s.create().ok());
    }
    QByteArray bytes = readMain();
    bytes[9] = 2;
    std::vector<std::uint8_t> v(bytes.begin(), bytes.end());
    std::size_t n = 0;
    EVP_Q_digest(nullptr, "SHA256", nullptr, v.data(), v.size() - 32, v.data() + v.size() - 32, &n);
    writeMain(QByteArray(reinterpret_cast<const char*>(v.data()), qsizetype(v.size())));
    const auto before = snapshot(dir);

    auto s = session();
    auto opened = s.openOrCreate();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::VaultNewerVersion);
    EXPECT_FALSE(s.addToken(uri("X", "x", 9), 0).ok());
    EXPECT_FALSE(s.create().ok());
    EXPECT_EQ(snapshot(dir), before);
}

TEST_F(VaultSessionTest, HotpCounterIsSavedBeforeTheCodeIsReturned)
{
    auto s = session();
    ASSERT_TRUE(s.create().ok());
    auto token = uri("Bank", "h", 4, otp::OtpType::Hotp);
    token.counter = 5;
    auto id = s.addToken(token, 0);
    ASSERT_TRUE(id.ok());

    auto code = s.nextHotpCode(*id);
    ASSERT_TRUE(code.ok()) << code.error().message;
    EXPECT_EQ(*code, *otp::hotpCode(token.secret, token.algorithm, token.digits, 5));
    {
        auto reopened = session();
        ASSERT_TRUE(reopened.open().ok());
        EXPECT_EQ(reopened.vault().tokens[0].uri.counter, 6u);
    }

    // When the counter cannot be saved, no code is shown. (A directory where the temp file
    // goes makes the save fail even for root, who ignores permissions.)
    const QString blocker = VaultStore(dir).path(VaultStore::File::Main) + QStringLiteral(".tmp");
    ASSERT_TRUE(QDir().mkdir(blocker));
    auto failed = s.nextHotpCode(*id);
    ASSERT_TRUE(QDir().rmdir(blocker));
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::VaultIo);
    EXPECT_EQ(s.vault().tokens[0].uri.counter, 6u);
    {
        auto reopened = session();
        ASSERT_TRUE(reopened.open().ok());
        EXPECT_EQ(reopened.vault().tokens[0].uri.counter, 6u);
    }
    EXPECT_EQ(s.nextHotpCode(999).error().code, ErrorCode::VaultNoSuchToken);
}

TEST_F(VaultSessionTest, PassphraseSlotCanBeAddedAndChanged)
{
    auto s = session();
    ASSERT_TRUE(s.create().ok());
    ASSERT_TRUE(s.addToken(uri("A", "a", 1), 1).ok());
    ASSERT_TRUE(s.setPassphrase(kPassphrase).ok());
    MemoryKeyStore none;
    EXPECT_TRUE(VaultSession(dir, &none, fast()).open(&kPassphrase).ok());
    EXPECT_TRUE(session().open().ok()) << "the keystore slot still works";

    const otp::SecureString changed("new passphrase");
    ASSERT_TRUE(s.setPassphrase(changed).ok());
    EXPECT_EQ(VaultSession(dir, &none, fast()).open(&kPassphrase).error().code,
              ErrorCode::VaultWrongPassphrase);
    auto reopened = VaultSession(dir, &none, fast());
    ASSERT_TRUE(reopened.open(&changed).ok());
    EXPECT_EQ(reopened.vault().tokens.size(), 1u);

    // The backup carries the new passphrase slot too, so it still helps after damage.
    QByteArray bytes = readMain();
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 1);
    writeMain(bytes);
    auto recovered = VaultSession(dir, &none, fast());
    auto opened = recovered.open(&changed);
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    EXPECT_TRUE(recovered.recoveredFromBackup());
    EXPECT_EQ(recovered.vault().tokens.size(), 1u);
}

TEST_F(VaultSessionTest, NoSecretInClearUnderTheDataDirectory)
{
    auto s = session();
    ASSERT_TRUE(s.create().ok());
    std::vector<otp::KeyUri> tokens;
    for (std::uint8_t i = 1; i <= 5; ++i) {
        tokens.push_back(uri("Bank", "user", i));
        ASSERT_TRUE(s.addToken(tokens.back(), i).ok());
    }
    ASSERT_TRUE(s.setPassphrase(kPassphrase).ok());  // backup and main both written again

    const auto files = snapshot(dir);
    ASSERT_GE(files.size(), 2u);
    std::vector<QByteArray> needles;
    for (const auto& t : tokens) {
        needles.emplace_back(reinterpret_cast<const char*>(t.secret.data()),
                             qsizetype(t.secret.size()));
        const otp::SecureString b32 = otp::base32Encode(t.secret);
        needles.emplace_back(b32.data(), qsizetype(b32.size()));
        needles.push_back(needles.back().toLower());
        needles.push_back(needles.back().left(16).toUpper());  // a partial seed is a leak too
    }
    auto key = keys.readKey(platform::keyStoreEntryName(dir));
    ASSERT_TRUE(key.ok());
    needles.emplace_back(reinterpret_cast<const char*>(key->data()), qsizetype(key->size()));
    needles.emplace_back(kPassphrase.data(), qsizetype(kPassphrase.size()));
    needles.push_back(QByteArray("Bank"));  // labels are inside the ciphertext too

    for (const auto& [path, content] : files)
        for (const QByteArray& needle : needles)
            EXPECT_FALSE(content.contains(needle))
                << path.toStdString() << " contains a secret (" << needle.size() << " bytes)";
}

TEST(KeyStoreEntryName, IsPerCanonicalDirectoryAndHidesThePath)
{
    QTemporaryDir tmp;
    const QString a = tmp.filePath(QStringLiteral("a"));
    ASSERT_TRUE(QDir().mkpath(a));
    const QString name = platform::keyStoreEntryName(a);
    EXPECT_TRUE(name.startsWith(QStringLiteral("vault-key-")));
    EXPECT_EQ(name.size(), 10 + 32);
    EXPECT_EQ(platform::keyStoreEntryName(a + QStringLiteral("/../a/")), name);
    EXPECT_NE(platform::keyStoreEntryName(tmp.filePath(QStringLiteral("b"))), name);
    EXPECT_FALSE(name.contains(QStringLiteral("tmp")));
}

}  // namespace

namespace {

TEST(VaultSessionConflict, ASaveNeverOverwritesAnotherProgramsSave)
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("data"));
    MemoryKeyStore keys;
    VaultSession app(dir, &keys, fast());
    ASSERT_TRUE(app.create().ok());
    ASSERT_TRUE(app.addToken(uri("App", "a", 1), 1).ok());

    VaultSession tool(dir, &keys, fast());  // e.g. otptool while the app is open
    ASSERT_TRUE(tool.open().ok());
    ASSERT_TRUE(tool.addToken(uri("Tool", "t", 2), 2).ok());

    const auto before = snapshot(dir);
    auto stale = app.addToken(uri("App", "b", 3), 3);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::VaultChangedElsewhere);
    EXPECT_EQ(snapshot(dir), before) << "nothing written";
    EXPECT_EQ(app.vault().tokens.size(), 1u);

    ASSERT_TRUE(app.open().ok());
    ASSERT_EQ(app.vault().tokens.size(), 2u) << "the other program's token is there";
    ASSERT_TRUE(app.addToken(uri("App", "b", 3), 3).ok());
    EXPECT_EQ(app.vault().tokens.size(), 3u);
}

}  // namespace

namespace {

// The master key a file is sealed under, read with the core functions only.
otp::SecureBytes masterKeyOf(const QByteArray& bytes, const otp::SecureString& passphrase)
{
    const std::vector<std::uint8_t> v(bytes.begin(), bytes.end());
    auto file = otp::vault::parseVaultFile(v);
    if (!file)
        return {};
    auto keys = otp::vault::unlockWithPassphrase(*file, passphrase);
    return keys ? keys->masterKey : otp::SecureBytes{};
}

}  // namespace

TEST_F(VaultSessionTest, ChangingThePassphraseRotatesTheMasterKey)
{
    auto s = session();
    ASSERT_TRUE(s.create(&kPassphrase).ok());
    ASSERT_TRUE(s.addToken(uri("A", "a", 1), 1).ok());
    const QByteArray before = readMain();
    const otp::SecureBytes oldKey = masterKeyOf(before, kPassphrase);
    ASSERT_FALSE(oldKey.empty());

    const otp::SecureString changed("new passphrase");
    ASSERT_TRUE(s.setPassphrase(changed).ok());
    const QByteArray after = readMain();
    const otp::SecureBytes newKey = masterKeyOf(after, changed);
    ASSERT_FALSE(newKey.empty());
    EXPECT_NE(newKey, oldKey);

    // Whoever kept the old master key (or the old file and passphrase) cannot read the new file.
    const std::vector<std::uint8_t> v(after.begin(), after.end());
    auto file = otp::vault::parseVaultFile(v);
    ASSERT_TRUE(file.ok());
    otp::vault::VaultKeys stale{oldKey, file->slots};
    EXPECT_FALSE(otp::vault::decryptVault(*file, stale).ok());
    // Neither does the backup keep the old key.
    const QByteArray backup = snapshot(dir)[VaultStore(dir).path(VaultStore::File::Backup)];
    EXPECT_EQ(masterKeyOf(backup, changed), newKey);
    EXPECT_TRUE(masterKeyOf(backup, kPassphrase).empty());
}

TEST_F(VaultSessionTest, PassphraseOnlyRemovesTheKeystoreSlotAndKeepsTokens)
{
    auto s = session();
    ASSERT_TRUE(s.create().ok());
    ASSERT_TRUE(s.addToken(uri("A", "a", 1), 1).ok());
    ASSERT_TRUE(s.setPassphrase(kPassphrase).ok());
    EXPECT_TRUE(s.hasKeystoreSlot()) << "alongside the keystore by default, re-wrapped";
    EXPECT_TRUE(session().open().ok());

    ASSERT_TRUE(s.setPassphrase(kPassphrase, VaultSession::PassphraseUse::PassphraseOnly).ok());
    EXPECT_FALSE(s.hasKeystoreSlot());
    EXPECT_EQ(session().open().error().code, ErrorCode::VaultPassphraseRequired);
    auto reopened = session();
    ASSERT_TRUE(reopened.open(&kPassphrase).ok());
    EXPECT_EQ(reopened.vault().tokens.size(), 1u);
}

TEST_F(VaultSessionTest, AWeakPassphraseSlotIsUpgradedOnUnlock)
{
    {
        auto weak = session();  // scrypt N = 2^4
        ASSERT_TRUE(weak.create(&kPassphrase).ok());
        ASSERT_TRUE(weak.addToken(uri("A", "a", 1), 1).ok());
    }
    VaultSession::Options stronger = fast();
    stronger.scrypt = {6, 2, 1};
    MemoryKeyStore none;
    auto s = VaultSession(dir, &none, stronger);
    ASSERT_TRUE(s.open(&kPassphrase).ok());
    for (auto which : {VaultStore::File::Main, VaultStore::File::Backup}) {
        const QByteArray bytes = snapshot(dir)[VaultStore(dir).path(which)];
        auto file =
            otp::vault::parseVaultFile(std::vector<std::uint8_t>(bytes.begin(), bytes.end()));
        ASSERT_TRUE(file.ok());
        EXPECT_EQ(file->passphraseParams(), stronger.scrypt);
    }
    auto again = VaultSession(dir, &none, stronger);
    ASSERT_TRUE(again.open(&kPassphrase).ok());
    EXPECT_EQ(again.vault().tokens.size(), 1u);
}

TEST_F(VaultSessionTest, ASaveNeverWritesAFileTheLoaderWouldRefuse)
{
    auto s = session();
    ASSERT_TRUE(s.create().ok());
    const QByteArray before = readMain();
    otp::KeyUri huge = uri("A", "a", 1);
    huge.secret.assign(otp::vault::kMaxVaultFileSize, 0x42);
    auto added = s.addToken(std::move(huge), 1);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, ErrorCode::VaultTooLarge) << added.error().message;
    EXPECT_EQ(readMain(), before);
    EXPECT_TRUE(s.vault().tokens.empty());
}
