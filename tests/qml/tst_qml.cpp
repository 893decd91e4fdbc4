#include <memory>

#include <QFile>
#include <QHostAddress>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>
#include <QtTest/qtestcase.h>

#include "app_controller.h"
#include "fake_camera_permission.h"
#include "fake_sntp_server.h"
#include "local_only_network.h"
#include "platform/vault_session.h"
#include "scripted_repository.h"

Q_IMPORT_QML_PLUGIN(SoftTokenPlugin)

// For tst_passphrase_page.qml: puts an AppController's passphrase prompt in a mode, on a fresh
// temporary data directory (cheap scrypt), as the app does when the vault cannot be opened.
class PassphraseFixture : public QObject {
    Q_OBJECT

public:
    Q_INVOKABLE void createMode(AppController* app, const QString& detail)
    {
        app->setPassphraseFallback(freshDirectory(), fast());
        app->passphrase()->begin(PassphrasePrompt::Create, detail);
    }
    // A vault with a passphrase slot only, and the prompt in unlock mode.
    Q_INVOKABLE bool unlockMode(AppController* app, const QString& passphrase)
    {
        const QString dir = freshDirectory();
        platform::VaultSession session(dir, nullptr, fast());
        const QByteArray utf8 = passphrase.toUtf8();
        const otp::SecureString secret(std::string_view(utf8.constData(), utf8.size()));
        if (!session.create(&secret))
            return false;
        app->setPassphraseFallback(dir, fast());
        app->passphrase()->begin(PassphrasePrompt::Unlock);
        return true;
    }

private:
    static platform::VaultSession::Options fast()
    {
        platform::VaultSession::Options options;
        options.scrypt = {4, 1, 1};
        return options;
    }
    QString freshDirectory()
    {
        m_dirs.push_back(std::make_unique<QTemporaryDir>());
        return m_dirs.back()->filePath(QStringLiteral("data"));
    }

    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;
};

// A fingerprint sensor that always recognises the finger (there is no real back end yet).
class FakeBiometric final : public platform::BiometricAuthenticator {
public:
    bool isAvailable() const override { return true; }
    void authenticate(const QString&, std::function<void(otp::Result<void>)> done) override
    {
        done(otp::Result<void>{});
    }
};

// For tst_lock_page.qml, tst_settings_lock.qml and tst_clock_check_page.qml: an app
// lock with cheap scrypt (in memory), and a fake time server on 127.0.0.1.
class ProtectionsFixture : public QObject {
    Q_OBJECT

public:
    Q_INVOKABLE void cheapLock(AppController* app, bool withBiometric = false)
    {
        platform::AppLock::Options options;
        options.kdf = {1024, 8, 1};
        if (withBiometric)
            options.biometric = std::make_unique<FakeBiometric>();
        app->lock()->open(QString(), std::move(options));
    }
    // Points the app's clock check at a fresh local server `shiftSeconds` ahead (or a silent
    // one); the page still shows and sends only what the user typed.
    Q_INVOKABLE void localTimeServer(AppController* app, int shiftSeconds, bool silent)
    {
        m_servers.push_back(std::make_unique<FakeSntpServer>(qint64{shiftSeconds} * 1000));
        m_servers.back()->silent = silent;
        app->clockCheck()->setPort(m_servers.back()->port());
        app->clockCheck()->setTimeout(std::chrono::milliseconds(silent ? 300 : 3000));
    }
    // A phone's camera permission, not granted yet: the next request grants it, or refuses
    // (keeping the rationale, or for good).
    Q_INVOKABLE void fakeCamera(AppController* app, bool grantOnRequest, bool rationaleAfterRefusal)
    {
        auto answers = std::make_shared<FakeCameraAnswers>();
        answers->grantOnRequest = grantOnRequest;
        answers->rationaleAfterRefusal = rationaleAfterRefusal;
        app->camera()->usePermission(std::make_unique<FakeCameraPermission>(answers));
    }
    Q_INVOKABLE int requests() const
    {
        int n = 0;
        for (const auto& server : m_servers)
            n += server->requests;
        return n;
    }

private:
    std::vector<std::unique_ptr<FakeSntpServer>> m_servers;
};

// For tst_rich_text.qml: a web server on 127.0.0.1 that only counts who connects. A name with
// <img src="http://127.0.0.1:PORT/beacon.png"> must never reach it.
class BeaconFixture : public QObject {
    Q_OBJECT
    Q_PROPERTY(int port READ port CONSTANT)

public:
    // Not in the constructor: the Setup object exists before the application, and a server
    // that listens before there is an event dispatcher never hears of its connections.
    void start()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++m_connections;
                socket->deleteLater();
            }
        });
    }
    int port() const { return m_server.serverPort(); }
    Q_INVOKABLE int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    int m_connections = 0;
};

// For tst_import_export.qml: export files to import, in a temporary directory.
class ImportFixture : public QObject {
    Q_OBJECT

public:
    Q_INVOKABLE QUrl writeFile(const QString& name, const QString& text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            return {};
        return QUrl::fromLocalFile(path);
    }

private:
    QTemporaryDir m_dir;
};

// For tst_token_list.qml: an in-memory store that counts its saves (drag reorder saves once).
class StoreFixture : public QObject {
    Q_OBJECT

public:
    Q_INVOKABLE void countSaves(AppController* app)
    {
        m_store =
            std::make_shared<testsupport::ScriptedRepository>(app->tokens()->repository().vault());
        app->setStore(m_store);
    }
    Q_INVOKABLE int saves() const { return m_store ? m_store->saveCount() : 0; }

private:
    std::shared_ptr<testsupport::ScriptedRepository> m_store;
};

// Every QML warning fails the test function it happens in: a binding that reads `undefined`, a
// type error, a binding loop or a failed assignment is a bug even when the test's own checks
// pass. The engine emits warnings() before it logs the message, so the pattern is in place when
// Qt Test sees it (patterns last one test function, so each warning renews it). A test that
// expects a warning says so with ignoreWarning(), which takes precedence.
void failOnQmlWarnings(QQmlEngine& engine)
{
    QObject::connect(&engine, &QQmlEngine::warnings, &engine,
                     [] { QTest::failOnWarning(QRegularExpression(QStringLiteral(".?"))); });
}

// The pages run with the style and import path the app uses.
class Setup : public QObject {
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Material")); }
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        failOnQmlWarnings(*engine);
        // As the app does (mobile/app_setup.cpp): no QML content reaches the network.
        installLocalOnlyNetwork(*engine);
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->rootContext()->setContextProperty(QStringLiteral("passphraseFixture"), &m_fixture);
        engine->rootContext()->setContextProperty(QStringLiteral("importFixture"), &m_import);
        if (!m_beaconStarted) {
            m_beacon.start();
            m_beaconStarted = true;
        }
        engine->rootContext()->setContextProperty(QStringLiteral("beacon"), &m_beacon);
        engine->rootContext()->setContextProperty(QStringLiteral("storeFixture"), &m_store);
        engine->rootContext()->setContextProperty(QStringLiteral("protectionsFixture"),
                                                  &m_protections);
    }

private:
    PassphraseFixture m_fixture;
    ImportFixture m_import;
    BeaconFixture m_beacon;
    bool m_beaconStarted = false;
    StoreFixture m_store;
    ProtectionsFixture m_protections;
};

QUICK_TEST_MAIN_WITH_SETUP(softtoken_qml, Setup)

#include "tst_qml.moc"
