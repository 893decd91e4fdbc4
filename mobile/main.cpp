#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(SoftTokenPlugin)

namespace {

// --screenshot: once the first frame is on screen and animations have settled, save the
// window and quit. Used by the README's pictures and by screenshot tests.
void saveScreenshotWhenSettled(QQmlApplicationEngine& engine, const QString& path)
{
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
    if (window == nullptr)
        return;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [window, path] {
            QTimer::singleShot(500, window, [window, path] {
                const bool saved = window->grabWindow().save(path);
                QCoreApplication::exit(saved ? 0 : 1);
            });
        },
        Qt::SingleShotConnection);
}

}  // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("SoftToken"));
    QGuiApplication::setOrganizationName(QStringLiteral("SoftToken"));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the start screen to FILE and quit."),
                                        QStringLiteral("FILE"));
    parser.addOption(screenshot);
    parser.process(app);

    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/SoftToken/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (parser.isSet(screenshot))
        saveScreenshotWhenSettled(engine, parser.value(screenshot));
    return QGuiApplication::exec();
}
