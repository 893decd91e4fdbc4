#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class AppSettings;
class QQmlEngine;

// The UI language: installs the catalogue (:/i18n/softtoken_<code>.qm), sets the application
// font that suits it and retranslates QML. View models whose texts are made in C++ connect to
// retranslated(), so QML re-reads them. The saved setting (AppSettings::language, "" = the
// system's) is followed unless --lang overrides it; a choice in Settings beats --lang.
class Language : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    // Effective: "ja" or "en".
    Q_PROPERTY(QString code READ code NOTIFY retranslated)
    // The family the UI uses (the system's unless the language needs another); Theme binds it
    // for popups (Main.qml).
    Q_PROPERTY(QString fontFamily READ fontFamily NOTIFY retranslated)

public:
    explicit Language(QObject* parent = nullptr);
    ~Language() override;

    // Follows `settings` from now on, starting with its language now.
    void setSettings(AppSettings* settings);
    void setEngine(QQmlEngine* engine);
    // --lang: wins over the saved setting until the user picks a language in Settings.
    void setOverride(const QString& code);

    QString code() const { return m_code; }
    QString fontFamily() const;

Q_SIGNALS:
    // The language changed and QML was retranslated: texts made in C++ are stale.
    void retranslated();

private:
    void apply();
    void applyFont();

    QPointer<AppSettings> m_settings;
    QPointer<QQmlEngine> m_engine;
    QTranslator m_translator;
    QString m_override;
    QString m_code = QStringLiteral("en");
};
