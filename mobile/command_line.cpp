#include "command_line.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#if SOFTTOKEN_TESTER_OPTIONS
namespace {

CommandLineResult parseTesterOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("SoftToken: one-time passwords for your bank."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Keep the vault and settings in DIR."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption virtualCamera(
        QStringLiteral("virtual-camera"),
        QStringLiteral("Scan from a video or image FILE instead of a camera."),
        QStringLiteral("FILE"));
    const QCommandLineOption timeOffset(QStringLiteral("time-offset"),
                                        QStringLiteral("Shift the clock by SECONDS (test clock)."),
                                        QStringLiteral("SECONDS"));
    const QCommandLineOption fakeTime(
        QStringLiteral("fake-time"),
        QStringLiteral("Start the clock at UNIX_SECONDS; it then runs (test clock)."),
        QStringLiteral("UNIX_SECONDS"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("User interface language: ja or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption passphraseFile(
        QStringLiteral("passphrase-file"),
        QStringLiteral("Unlock the vault with the passphrase in FILE (first line)."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Save the start screen to FILE.png once it has settled, and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshotDelay(
        QStringLiteral("screenshot-delay"),
        QStringLiteral("Milliseconds to wait after the first frame (default 700)."),
        QStringLiteral("MS"));
    const QCommandLineOption registrationMode(
        QStringLiteral("registration-mode"),
        QStringLiteral("Start in registration mode (serial number + one-time password)."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Show an in-memory demo token (RFC 6238 test key); nothing is saved."));
    const QCommandLineOption demoCount(QStringLiteral("demo-count"),
                                       QStringLiteral("With --demo: show N demo tokens (1-5)."),
                                       QStringLiteral("N"));
    const QCommandLineOption screen(
        QStringLiteral("screen"),
        QStringLiteral("Open a screen first: home, manual, settings, about, scan, import, menu, "
                       "confirm, lock (needs a PIN in the profile), clock, import-preview, export "
                       "(for screenshots)."),
        QStringLiteral("NAME"));
    const QCommandLineOption printFirstCodeTime(
        QStringLiteral("print-first-code-time"),
        QStringLiteral("Print the Unix time in ms when the first code is on screen (benchmarks)."));
    parser.addOptions({dataDir, virtualCamera, timeOffset, fakeTime, lang, passphraseFile,
                       screenshot, screenshotDelay, registrationMode, demo, demoCount, screen,
                       printFirstCodeTime});
    parser.process(app);

    CommandLineResult result;
    CommandLineOptions o;
    o.dataDir = parser.value(dataDir);
    o.virtualCamera = parser.value(virtualCamera);
    o.passphraseFile = parser.value(passphraseFile);
    o.screenshot = parser.value(screenshot);
    o.registrationMode = parser.isSet(registrationMode);
    o.demo = parser.isSet(demo);
    o.printFirstCodeTime = parser.isSet(printFirstCodeTime);
    bool ok = true;
    if (parser.isSet(timeOffset)) {
        o.timeOffset = parser.value(timeOffset).toLongLong(&ok);
        if (!ok) {
            result.errorText = QStringLiteral("--time-offset needs whole seconds, got \"%1\"")
                                   .arg(parser.value(timeOffset));
            return result;
        }
    }
    if (parser.isSet(fakeTime)) {
        const qint64 t = parser.value(fakeTime).toLongLong(&ok);
        if (!ok || t < 0) {
            result.errorText = QStringLiteral("--fake-time needs Unix seconds >= 0, got \"%1\"")
                                   .arg(parser.value(fakeTime));
            return result;
        }
        o.fakeTime = t;
    }
    if (parser.isSet(lang)) {
        o.language = parser.value(lang);
        if (o.language != QLatin1String("ja") && o.language != QLatin1String("en")) {
            result.errorText =
                QStringLiteral("--lang must be ja or en, got \"%1\"").arg(o.language);
            return result;
        }
    }
    if (parser.isSet(screenshotDelay)) {
        o.screenshotDelayMs = parser.value(screenshotDelay).toInt(&ok);
        if (!ok || o.screenshotDelayMs < 0) {
            result.errorText = QStringLiteral("--screenshot-delay needs milliseconds, got \"%1\"")
                                   .arg(parser.value(screenshotDelay));
            return result;
        }
    }
    if (parser.isSet(demoCount)) {
        o.demoCount = parser.value(demoCount).toInt(&ok);
        if (!ok || o.demoCount < 1 || o.demoCount > 5) {
            result.errorText = QStringLiteral("--demo-count must be 1 to 5, got \"%1\"")
                                   .arg(parser.value(demoCount));
            return result;
        }
        o.demo = true;
    }
    if (parser.isSet(screen)) {
        static const QStringList screens = {
            QStringLiteral("home"),  QStringLiteral("manual"),         QStringLiteral("settings"),
            QStringLiteral("about"), QStringLiteral("scan"),           QStringLiteral("import"),
            QStringLiteral("menu"),  QStringLiteral("confirm"),        QStringLiteral("lock"),
            QStringLiteral("clock"), QStringLiteral("import-preview"), QStringLiteral("export")};
        o.screen = parser.value(screen);
        if (!screens.contains(o.screen)) {
            result.errorText = QStringLiteral("--screen must be one of %1, got \"%2\"")
                                   .arg(screens.join(QStringLiteral(", ")), o.screen);
            return result;
        }
    }
    result.options = o;
    return result;
}

}  // namespace
#endif

CommandLineResult parseCommandLine(const QCoreApplication& app)
{
#if SOFTTOKEN_TESTER_OPTIONS
    return parseTesterOptions(app);
#else
    // A phone release build has no options at all, not even --help: its launcher can be started
    // by any other app, with arguments Qt takes from the intent (mobile/android, H-1 in
    // docs/threat-model.md). Whatever arrives is ignored.
    Q_UNUSED(app);
    CommandLineResult result;
    result.options = CommandLineOptions{};
    return result;
#endif
}
