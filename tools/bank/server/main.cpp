// softtoken-bank: a local bank for testers, the other half of the registration flow (the bank
// shows a provisioning QR code, the user registers the token's serial and OTP on the bank's
// page). A test tool: it listens on 127.0.0.1 only and keeps secrets in the clear.
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QHttpServer>

#include "api.h"
#include "pages.h"
#include "service.h"

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "softtoken-bank: %s\n", qPrintable(message));
    return 2;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("softtoken-bank"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local bank for testing SoftToken: issue a token (QR code), register it with serial "
        "number + one-time password + confirmation PIN, log in with OTPs. Pages at "
        "http://127.0.0.1:PORT/ja/ and /en/, a JSON API under /api/ (docs/bank-simulator.md)."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("TCP port on 127.0.0.1 (default 8080; 0 picks a "
                                                 "free one)."),
                                  QStringLiteral("P"), QStringLiteral("8080"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Where the bank keeps its state, bank.json "
                                                    "(default: the current directory)."),
                                     QStringLiteral("DIR"), QStringLiteral("."));
    const QCommandLineOption pin(QStringLiteral("confirmation-pin"),
                                 QStringLiteral("The contract's confirmation PIN (default 1234)."),
                                 QStringLiteral("PIN"), QStringLiteral("1234"));
    const QCommandLineOption maxFailures(
        QStringLiteral("max-failures"),
        QStringLiteral("Failed attempts in a row before a user is locked (default 5)."),
        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOptions({port, dataDir, pin, maxFailures});
    parser.process(app);

    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (!portOk || portNumber > 65535)
        return fail(QStringLiteral("--port must be 0 to 65535"));
    bool failuresOk = false;
    const int failures = parser.value(maxFailures).toInt(&failuresOk);
    if (!failuresOk || failures < 1)
        return fail(QStringLiteral("--max-failures must be at least 1"));

    bank::BankStore store(QDir(parser.value(dataDir)).absolutePath());
    auto state = store.load();
    if (!state)
        return fail(QString::fromStdString(state.failure().message));
    bank::Config config;
    config.confirmationPin = parser.value(pin).toStdString();
    config.maxFailures = failures;
    bank::Service service{bank::Bank(state.value(), config, otp::systemClock()), store};

    QHttpServer server;
    bank::addApiRoutes(server, service);
    bank::addPageRoutes(server, service);
    const quint16 listening =
        server.listen(QHostAddress::LocalHost, static_cast<quint16>(portNumber));
    if (listening == 0)
        return fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(portNumber));
    // Scripts (and the end-to-end test, with --port 0) read the port from this line.
    std::printf("softtoken-bank: listening on http://127.0.0.1:%u/ (state in %s)\n",
                unsigned(listening), qPrintable(store.filePath()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
