#include "language.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QStringList>

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

const QString& japaneseFamily()
{
    static const QString family = QStringLiteral("Noto Sans CJK JP");
    return family;
}

}  // namespace

void Language::applyFont()
{
    // One place chooses the font. Plain Qt Quick items (the start screen) take the application
    // font when they are created and do not follow later changes, and popups in a plain Window
    // take it through Controls' theme. So the Japanese family is also the fallback of every other
    // language's: kanji in an English screen (an issuer's name, or text still on screen after a
    // switch of language) get Japanese glyph shapes, not whatever fontconfig picks (often
    // Chinese). A family that is not installed is skipped when glyphs are matched.
    // The family the system font resolves to: its name may be an alias ("Sans Serif") that a
    // list of families would skip, falling through to the Japanese one for all text.
    static const QString systemFamily = QFontInfo(QGuiApplication::font()).family();
    const QString family = fontFamily();
    QStringList families{family.isEmpty() ? systemFamily : family};
    if (!families.contains(japaneseFamily()))
        families.append(japaneseFamily());
    QFont font = QGuiApplication::font();
    font.setFamilies(families);
    QGuiApplication::setFont(font);
}

QString Language::fontFamily() const
{
    // Without an explicit Japanese family, fontconfig may pick Chinese glyph shapes for kanji.
    if (m_code == QLatin1String("ja") && QFontDatabase::hasFamily(japaneseFamily()))
        return japaneseFamily();
    return {};
}
