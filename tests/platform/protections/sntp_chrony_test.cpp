// The SNTP client against a real NTP server: Debian's chronyd on 127.0.0.1, on a free
// unprivileged port, with its config, pid and drift files in a temporary directory, and -x so
// it never touches the system clock. Run by ctest as sntp_chrony (SOFTTOKEN_CHRONYD names the
// binary; the test skips, saying so, when it is not set).

#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <gtest/gtest.h>

#include "platform/error_code.h"
#include "platform/sntp_client.h"

namespace {

using namespace std::chrono_literals;

quint16 freeLoopbackPort()
{
    QUdpSocket probe;
    if (!probe.bind(QHostAddress::LocalHost, 0))
        return 0;
    return probe.localPort();  // released when probe closes; chronyd binds it next
}

class Chronyd {
public:
    enum class User { Root, NonRoot };

    ~Chronyd() { stop(); }

    // Starts chronyd; false (with the log in `failure`) if it did not start.
    bool start(User user, quint16 port, std::string& failure)
    {
        if (!m_dir.isValid()) {
            failure = "no temporary directory";
            return false;
        }
        // The non-root daemon must read the config and write its pid and drift files here.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther |
                                                QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup);
        const QString conf = m_dir.filePath(QStringLiteral("chrony.conf"));
        QFile file(conf);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
            failure = "cannot write chrony.conf";
            return false;
        }
        file.write(QStringLiteral("port %1\n"
                                  "bindaddress 127.0.0.1\n"
                                  "allow 127.0.0.1\n"
                                  "local stratum 8\n"
                                  "cmdport 0\n"
                                  "bindcmdaddress /\n"
                                  "pidfile %2/chronyd.pid\n"
                                  "driftfile %2/drift\n")
                       .arg(port)
                       .arg(m_dir.path())
                       .toUtf8());
        file.close();

        const QString chronyd = qEnvironmentVariable("SOFTTOKEN_CHRONYD");
        QStringList args = {QStringLiteral("-f"), conf, QStringLiteral("-d"), QStringLiteral("-x")};
        QString program = chronyd;
        if (user == User::NonRoot) {
            args.prepend(QStringLiteral("-U"));  // chronyd refuses non-root users without -U
            if (::geteuid() == 0) {
                args = QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                   QStringLiteral("--"), chronyd} +
                       args;
                program = QStringLiteral("runuser");
            }
        }
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program, args);
        if (!m_process.waitForStarted(5000)) {
            failure = "cannot start " + program.toStdString();
            return false;
        }
        return true;
    }

    bool running() const { return m_process.state() == QProcess::Running; }
    std::string log() { return m_process.readAll().toStdString(); }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

otp::Result<platform::SntpMeasurement> queryOnce(platform::SntpClient& client, quint16 port)
{
    std::optional<otp::Result<platform::SntpMeasurement>> result;
    client.query(QStringLiteral("127.0.0.1"), port, 250ms,
                 [&](otp::Result<platform::SntpMeasurement> r) { result.emplace(std::move(r)); });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 2000);
    if (!result)
        return otp::Error{platform::ErrorCode::SntpTimeout, "test: no callback"};
    return std::move(*result);
}

void checkAgainstChronyd(Chronyd::User user)
{
    if (qEnvironmentVariableIsEmpty("SOFTTOKEN_CHRONYD"))
        GTEST_SKIP() << "SOFTTOKEN_CHRONYD is not set (install Debian's chrony)";
    const quint16 port = freeLoopbackPort();
    ASSERT_NE(port, 0);
    Chronyd chronyd;
    std::string failure;
    ASSERT_TRUE(chronyd.start(user, port, failure)) << failure;

    // chronyd needs a moment to bind; retry a bounded number of times.
    platform::SntpClient client;
    std::optional<otp::Result<platform::SntpMeasurement>> last;
    for (int attempt = 0; attempt < 20 && chronyd.running(); ++attempt) {
        last.emplace(queryOnce(client, port));
        if (last->ok())
            break;
    }
    ASSERT_TRUE(last.has_value()) << "chronyd exited: " << chronyd.log();
    ASSERT_TRUE(last->ok()) << last->error().message << "\nchronyd log:\n" << chronyd.log();
    // Same machine, same clock: the offset is tiny; stratum 8 is the configured local stratum,
    // which proves chronyd (not something else on the port) answered.
    EXPECT_LT(std::abs((*last)->offsetMs), 500) << (*last)->offsetMs;
    EXPECT_EQ((*last)->stratum, 8);
    EXPECT_GE((*last)->roundTripMs, -1);
    EXPECT_LT((*last)->roundTripMs, 250);
    chronyd.stop();
}

TEST(SntpChrony, AsRoot)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "not running as root; SntpChrony.AsNonRoot covers this user";
    checkAgainstChronyd(Chronyd::User::Root);
}

TEST(SntpChrony, AsNonRoot)
{
    checkAgainstChronyd(Chronyd::User::NonRoot);
}

}  // namespace
