// QtKeychainKeyStore against a real Secret Service (gnome-keyring in a private D-Bus session,
// started by ctest: see tests/platform/CMakeLists.txt) and with no keystore at all.
// SOFTTOKEN_TEST_KEYRING=live or =none says which situation this run is in.

#include <cstdlib>
#include <string_view>

#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <gtest/gtest.h>

#include "platform/key_store.h"
#include "platform/vault_session.h"
#include "vault_platform_util.h"

namespace {

using otp::ErrorCode;
using platform::QtKeychainKeyStore;

std::string_view mode()
{
    const char* m = std::getenv("SOFTTOKEN_TEST_KEYRING");
    return m == nullptr ? std::string_view() : std::string_view(m);
}

// A service name of its own, so a developer's real entries are never touched even if this
// runs outside the private session.
QtKeychainKeyStore testStore()
{
    return QtKeychainKeyStore(QStringLiteral("SoftToken-test"));
}

class QtKeychainLive : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (mode() != "live")
            GTEST_SKIP() << "needs SOFTTOKEN_TEST_KEYRING=live (ctest runs it in dbus-run-session)";
    }
};

TEST_F(QtKeychainLive, WritesReadsAndRemovesAKey)
{
    auto store = testStore();
    const QString entry = QStringLiteral("vault-key-roundtrip");
    const otp::SecureBytes key = {0, 1, 2, 0xff, 0x80, 0x7f, 0, 0};  // binary, with NULs
    ASSERT_TRUE(store.writeKey(entry, key).ok());
    auto read = store.readKey(entry);
    ASSERT_TRUE(read.ok()) << read.error().message;
    EXPECT_EQ(*read, key);
    ASSERT_TRUE(store.removeKey(entry).ok());
    auto gone = store.readKey(entry);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().code, ErrorCode::VaultNoKeystoreKey) << gone.error().message;
    EXPECT_TRUE(store.removeKey(entry).ok()) << "removing a missing entry succeeds";
}

TEST_F(QtKeychainLive, EachDataDirectoryHasItsOwnEntry)
{
    QTemporaryDir a, b;
    auto store = testStore();
    platform::VaultSession first(a.path(), &store);
    ASSERT_TRUE(first.create().ok());
    ASSERT_TRUE(first.addToken(vaultplatformtest::uri("Bank", "a", 1), 1).ok());
    platform::VaultSession second(b.path(), &store);
    ASSERT_TRUE(second.create().ok());

    platform::VaultSession reopened(a.path(), &store);
    ASSERT_TRUE(reopened.open().ok());
    EXPECT_EQ(reopened.vault().tokens.size(), 1u) << "the second vault did not replace the key";
    auto key = store.readKey(platform::keyStoreEntryName(a.path()));
    ASSERT_TRUE(key.ok());
    EXPECT_EQ(key->size(), 32u);

    ASSERT_TRUE(store.removeKey(platform::keyStoreEntryName(a.path())).ok());
    EXPECT_EQ(platform::VaultSession(a.path(), &store).open().error().code,
              ErrorCode::VaultNoKeystoreKey);
    ASSERT_TRUE(store.removeKey(platform::keyStoreEntryName(b.path())).ok());
}

TEST_F(QtKeychainLive, WorksFromAWorkerThread)
{
    // What the GUI does: keystore calls off the GUI thread.
    QTemporaryDir dir;
    otp::Result<void> result = otp::Error{ErrorCode::VaultIo, "not run"};
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto store = testStore();
        platform::VaultSession session(dir.path(), &store);
        result = session.create();
        if (result)
            result = platform::VaultSession(dir.path(), &store).open();
        (void)store.removeKey(platform::keyStoreEntryName(dir.path()));
    }));
    // The GUI thread keeps running its event loop meanwhile: QtKeychain's libsecret backend
    // delivers its callbacks through the default GLib context, which that loop serves.
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    ASSERT_TRUE(worker->wait(1000)) << "the worker hung";
    EXPECT_TRUE(result.ok()) << result.error().message;
}

TEST(QtKeychainUnavailable, ReportsWhyAndWritesNoVault)
{
    if (mode() != "none")
        GTEST_SKIP() << "needs SOFTTOKEN_TEST_KEYRING=none (ctest runs it without D-Bus)";
    auto store = testStore();
    auto read = store.readKey(QStringLiteral("vault-key-x"));
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, ErrorCode::VaultKeystoreUnavailable);
    EXPECT_NE(read.error().message.find("QtKeychain error 7"), std::string::npos)
        << read.error().message;

    QTemporaryDir dir;
    platform::VaultSession session(dir.path(), &store);
    auto created = session.create();
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().code, ErrorCode::VaultKeystoreUnavailable);
    EXPECT_TRUE(vaultplatformtest::snapshot(dir.path()).empty());
}

}  // namespace
