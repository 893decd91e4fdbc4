#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "app_settings.h"

namespace {

TEST(AppSettings, PersistsModeAndPreferencesAcrossRestarts)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        AppSettings settings;
        settings.openFile(path);
        EXPECT_FALSE(settings.registrationMode());
        settings.toggleMode();
        settings.setTheme(AppSettings::DarkTheme);
        settings.setLanguage(QStringLiteral("ja"));
        settings.setShowNextCode(false);
        settings.setTapToCopy(false);
        settings.setClipboardClearSeconds(60);
    }
    AppSettings again;
    again.openFile(path);
    EXPECT_TRUE(again.registrationMode());
    EXPECT_EQ(again.theme(), AppSettings::DarkTheme);
    EXPECT_EQ(again.language(), QStringLiteral("ja"));
    EXPECT_FALSE(again.showNextCode());
    EXPECT_FALSE(again.tapToCopy());
    EXPECT_EQ(again.clipboardClearSeconds(), 60);
}

TEST(AppSettings, BadValuesInTheFileFallBackToDefaults)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(QStringLiteral("ui/theme"), 7);
        raw.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
        raw.setValue(QStringLiteral("clipboard/clearSeconds"), -5);
    }
    AppSettings settings;
    settings.openFile(path);
    EXPECT_EQ(settings.theme(), AppSettings::SystemTheme);
    EXPECT_EQ(settings.language(), QString());
    EXPECT_EQ(settings.clipboardClearSeconds(), 30);
}

TEST(AppSettings, NeverStoresAnythingButPreferences)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    AppSettings settings;
    settings.openFile(path);
    settings.toggleMode();
    QSettings raw(path, QSettings::IniFormat);
    const QStringList allowed = {
        QStringLiteral("mode/registration"), QStringLiteral("ui/theme"),
        QStringLiteral("ui/language"),       QStringLiteral("ui/showNextCode"),
        QStringLiteral("ui/tapToCopy"),      QStringLiteral("clipboard/clearSeconds")};
    for (const QString& key : raw.allKeys())
        EXPECT_TRUE(allowed.contains(key)) << key.toStdString();
}

}  // namespace
