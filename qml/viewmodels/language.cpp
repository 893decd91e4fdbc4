#include "language.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlEngine>

#include "app_settings.h"

Language::Language(QObject* parent) : QObject(parent) {}

Language::~Language()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void Language::setSettings(AppSettings* settings)
{
    if (m_settings)
        disconnect(m_settings, nullptr, this, nullptr);
    m_settings = settings;
    if (m_settings)
        connect(m_settings, &AppSettings::languageChanged, this, [this] {
            m_override.clear();  // an explicit choice in Settings wins over --lang
            apply();
        });
    apply();
}

void Language::setEngine(QQmlEngine* engine)
{
    m_engine = engine;
}

void Language::setOverride(const QString& code)
{
    m_override = code;
    apply();
}

void Language::apply()
{
    QString wanted = m_override;
    if (wanted.isEmpty() && m_settings)
        wanted = m_settings->language();
    if (wanted.isEmpty())
        wanted =
            QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
    QCoreApplication::removeTranslator(&m_translator);
    // English needs its catalogue too: it holds the plural forms ("1 second", "2 seconds").
    if (m_translator.load(QStringLiteral(":/i18n/softtoken_") + wanted))
        QCoreApplication::installTranslator(&m_translator);
    else
        qWarning("Translation %s missing from the resources", qPrintable(wanted));
    const bool changed = wanted != m_code;
    m_code = wanted;
    applyFont();
    // Without setEngine(): the engine that created the owner (an AppController in a QML test).
    QQmlEngine* engine = m_engine ? m_engine.data() : parent() ? qmlEngine(parent()) : nullptr;
    if (engine)
        engine->retranslate();
    if (changed)
        Q_EMIT retranslated();
}

namespace {

// The application font's family before the first change.
QString systemFamily()
{
    static const QString family = QGuiApplication::font().family();
    return family;
}

}  // namespace

void Language::applyFont()
{
    // The window is a plain Window (the start screen loads no Controls), so menus, sheets and
    // dialogs take their font from the application, not from a parent: set the family there.
    (void)systemFamily();  // before the first change
    QFont font = QGuiApplication::font();
    font.setFamily(fontFamily());
    QGuiApplication::setFont(font);
}

QString Language::fontFamily() const
{
    // Without an explicit Japanese family, fontconfig may pick Chinese glyph shapes for kanji.
    static const QString japanese = QStringLiteral("Noto Sans CJK JP");
    if (m_code == QLatin1String("ja") && QFontDatabase::hasFamily(japanese))
        return japanese;
    return systemFamily();
}
