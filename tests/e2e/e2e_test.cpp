// End to end: the app's real start-up code (mobile/app_setup) under Xvfb with a temporary
// profile, a passphrase vault, a fake clock and a virtual camera showing a provisioning QR code.
// Drives the window with mouse clicks like a user: ≡ → Scan QR code → Add, checks the code
// shown, ≡ → Mode switch, checks the serial, then restarts on the same profile and checks that
// the token and the mode survived. A VIP Access URI gives the bank's credential ID as the serial
// in registration mode. Then, with no keystore: the passphrase screen (create, then unlock
// after a restart).
#include <algorithm>
#include <memory>

#include <QDir>
#include <QGuiApplication>
#include <QQuickGraphicsConfiguration>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtQml/qqmlextensionplugin.h>

#include "app_setup.h"
#include "otp/key_uri.h"
#include "otp/uri_generators.h"
#include "platform/import_export.h"
#include "platform/qr/qr_writer.h"
#include "platform/vault_store.h"

Q_IMPORT_QML_PLUGIN(SoftTokenPlugin)

namespace {

constexpr const char* kSetupUri =
    "otpauth://totp/Example%20Bank:taro?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
    "&issuer=Example%20Bank&serial=EXBK11112222";
constexpr qint64 kFakeTime = 1700000000;
// A VIP Access token as python-vipaccess writes it: the credential ID the bank registers is the
// label's account, and the issuer parameter differs from the label's prefix.
constexpr const char* kVipUri =
    "otpauth://totp/VIP%20Access:SYMC67913149?secret=JBSWY3DPEHPK3PXP&issuer=Symantec";
// oathtool --totp -b JBSWY3DPEHPK3PXP -N @1700000000 (tests/core/realworld/realworld_uris.tsv)
constexpr const char* kVipCodeAtFakeTime = "324 550";

// Items, popups (≡ menu, sheets) and their content, by objectName.
QObject* findNamed(QObject* root, const QString& name, QSet<QObject*>& seen)
{
    if (root == nullptr || seen.contains(root))
        return nullptr;
    seen.insert(root);
    if (root->objectName() == name)
        return root;
    QList<QObject*> next = root->children();
    if (auto* item = qobject_cast<QQuickItem*>(root)) {
        const auto childItems = item->childItems();
        for (QQuickItem* child : childItems)
            next << child;
    }
    if (auto* content = root->property("contentItem").value<QQuickItem*>())
        next << content;
    for (QObject* child : next) {
        if (QObject* found = findNamed(child, name, seen))
            return found;
    }
    return nullptr;
}

QQuickItem* item(QQuickWindow* window, const QString& name)
{
    QSet<QObject*> seen;
    QObject* found = findNamed(window, name, seen);
    if (found == nullptr) {
        QSet<QObject*> seen2;
        found = findNamed(window->contentItem(), name, seen2);
    }
    return qobject_cast<QQuickItem*>(found);
}

QObject* object(QQuickWindow* window, const QString& name)
{
    QSet<QObject*> seen;
    return findNamed(window, name, seen);
}

// Clicks the middle of `target` once it is shown. Returns false, with a warning, if there is no
// such item or it does not show up in time; callers QVERIFY the result (a QVERIFY in here would
// only return from this function, and the test would go on clicking).
[[nodiscard]] bool click(QQuickWindow* window, QQuickItem* target)
{
    if (target == nullptr) {
        qWarning("click: no such item");
        return false;
    }
    if (!QTest::qWaitFor([target] { return target->isVisible() && target->width() > 0; })) {
        qWarning("click: %s is not shown", qPrintable(target->objectName()));
        return false;
    }
    const QPointF center = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, center.toPoint());
    return true;
}

// ≡ → `itemName`: clicks the ≡ button, waits for the menu to open and clicks the item. Returns
// false, with a warning naming the step, if something does not show up in time (QTRY_VERIFY's
// 5 s); callers QVERIFY the result, since a QVERIFY in here would only return from this function.
[[nodiscard]] bool chooseFromMenu(QQuickWindow* window, const QString& itemName)
{
    const auto shown = [window](const QString& name) -> QQuickItem* {
        QQuickItem* found = nullptr;
        if (QTest::qWaitFor([&] {
                found = item(window, name);
                return found != nullptr && found->isVisible() && found->width() > 0;
            }))
            return found;
        qWarning("chooseFromMenu: %s is not shown", qPrintable(name));
        return nullptr;
    };
    QQuickItem* button = shown(QStringLiteral("menuButton"));
    if (button == nullptr)
        return false;
    if (!click(window, button))
        return false;
    if (!QTest::qWaitFor([window] {
            QObject* menu = object(window, QStringLiteral("appMenu"));
            return menu != nullptr && menu->property("opened").toBool();
        })) {
        qWarning("chooseFromMenu: the menu (appMenu) did not open");
        return false;
    }
    QQuickItem* menuItem = shown(itemName);
    if (menuItem == nullptr)
        return false;
    return click(window, menuItem);
}

// Types ASCII text into the window's focused item, one key press per character.
void typeText(QQuickWindow* window, const QString& text)
{
    window->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTRY_VERIFY(window->activeFocusItem() != nullptr);
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
}

// Whether any visible item in the window shows `text` (spaces ignored), popups included.
bool showsText(QQuickItem* root, const QString& text)
{
    if (root == nullptr || !root->isVisible())
        return false;
    const QVariant shown = root->property("text");
    if (shown.isValid() &&
        shown.toString().remove(QLatin1Char(' ')).contains(QString(text).remove(QLatin1Char(' '))))
        return true;
    const auto children = root->childItems();
    for (QQuickItem* child : children) {
        if (showsText(child, text))
            return true;
    }
    return false;
}

QString expectedCode(const char* setupUri, qint64 now)
{
    auto uri = otp::parseKeyUri(setupUri);
    auto generator = otp::totpGeneratorFor(*uri);
    auto code = generator->codeAt(now);
    const QString digits = QString::fromStdString(*code);
    return digits.left(3) + QLatin1Char(' ') + digits.mid(3);
}

// QSG_RENDER_LOOP came from the caller's environment, not from chooseRendering().
bool renderLoopSetOutside = false;

}  // namespace

class EndToEnd : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(profile.isValid());
        QFile passphrase(profile.filePath(QStringLiteral("passphrase")));
        QVERIFY(passphrase.open(QIODevice::WriteOnly));
        passphrase.write("correct horse battery staple\n");
        passphrase.close();
        auto qr = platform::qr::writeQr(kSetupUri);
        QVERIFY(qr.ok());
        QVERIFY(qr->save(profile.filePath(QStringLiteral("setup-qr.png"))));
    }

    void provisionThroughTheVirtualCameraAndSwitchMode()
    {
        auto app = start(true);
        QQuickWindow* window = windowOf(*app);
        QVERIFY(window);
        // One blended pass, no depth buffer: a pipeline fewer to compile before the first code
        // (docs/ui.md, Performance).
        QVERIFY(!window->graphicsConfiguration().isDepthBufferEnabledFor2D());
        QCOMPARE(QQuickWindow::textRenderType(), QQuickWindow::NativeTextRendering);
        // Under Xvfb (xcb) the scene graph renders on the GUI thread (chooseRendering()): a
        // frame is swapped there.
        if (QGuiApplication::platformName() == QLatin1String("xcb") && !renderLoopSetOutside) {
            // Shared, not a reference: the connection may outlive this scope if the check fails.
            auto swappedOn = std::make_shared<QThread*>(nullptr);
            QObject::connect(
                window, &QQuickWindow::frameSwapped, window,
                [swappedOn] { *swappedOn = QThread::currentThread(); },
                Qt::ConnectionType(Qt::DirectConnection | Qt::SingleShotConnection));
            window->update();
            QTRY_VERIFY(*swappedOn != nullptr);
            QCOMPARE(*swappedOn, QCoreApplication::instance()->thread());
        }
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // First run: nothing saved yet.
        QTRY_VERIFY_WITH_TIMEOUT(!app->controller.loading(), 15000);
        QTRY_VERIFY(item(window, QStringLiteral("instructions")) != nullptr);

        // ≡ → Scan QR code: the virtual camera shows the bank's code.
        QQuickItem* menuButton = item(window, QStringLiteral("menuButton"));
        QVERIFY(menuButton != nullptr);
        QCOMPARE(menuButton->property("text").toString(), QStringLiteral("≡"));
        QVERIFY(chooseFromMenu(window, QStringLiteral("scanItem")));

        // The confirmation sheet shows the serial and the first code; nothing saved before Add.
        // (created when the first scan is ready, not at start-up)
        QObject* sheet = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (sheet = object(window, QStringLiteral("confirmSheet"))) != nullptr, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(sheet->property("opened").toBool(), 15000);
        QCOMPARE(app->controller.tokens()->count(), 0);
        QCOMPARE(app->controller.addToken()->pending()->serial(), QStringLiteral("EXBK 1111 2222"));
        QCOMPARE(app->controller.addToken()->pending()->issuer(), QStringLiteral("Example Bank"));
        QVERIFY(click(window, item(window, QStringLiteral("addButton"))));
        QTRY_COMPARE(app->controller.tokens()->count(), 1);
        QTRY_VERIFY(!sheet->property("visible").toBool());  // exit transition done

        // The token screen shows the code for the fake clock.
        QQuickItem* code = nullptr;
        QTRY_VERIFY((code = item(window, QStringLiteral("codeView"))) != nullptr);
        QTRY_COMPARE(code->property("text").toString(),
                     expectedCode(kSetupUri, app->controller.clock()->now()));

        // ≡ → Mode switch: the serial appears next to the code.
        QQuickItem* serialFrame = item(window, QStringLiteral("serialFrame"));
        QVERIFY(serialFrame);
        QVERIFY(!serialFrame->isVisible());
        QVERIFY(chooseFromMenu(window, QStringLiteral("modeSwitchItem")));
        QTRY_VERIFY(app->controller.settings()->registrationMode());
        QTRY_VERIFY(serialFrame->isVisible());
        QCOMPARE(item(window, QStringLiteral("serialView"))->property("text").toString(),
                 QStringLiteral("EXBK 1111 2222"));
        QVERIFY(code->isVisible());
    }

    void restartKeepsTheTokenAndTheMode()
    {
        auto app = start(false);
        QQuickWindow* window = windowOf(*app);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY_WITH_TIMEOUT(!app->controller.loading(), 15000);
        QVERIFY2(app->controller.startupError().isEmpty(),
                 qPrintable(app->controller.startupError()));
        QCOMPARE(app->controller.tokens()->count(), 1);
        QVERIFY(app->controller.settings()->registrationMode());
        QQuickItem* serial = nullptr;
        QTRY_VERIFY((serial = item(window, QStringLiteral("serialView"))) != nullptr);
        QTRY_VERIFY(serial->isVisible());
        QCOMPARE(serial->property("text").toString(), QStringLiteral("EXBK 1111 2222"));
        QTRY_COMPARE(item(window, QStringLiteral("codeView"))->property("text").toString(),
                     expectedCode(kSetupUri, app->controller.clock()->now()));
    }

    void wrongPassphraseIsAReadableError()
    {
        QFile wrong(profile.filePath(QStringLiteral("wrong")));
        QVERIFY(wrong.open(QIODevice::WriteOnly));
        wrong.write("not it\n");
        wrong.close();
        CommandLineOptions options = baseOptions(false);
        options.passphraseFile = wrong.fileName();
        auto app = std::make_unique<RunningApp>();
        QVERIFY(startApp(*app, options));
        QVERIFY(app->controller.loading());  // unlocking runs off the GUI thread
        QTRY_VERIFY_WITH_TIMEOUT(!app->controller.loading(), 15000);
        QVERIFY(app->controller.startupError().contains(QStringLiteral("Wrong passphrase")));
        QCOMPARE(app->controller.tokens()->count(), 0);
        // A --passphrase-file is the tester's choice: no passphrase screen.
        QVERIFY(!app->controller.passphrase()->active());
    }

    // No keystore answers (main() points D-Bus at a socket that does not exist, so QtKeychain
    // fails with error 7): the app says why and asks for a new passphrase; after a restart it
    // asks for that passphrase, refuses a wrong one and then shows the tokens.
    void passphraseScreenWithoutAKeystore()
    {
        CommandLineOptions options = baseOptions(false);
        options.dataDir = profile.filePath(QStringLiteral("no-keystore"));
        options.passphraseFile.clear();
        const QString passphrase = QStringLiteral("tanuki kitsune 2026");
        {
            auto app = std::make_unique<RunningApp>();
            QVERIFY(startApp(*app, options));
            QQuickWindow* window = windowOf(*app);
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QTRY_VERIFY_WITH_TIMEOUT(!app->controller.loading(), 30000);
            PassphrasePrompt* prompt = app->controller.passphrase();
            QCOMPARE(prompt->mode(), PassphrasePrompt::Create);
            QVERIFY2(prompt->detail().contains(QStringLiteral("error 7")),
                     qPrintable(prompt->detail()));
            const platform::VaultStore files(options.dataDir);
            QVERIFY(!files.exists(platform::VaultStore::File::Main));  // nothing written yet
            QVERIFY(!files.exists(platform::VaultStore::File::Backup));

            QQuickItem* field = nullptr;
            QTRY_VERIFY((field = item(window, QStringLiteral("passphraseField"))) != nullptr);
            QTRY_VERIFY(!item(window, QStringLiteral("stack"))->property("busy").toBool());
            QTRY_VERIFY(item(window, QStringLiteral("detail"))->isVisible());
            QVERIFY(click(window, field));
            typeText(window, passphrase);
            QVERIFY(click(window, item(window, QStringLiteral("repeatField"))));
            typeText(window, passphrase);
            QCOMPARE(field->property("text").toString(), passphrase);
            QVERIFY(click(window, item(window, QStringLiteral("submitButton"))));
            QTRY_VERIFY2_WITH_TIMEOUT(!prompt->active(), qPrintable(prompt->error()), 15000);
            QVERIFY2(app->controller.startupError().isEmpty(),
                     qPrintable(app->controller.startupError()));
            // The normal start screen; the token added now is saved under the passphrase.
            QTRY_VERIFY(item(window, QStringLiteral("instructions")) != nullptr);
            QTRY_VERIFY(item(window, QStringLiteral("instructions"))->isVisible());
            QCOMPARE(app->controller.addToken()->offerPayload(kSetupUri), QString());
            QCOMPARE(app->controller.addToken()->confirmPending(), QString());
            QCOMPARE(app->controller.tokens()->count(), 1);
            QVERIFY(files.exists(platform::VaultStore::File::Main));
        }
        {
            auto app = std::make_unique<RunningApp>();
            QVERIFY(startApp(*app, options));
            QQuickWindow* window = windowOf(*app);
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QTRY_VERIFY_WITH_TIMEOUT(!app->controller.loading(), 30000);
            PassphrasePrompt* prompt = app->controller.passphrase();
            QCOMPARE(prompt->mode(), PassphrasePrompt::Unlock);
            QCOMPARE(app->controller.tokens()->count(), 0);

            QQuickItem* field = nullptr;
            QTRY_VERIFY((field = item(window, QStringLiteral("passphraseField"))) != nullptr);
            QTRY_VERIFY(!item(window, QStringLiteral("stack"))->property("busy").toBool());
            QVERIFY(click(window, field));
            typeText(window, QStringLiteral("tanuki kitsune 2025"));
            QVERIFY(click(window, item(window, QStringLiteral("submitButton"))));
            QQuickItem* error = item(window, QStringLiteral("errorLabel"));
            QVERIFY(error);
            QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
            QVERIFY(
                error->property("text").toString().contains(QStringLiteral("Wrong passphrase")));
            QCOMPARE(field->property("text").toString(), QString());  // cleared for a retry
            QCOMPARE(prompt->mode(), PassphrasePrompt::Unlock);

            QVERIFY(click(window, field));
            typeText(window, passphrase);
            QTest::keyClick(window, Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(!prompt->active(), 15000);
            QCOMPARE(app->controller.tokens()->count(), 1);
            QQuickItem* code = nullptr;
            QTRY_VERIFY((code = item(window, QStringLiteral("codeView"))) != nullptr);
            QTRY_VERIFY(code->isVisible());
            QTRY_COMPARE(code->property("text").toString(),
                         expectedCode(kSetupUri, app->controller.clock()->now()));
        }
    }

    // The bank's serial is the ID in the label, from the scan to registration mode.
    void vipAccessUriShowsTheBankSerialInRegistrationMode()
    {
        auto qr = platform::qr::writeQr(kVipUri);
        QVERIFY(qr.ok());
        QVERIFY(qr->save(profile.filePath(QStringLiteral("vip-qr.png"))));
        auto app = std::make_unique<RunningApp>();
        QVERIFY(startOnTheScanPage(*app, QStringLiteral("vip"),
                                   profile.filePath(QStringLiteral("vip-qr.png"))));
        QQuickWindow* window = windowOf(*app);

        QObject* sheet = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (sheet = object(window, QStringLiteral("confirmSheet"))) != nullptr, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(sheet->property("opened").toBool(), 15000);
        QCOMPARE(app->controller.addToken()->pending()->issuer(), QStringLiteral("Symantec"));
        QCOMPARE(app->controller.addToken()->pending()->serial(), QStringLiteral("SYMC 6791 3149"));
        QQuickItem* source = item(window, QStringLiteral("pendingSerialSource"));
        QVERIFY(source);
        QCOMPARE(source->property("text").toString(), QStringLiteral("From your bank"));
        QVERIFY(click(window, item(window, QStringLiteral("addButton"))));
        QTRY_COMPARE(app->controller.tokens()->count(), 1);
        QTRY_VERIFY(!sheet->property("visible").toBool());

        QQuickItem* code = nullptr;
        QTRY_VERIFY((code = item(window, QStringLiteral("codeView"))) != nullptr);
        QCOMPARE(expectedCode(kVipUri, kFakeTime), QLatin1String(kVipCodeAtFakeTime));
        QTRY_COMPARE(code->property("text").toString(),
                     expectedCode(kVipUri, app->controller.clock()->now()));

        QVERIFY(chooseFromMenu(window, QStringLiteral("modeSwitchItem")));
        QTRY_VERIFY(app->controller.settings()->registrationMode());
        QQuickItem* serial = nullptr;
        QTRY_VERIFY((serial = item(window, QStringLiteral("serialView"))) != nullptr);
        QTRY_VERIFY(serial->isVisible());
        QCOMPARE(serial->property("text").toString(), QStringLiteral("SYMC 6791 3149"));
        QQuickItem* serialSource = item(window, QStringLiteral("serialSource"));
        QVERIFY(serialSource);
        QCOMPARE(serialSource->property("text").toString(), QStringLiteral("From your bank"));
    }

    // App lock: a PIN set in Settings locks the next start; nothing of the token is on screen
    // until the right PIN (a wrong one says so), then the code shows.
    void appLockAtStartHidesTheTokenUntilTheRightPin()
    {
        CommandLineOptions options = baseOptions(false);
        options.dataDir = profile.filePath(QStringLiteral("locked"));
        const QString code = expectedCode(kSetupUri, kFakeTime);
        {
            auto app = std::make_unique<RunningApp>();
            QVERIFY(startApp(*app, options));
            QQuickWindow* window = windowOf(*app);
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QTRY_VERIFY_WITH_TIMEOUT(!app->controller.loading(), 15000);
            QVERIFY(!app->controller.lock()->isLocked());
            QCOMPARE(app->controller.addToken()->offerPayload(kSetupUri), QString());
            QObject* sheet = nullptr;
            QTRY_VERIFY((sheet = object(window, QStringLiteral("confirmSheet"))) != nullptr);
            QTRY_VERIFY(sheet->property("opened").toBool());
            QVERIFY(click(window, item(window, QStringLiteral("addButton"))));
            QTRY_COMPARE(app->controller.tokens()->count(), 1);
            QTRY_VERIFY(!sheet->property("visible").toBool());

            // ≡ → Settings → Set a PIN…
            QVERIFY(chooseFromMenu(window, QStringLiteral("settingsItem")));
            QQuickItem* setPin = nullptr;
            QTRY_VERIFY((setPin = item(window, QStringLiteral("setPinButton"))) != nullptr);
            QTRY_VERIFY(!item(window, QStringLiteral("stack"))->property("busy").toBool());
            QVERIFY(click(window, setPin));
            QTRY_VERIFY(object(window, QStringLiteral("pinDialog"))->property("opened").toBool());
            QVERIFY(click(window, item(window, QStringLiteral("newPinField"))));
            typeText(window, QStringLiteral("4826"));
            QVERIFY(click(window, item(window, QStringLiteral("repeatPinField"))));
            typeText(window, QStringLiteral("4826"));
            QVERIFY(click(window, item(window, QStringLiteral("pinOkButton"))));
            QTRY_VERIFY_WITH_TIMEOUT(app->controller.lock()->isEnabled(), 10000);
            QVERIFY(!app->controller.lock()->isLocked());
        }
        QFile settings(QDir(options.dataDir).filePath(QStringLiteral("settings.ini")));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains("4826"));  // only the scrypt hash is stored

        auto app = std::make_unique<RunningApp>();
        QVERIFY(startApp(*app, options));
        QQuickWindow* window = windowOf(*app);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(app->controller.lock()->isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(!app->controller.loading(), 15000);
        // Nothing is decrypted before the PIN: the vault is opened only after it.
        QTest::qWait(300);
        QCOMPARE(app->controller.tokens()->count(), 0);
        QQuickItem* lockPage = nullptr;
        QTRY_VERIFY((lockPage = item(window, QStringLiteral("lockPage"))) != nullptr);
        QTRY_VERIFY(lockPage->isVisible());
        QTest::qWait(300);  // a few frames
        // The root item: pages, header and popups.
        QQuickItem* root = window->contentItem();
        QVERIFY(!showsText(root, code));
        QVERIFY(!showsText(root, QStringLiteral("Example Bank")));
        QVERIFY(!showsText(root, QStringLiteral("EXBK")));
        QVERIFY(showsText(root, QStringLiteral("Enter your PIN")));

        for (const char* digit : {"digit1", "digit1", "digit1", "digit1", "okButton"})
            QVERIFY(click(window, item(window, QString::fromLatin1(digit))));
        QTRY_VERIFY(item(window, QStringLiteral("errorLabel"))->isVisible());
        QVERIFY(item(window, QStringLiteral("errorLabel"))
                    ->property("text")
                    .toString()
                    .startsWith(QStringLiteral("Wrong PIN.")));
        QVERIFY(app->controller.lock()->isLocked());
        QVERIFY(!showsText(root, code));

        QVERIFY(click(window, item(window, QStringLiteral("pinField"))));
        typeText(window, QStringLiteral("4826"));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!app->controller.lock()->isLocked(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(app->controller.tokens()->count(), 1, 15000);
        QTRY_VERIFY(showsText(root, code));
        QVERIFY(item(window, QStringLiteral("codeView"))->isVisible());
    }

    // Import: ≡ → Import / Export, a list of links (the file dialog is the platform's; the
    // page hands its choice to ImportFlow::openFile), the preview, Import; the tokens are in the
    // vault after a restart.
    void importAFileThroughThePreview()
    {
        CommandLineOptions options = baseOptions(false);
        options.dataDir = profile.filePath(QStringLiteral("import"));
        const QString list = profile.filePath(QStringLiteral("links.txt"));
        {
            QFile file(list);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("otpauth://totp/Bank:taro?secret=JBSWY3DPEHPK3PXP&issuer=Bank\n"
                                  "otpauth://hotp/Mail:hana?secret=MFRGGZDFMZTWQ2LK&issuer=Mail"
                                  "&counter=2\n"));
        }
        {
            auto app = std::make_unique<RunningApp>();
            QVERIFY(startApp(*app, options));
            QQuickWindow* window = windowOf(*app);
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QTRY_VERIFY_WITH_TIMEOUT(!app->controller.loading(), 15000);
            QVERIFY(chooseFromMenu(window, QStringLiteral("importExportItem")));
            QTRY_VERIFY(item(window, QStringLiteral("importFileButton")) != nullptr);
            app->controller.importFlow()->openFile(QUrl::fromLocalFile(list));
            QQuickItem* importButton = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT(
                (importButton = item(window, QStringLiteral("importTokensButton"))) != nullptr,
                10000);
            QTRY_VERIFY(!item(window, QStringLiteral("stack"))->property("busy").toBool());
            QVERIFY(showsText(window->contentItem(), QStringLiteral("2 tokens found")));
            QCOMPARE(app->controller.tokens()->count(), 0);
            QVERIFY(click(window, importButton));
            QTRY_COMPARE(app->controller.tokens()->count(), 2);
            QTRY_VERIFY(showsText(window->contentItem(), QStringLiteral("2 tokens imported.")));
        }
        auto app = std::make_unique<RunningApp>();
        QVERIFY(startApp(*app, options));
        QTRY_VERIFY_WITH_TIMEOUT(!app->controller.loading(), 15000);
        QCOMPARE(app->controller.tokens()->count(), 2);
        QCOMPARE(app->controller.tokens()->tokenAt(1)->uri.counter, 2U);
    }

    // Google Authenticator's three export codes in front of the (virtual) camera: the
    // scan page collects them, the preview opens, Import stores all and returns to the tokens.
    void googleAuthenticatorBatchOnTheScanPage()
    {
        std::vector<otp::KeyUri> tokens;
        for (int i = 0; i < 21; ++i) {
            auto uri = otp::parseKeyUri("otpauth://totp/Issuer" + std::to_string(i) +
                                        ":u?secret=JBSWY3DPEHPK3PXP");
            QVERIFY(uri.ok());
            uri->issuer = "Issuer" + std::to_string(i);
            uri->secret.push_back(static_cast<std::uint8_t>(i));
            tokens.push_back(std::move(uri).value());
        }
        std::vector<otp::interop::UnsupportedEntry> skipped;
        auto images = platform::gaMigrationQrImages(tokens, 31337, skipped);
        QVERIFY(images.ok());
        QCOMPARE(images->size(), std::size_t{3});
        QDir().mkpath(profile.filePath(QStringLiteral("ga")));
        for (std::size_t i = 0; i < images->size(); ++i)
            QVERIFY((*images)[i].scaled(400, 400).save(
                profile.filePath(QStringLiteral("ga/ga-%1.png").arg(i + 1))));

        auto app = std::make_unique<RunningApp>();
        QVERIFY(startOnTheScanPage(*app, QStringLiteral("ga-import"),
                                   profile.filePath(QStringLiteral("ga"))));
        QQuickWindow* window = windowOf(*app);
        QQuickItem* importButton = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (importButton = item(window, QStringLiteral("importTokensButton"))) != nullptr, 20000);
        QTRY_VERIFY(!item(window, QStringLiteral("stack"))->property("busy").toBool());
        QVERIFY(showsText(window->contentItem(), QStringLiteral("21 tokens found")));
        QVERIFY(click(window, importButton));
        QTRY_COMPARE(app->controller.tokens()->count(), 21);
        QTRY_COMPARE(item(window, QStringLiteral("stack"))->property("depth").toInt(), 1);
        QVERIFY(!app->controller.importFlow()->collectingBatch());
    }

    // A code in front of the camera that does not decode (its middle is noise): the scan page
    // says how to help instead of staying silent.
    void undecodableCodeOnTheScanPageGetsAdvice()
    {
        platform::qr::QrWriteOptions writeOptions;
        writeOptions.scale = 6;
        auto code = platform::qr::writeQr(
            "otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", writeOptions);
        QVERIFY(code.ok());
        QImage damaged = code->convertToFormat(QImage::Format_Grayscale8);
        const int side = damaged.width() / 2;
        for (int y = side / 2; y < side / 2 + side; ++y) {
            uchar* line = damaged.scanLine(y);
            for (int x = side / 2; x < side / 2 + side; ++x)
                line[x] = ((x * 7 + y * 13) % 5) < 2 ? 0 : 255;
        }
        QImage frame(640, 480, QImage::Format_Grayscale8);
        frame.fill(255);
        for (int y = 0; y < damaged.height() && 40 + y < frame.height(); ++y)
            std::copy_n(damaged.constScanLine(y), std::min(damaged.width(), 600),
                        frame.scanLine(40 + y) + 40);
        const QString path = profile.filePath(QStringLiteral("damaged-qr.png"));
        QVERIFY(frame.save(path));

        auto app = std::make_unique<RunningApp>();
        QVERIFY(startOnTheScanPage(*app, QStringLiteral("advice"), path));
        QQuickWindow* window = windowOf(*app);
        QQuickItem* message = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((message = item(window, QStringLiteral("scanMessage"))) != nullptr,
                                 15000);
        QTRY_COMPARE_WITH_TIMEOUT(
            message->property("text").toString(),
            QStringLiteral("A QR code is in view but blurred. Hold the phone still for a moment."),
            20000);
        QCOMPARE(app->controller.tokens()->count(), 0);
    }

private:
    CommandLineOptions baseOptions(bool withCamera)
    {
        CommandLineOptions options;
        options.dataDir = profile.filePath(QStringLiteral("profile"));
        options.passphraseFile = profile.filePath(QStringLiteral("passphrase"));
        options.fakeTime = kFakeTime;
        options.language = QStringLiteral("en");
        if (withCamera)
            options.virtualCamera = profile.filePath(QStringLiteral("setup-qr.png"));
        return options;
    }

    // Starts the app on a new profile folder with `camera` as the virtual camera, waits until the
    // vault is open and opens ≡ → Scan QR code. False when a step did not happen.
    [[nodiscard]] bool startOnTheScanPage(RunningApp& app, const QString& profileName,
                                          const QString& camera)
    {
        CommandLineOptions options = baseOptions(false);
        options.dataDir = profile.filePath(profileName);
        options.virtualCamera = camera;
        if (!startApp(app, options))
            return false;
        QQuickWindow* window = windowOf(app);
        return QTest::qWaitForWindowExposed(window) &&
               QTest::qWaitFor([&app] { return !app.controller.loading(); }, 15000) &&
               chooseFromMenu(window, QStringLiteral("scanItem"));
    }

    std::unique_ptr<RunningApp> start(bool withCamera)
    {
        auto app = std::make_unique<RunningApp>();
        if (!startApp(*app, baseOptions(withCamera)))
            return nullptr;
        return app;
    }

    static QQuickWindow* windowOf(RunningApp& app)
    {
        return qobject_cast<QQuickWindow*>(app.engine.rootObjects().value(0));
    }

    QTemporaryDir profile;
};

int main(int argc, char** argv)
{
    // No keystore: a session bus address that leads nowhere (QtKeychain then reports error 7).
    // The other cases use --passphrase-file and never ask the keystore.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/softtoken-e2e-no-bus");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationVersion(QStringLiteral("e2e"));
    QQuickStyle::setStyle(QStringLiteral("Material"));
    renderLoopSetOutside = qEnvironmentVariableIsSet("QSG_RENDER_LOOP");
    chooseRendering();  // as main() does
    EndToEnd test;
    return QTest::qExec(&test, argc, argv);
}

#include "e2e_test.moc"
