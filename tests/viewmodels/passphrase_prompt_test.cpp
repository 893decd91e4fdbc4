// The in-app passphrase screen's view model, through AppController as the app uses it: the
// vault opener fails like the real app does (a MemoryKeyStore that reports QtKeychain error 7,
// or a passphrase-only vault), the prompt appears in the right mode, and only a confirmed,
// valid passphrase writes anything.
#include <map>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include "app_controller.h"
#include "dir_snapshot.h"
#include "error_text.h"
#include "platform/key_store.h"
#include "platform/vault_session.h"
#include "test_support.h"

namespace {

using platform::MemoryKeyStore;
using platform::TokenRepository;
using platform::VaultSession;
using testsupport::snapshot;

const char* const kGood = "correct horse battery";
const char* const kKeystoreMessage =
    "QtKeychain error 7: Cannot autolaunch D-Bus without X11 $DISPLAY";

VaultSession::Options fast()
{
    VaultSession::Options o;
    o.scrypt = {4, 1, 1};
    return o;
}

class PassphrasePromptTest : public ::testing::Test {
protected:
    QTemporaryDir tmp;
    QString dir = tmp.filePath(QStringLiteral("data"));
    MemoryKeyStore keys;
    AppController app;

    PassphrasePrompt* prompt() { return app.passphrase(); }

    // What mobile/stores.cpp does without --passphrase-file: the OS keystore, openOrCreate().
    void startApp(bool withFallback = true)
    {
        if (withFallback)
            app.setPassphraseFallback(dir, fast());
        QSignalSpy ready(&app, &AppController::storeReady);
        app.openStoreAsync([this]() -> otp::Result<std::shared_ptr<TokenRepository>> {
            auto session = std::make_shared<VaultSession>(dir, &keys, fast());
            auto opened = session->openOrCreate();
            if (!opened)
                return opened.error();
            return std::shared_ptr<TokenRepository>(session);
        });
        ASSERT_TRUE(ready.wait(10000));
    }

    // Submits and waits for the worker; returns whether the vault opened.
    bool submitAndWait(const QString& passphrase, const QString& repeat = {})
    {
        QSignalSpy opened(prompt(), &PassphrasePrompt::opened);
        QSignalSpy busy(prompt(), &PassphrasePrompt::busyChanged);
        if (!prompt()->submit(passphrase, repeat))
            return false;
        EXPECT_TRUE(prompt()->busy());
        while (prompt()->busy())
            if (!busy.wait(10000))
                return false;
        return opened.count() == 1;
    }

    void makePassphraseVault()
    {
        VaultSession session(dir, nullptr, fast());
        const otp::SecureString passphrase{std::string_view(kGood)};
        ASSERT_TRUE(session.create(&passphrase).ok());
        ASSERT_TRUE(session.addToken(totpUri("Bank"), 1700000000).ok());
    }

    void expectAddingRefused()
    {
        ASSERT_EQ(app.offerManual(QStringLiteral("Bank"), QStringLiteral("me"),
                                  QString::fromLatin1(kRfcKey), false, QStringLiteral("SHA1"), 6,
                                  30, 0, QString()),
                  QString());
        EXPECT_FALSE(app.confirmPending().isEmpty());
        app.discardPending();
    }
};

TEST_F(PassphrasePromptTest, NoKeystoreAndNoVaultAsksToCreateAndWritesNothingYet)
{
    keys.setUnavailable(QString::fromLatin1(kKeystoreMessage));
    startApp();
    EXPECT_EQ(prompt()->mode(), PassphrasePrompt::Create);
    EXPECT_TRUE(prompt()->active());
    // The keystore's own words, for the detail line.
    EXPECT_TRUE(prompt()->detail().contains(QString::fromLatin1(kKeystoreMessage)))
        << prompt()->detail().toStdString();
    EXPECT_EQ(prompt()->minimumLength(), 8);
    EXPECT_TRUE(prompt()->error().isEmpty());
    EXPECT_EQ(app.startupError(), ErrorText::forCode(otp::ErrorCode::VaultKeystoreUnavailable));
    EXPECT_TRUE(snapshot(tmp.path()).empty());
    expectAddingRefused();
}

TEST_F(PassphrasePromptTest, CreateMakesAPassphraseSlotOnlyAndTheAppContinues)
{
    keys.setUnavailable(QString::fromLatin1(kKeystoreMessage));
    startApp();
    ASSERT_EQ(prompt()->mode(), PassphrasePrompt::Create);
    ASSERT_TRUE(submitAndWait(QString::fromLatin1(kGood), QString::fromLatin1(kGood)));
    EXPECT_EQ(prompt()->mode(), PassphrasePrompt::Hidden);
    EXPECT_TRUE(app.startupError().isEmpty());
    EXPECT_EQ(keys.size(), 0u);

    // Adding works now and lands in the vault, which opens with the passphrase alone.
    ASSERT_EQ(app.offerManual(QStringLiteral("Bank"), QStringLiteral("me"),
                              QString::fromLatin1(kRfcKey), false, QStringLiteral("SHA1"), 6, 30, 0,
                              QString()),
              QString());
    ASSERT_EQ(app.confirmPending(), QString());
    VaultSession reopened(dir, nullptr, fast());
    const otp::SecureString passphrase{std::string_view(kGood)};
    ASSERT_TRUE(reopened.open(&passphrase).ok());
    EXPECT_TRUE(reopened.hasPassphraseSlot());
    EXPECT_FALSE(reopened.hasKeystoreSlot());
    ASSERT_EQ(reopened.vault().tokens.size(), 1u);
    EXPECT_EQ(reopened.vault().tokens[0].uri.issuer, "Bank");
    const otp::SecureString wrong{std::string_view("correct horse battery!")};
    VaultSession other(dir, nullptr, fast());
    EXPECT_EQ(other.open(&wrong).error().code, otp::ErrorCode::VaultWrongPassphrase);
}

TEST_F(PassphrasePromptTest, MismatchAndTooShortAreRefusedWithoutWriting)
{
    keys.setUnavailable(QString::fromLatin1(kKeystoreMessage));
    startApp();
    QSignalSpy busy(prompt(), &PassphrasePrompt::busyChanged);

    EXPECT_FALSE(prompt()->submit(QStringLiteral("short12"), QStringLiteral("short12")));
    EXPECT_TRUE(prompt()->error().contains(QStringLiteral("at least 8 characters")))
        << prompt()->error().toStdString();
    EXPECT_FALSE(
        prompt()->submit(QStringLiteral("long enough 1"), QStringLiteral("long enough 2")));
    EXPECT_EQ(prompt()->error(), QStringLiteral("The two passphrases do not match."));
    EXPECT_FALSE(prompt()->submit(QString(), QString()));

    EXPECT_EQ(busy.count(), 0);
    EXPECT_EQ(prompt()->mode(), PassphrasePrompt::Create);
    EXPECT_TRUE(snapshot(tmp.path()).empty());
    // Exactly 8 is enough.
    EXPECT_TRUE(submitAndWait(QStringLiteral("12345678"), QStringLiteral("12345678")));
}

TEST_F(PassphrasePromptTest, CancelLeavesTheAppRefusingToAddAndWritesNothing)
{
    keys.setUnavailable(QString::fromLatin1(kKeystoreMessage));
    startApp();
    QSignalSpy cancelled(prompt(), &PassphrasePrompt::cancelled);
    prompt()->cancel();
    EXPECT_EQ(cancelled.count(), 1);
    EXPECT_EQ(prompt()->mode(), PassphrasePrompt::Hidden);
    EXPECT_FALSE(prompt()->submit(QString::fromLatin1(kGood), QString::fromLatin1(kGood)));
    EXPECT_FALSE(app.startupError().isEmpty());
    EXPECT_TRUE(snapshot(tmp.path()).empty());
    expectAddingRefused();
}

TEST_F(PassphrasePromptTest, AfterCancelTheCreateScreenCanBeReopenedAndCompleted)
{
    keys.setUnavailable(QString::fromLatin1(kKeystoreMessage));
    startApp();
    EXPECT_EQ(prompt()->cancelledMode(), PassphrasePrompt::Hidden);
    prompt()->cancel();
    EXPECT_EQ(prompt()->cancelledMode(), PassphrasePrompt::Create);

    QSignalSpy modeChanged(prompt(), &PassphrasePrompt::modeChanged);
    prompt()->reopen();
    EXPECT_EQ(modeChanged.count(), 1);
    EXPECT_EQ(prompt()->mode(), PassphrasePrompt::Create);
    EXPECT_EQ(prompt()->cancelledMode(), PassphrasePrompt::Hidden);
    // The keystore's reason comes back with the screen.
    EXPECT_TRUE(prompt()->detail().contains(QString::fromLatin1(kKeystoreMessage)));
    prompt()->reopen();  // already showing: nothing happens
    EXPECT_EQ(modeChanged.count(), 1);

    ASSERT_TRUE(submitAndWait(QString::fromLatin1(kGood), QString::fromLatin1(kGood)));
    EXPECT_EQ(prompt()->mode(), PassphrasePrompt::Hidden);
    EXPECT_EQ(prompt()->cancelledMode(), PassphrasePrompt::Hidden);
    EXPECT_TRUE(app.startupError().isEmpty());
    ASSERT_EQ(app.offerManual(QStringLiteral("Bank"), QStringLiteral("me"),
                              QString::fromLatin1(kRfcKey), false, QStringLiteral("SHA1"), 6, 30, 0,
                              QString()),
              QString());
    EXPECT_EQ(app.confirmPending(), QString());
}

TEST_F(PassphrasePromptTest, AfterCancelTheUnlockScreenCanBeReopened)
{
    makePassphraseVault();
    startApp();
    ASSERT_EQ(prompt()->mode(), PassphrasePrompt::Unlock);
    prompt()->cancel();
    EXPECT_EQ(prompt()->cancelledMode(), PassphrasePrompt::Unlock);
    expectAddingRefused();
    prompt()->reopen();
    EXPECT_EQ(prompt()->mode(), PassphrasePrompt::Unlock);
    ASSERT_TRUE(submitAndWait(QString::fromLatin1(kGood)));
    EXPECT_EQ(app.tokens()->count(), 1);
    EXPECT_EQ(prompt()->cancelledMode(), PassphrasePrompt::Hidden);
}

TEST_F(PassphrasePromptTest, NothingToReopenBeforeACancel)
{
    keys.setUnavailable(QString::fromLatin1(kKeystoreMessage));
    startApp();
    ASSERT_TRUE(submitAndWait(QString::fromLatin1(kGood), QString::fromLatin1(kGood)));
    prompt()->reopen();
    EXPECT_EQ(prompt()->mode(), PassphrasePrompt::Hidden);
}

TEST_F(PassphrasePromptTest, CreateFailureShowsTheErrorKeepsThePageAndWritesNothing)
{
    keys.setUnavailable(QString::fromLatin1(kKeystoreMessage));
    startApp();
    ASSERT_EQ(prompt()->mode(), PassphrasePrompt::Create);
    // The data directory cannot be used: a file is in its place.
    ASSERT_TRUE(QDir(dir).removeRecursively());
    QFile blocker(dir);
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.write("not a directory");
    blocker.close();
    const auto before = snapshot(tmp.path());

    EXPECT_FALSE(submitAndWait(QString::fromLatin1(kGood), QString::fromLatin1(kGood)));
    EXPECT_EQ(prompt()->mode(), PassphrasePrompt::Create);
    EXPECT_EQ(prompt()->error(), ErrorText::forCode(otp::ErrorCode::VaultIo));
    EXPECT_EQ(snapshot(tmp.path()), before);
    expectAddingRefused();
}

TEST_F(PassphrasePromptTest, PassphraseOnlyVaultUnlocksAfterAWrongTry)
{
    makePassphraseVault();
    const auto before = snapshot(tmp.path());
    startApp();  // the keystore answers, but the vault has no keystore slot
    ASSERT_EQ(prompt()->mode(), PassphrasePrompt::Unlock);
    EXPECT_TRUE(prompt()->detail().isEmpty());
    EXPECT_EQ(app.tokens()->count(), 0);

    EXPECT_FALSE(prompt()->submit(QString()));
    EXPECT_EQ(prompt()->error(), QStringLiteral("Enter your passphrase."));

    EXPECT_FALSE(submitAndWait(QStringLiteral("not the passphrase")));
    EXPECT_EQ(prompt()->mode(), PassphrasePrompt::Unlock);
    EXPECT_EQ(prompt()->error(), ErrorText::forCode(otp::ErrorCode::VaultWrongPassphrase));
    EXPECT_EQ(app.tokens()->count(), 0);
    EXPECT_EQ(snapshot(tmp.path()), before);

    ASSERT_TRUE(submitAndWait(QString::fromLatin1(kGood)));
    EXPECT_EQ(prompt()->mode(), PassphrasePrompt::Hidden);
    EXPECT_TRUE(prompt()->error().isEmpty());
    EXPECT_TRUE(app.startupError().isEmpty());
    ASSERT_EQ(app.tokens()->count(), 1);
    EXPECT_EQ(keys.size(), 0u);
}

TEST_F(PassphrasePromptTest, NoKeystoreButAVaultExistsAsksToUnlock)
{
    makePassphraseVault();
    keys.setUnavailable(QString::fromLatin1(kKeystoreMessage));
    startApp();
    EXPECT_EQ(prompt()->mode(), PassphrasePrompt::Unlock);
    ASSERT_TRUE(submitAndWait(QString::fromLatin1(kGood)));
    EXPECT_EQ(app.tokens()->count(), 1);
}

TEST_F(PassphrasePromptTest, DamagedVaultShowsItsOwnMessage)
{
    makePassphraseVault();
    startApp();
    ASSERT_EQ(prompt()->mode(), PassphrasePrompt::Unlock);
    // Both files are damaged while the page is shown.
    const auto files = snapshot(dir);
    ASSERT_FALSE(files.empty());
    for (const auto& entry : files) {
        QFile f(entry.first);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("garbage");
    }
    EXPECT_FALSE(submitAndWait(QString::fromLatin1(kGood)));
    EXPECT_EQ(prompt()->mode(), PassphrasePrompt::Unlock);
    EXPECT_EQ(prompt()->error(), ErrorText::forCode(otp::ErrorCode::VaultDamaged));
    EXPECT_EQ(app.tokens()->count(), 0);
}

TEST_F(PassphrasePromptTest, WithoutTheFallbackThereIsNoPrompt)
{
    keys.setUnavailable(QString::fromLatin1(kKeystoreMessage));
    startApp(false);
    EXPECT_EQ(prompt()->mode(), PassphrasePrompt::Hidden);
    EXPECT_FALSE(prompt()->submit(QString::fromLatin1(kGood), QString::fromLatin1(kGood)));
    EXPECT_FALSE(app.startupError().isEmpty());
    EXPECT_TRUE(snapshot(tmp.path()).empty());
}

}  // namespace

// The backup copy is a state one save older: the user hears about it once, at opening.
TEST_F(PassphrasePromptTest, OpeningTheBackupCopyIsReportedOnce)
{
    {
        VaultSession s(dir, &keys, fast());
        ASSERT_TRUE(s.create().ok());
        otp::KeyUri uri;
        uri.issuer = "Bank";
        uri.secret = otp::SecureBytes(20, 1);
        ASSERT_TRUE(s.addToken(uri, 1).ok());  // the backup now holds a good file
    }
    const QString main = platform::VaultStore(dir).path(platform::VaultStore::File::Main);
    QFile f(main);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 1);
    ASSERT_TRUE(f.seek(0));
    f.write(bytes);
    f.close();

    QSignalSpy notices(&app, &AppController::errorOccurred);
    startApp();
    ASSERT_EQ(notices.count(), 1);
    EXPECT_TRUE(notices.at(0).at(0).toString().contains(QStringLiteral("backup copy")));
    EXPECT_TRUE(app.startupError().isEmpty());

    // An intact vault says nothing.
    QTemporaryDir other;
    AppController clean;
    QSignalSpy none(&clean, &AppController::errorOccurred);
    QSignalSpy ready(&clean, &AppController::storeReady);
    clean.openStoreAsync([&]() -> otp::Result<std::shared_ptr<TokenRepository>> {
        auto session =
            std::make_shared<VaultSession>(other.filePath(QStringLiteral("d")), &keys, fast());
        if (auto ok = session->openOrCreate(); !ok)
            return ok.error();
        return std::shared_ptr<TokenRepository>(session);
    });
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(none.count(), 0);
}

// While locked, no seed and no vault key stays in memory: the session is freed and the list
// emptied; the right PIN opens the vault again. A PIN set at start defers the first opening.
TEST_F(PassphrasePromptTest, LockingClosesTheVaultAndUnlockingReopensIt)
{
    const QString ini = tmp.filePath(QStringLiteral("settings.ini"));
    platform::AppLock::Options cheap;
    cheap.kdf = {1024, 8, 1};
    app.lock()->open(ini, std::move(cheap));
    int opened = 0;
    std::weak_ptr<TokenRepository> live;
    auto opener = [&]() -> otp::Result<std::shared_ptr<TokenRepository>> {
        ++opened;
        auto session = std::make_shared<VaultSession>(dir, &keys, fast());
        if (auto ok = session->openOrCreate(); !ok)
            return ok.error();
        live = session;
        return std::shared_ptr<TokenRepository>(session);
    };
    {
        QSignalSpy ready(&app, &AppController::storeReady);
        app.openStoreAsync(opener);
        ASSERT_TRUE(ready.wait(10000));
    }
    otp::KeyUri uri;
    uri.issuer = "Bank";
    uri.secret = otp::SecureBytes(20, 7);
    ASSERT_TRUE(app.tokens()->add(uri).ok());
    ASSERT_EQ(app.lock()->setPin({}, QStringLiteral("2468"), QStringLiteral("2468")), QString());

    app.lock()->lockNow();
    EXPECT_TRUE(app.lock()->isLocked());
    EXPECT_EQ(app.tokens()->count(), 0);
    EXPECT_TRUE(live.expired()) << "the vault session (master key, seeds) is freed";

    {
        QSignalSpy ready(&app, &AppController::storeReady);
        ASSERT_TRUE(app.lock()->unlock(QStringLiteral("2468")));
        ASSERT_TRUE(ready.wait(10000));
    }
    EXPECT_EQ(opened, 2);
    ASSERT_EQ(app.tokens()->count(), 1);
    EXPECT_EQ(app.tokens()->tokenAt(0)->uri.issuer, "Bank");

    // The next start, with the PIN set: nothing is decrypted before the PIN.
    AppController next;
    platform::AppLock::Options cheapAgain;
    cheapAgain.kdf = {1024, 8, 1};
    next.lock()->open(ini, std::move(cheapAgain));
    ASSERT_TRUE(next.lock()->isLocked());
    next.openStoreAsync(opener);
    QTest::qWait(200);
    EXPECT_EQ(opened, 2);
    EXPECT_EQ(next.tokens()->count(), 0);
    QSignalSpy ready(&next, &AppController::storeReady);
    ASSERT_TRUE(next.lock()->unlock(QStringLiteral("2468")));
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(opened, 3);
    EXPECT_EQ(next.tokens()->count(), 1);
}
