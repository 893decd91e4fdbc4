#include <memory>

#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include "app_controller.h"
#include "platform/vault_session.h"

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

// The pages run with the style and import path the app uses.
class Setup : public QObject {
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Material")); }
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->rootContext()->setContextProperty(QStringLiteral("passphraseFixture"), &m_fixture);
    }

private:
    PassphraseFixture m_fixture;
};

QUICK_TEST_MAIN_WITH_SETUP(softtoken_qml, Setup)

#include "tst_qml.moc"
