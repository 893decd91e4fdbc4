#include <functional>
#include <limits>
#include <optional>

#include <QDateTime>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include <gtest/gtest.h>

#include "platform/error_code.h"
#include "platform/sntp_client.h"

namespace {

using namespace std::chrono_literals;
namespace sntp = platform::sntp;

std::uint64_t readU64(const QByteArray& bytes, int at)
{
    std::uint64_t value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | static_cast<std::uint8_t>(bytes[at + i]);
    return value;
}

void writeU64(QByteArray& bytes, int at, std::uint64_t value)
{
    for (int i = 0; i < 8; ++i)
        bytes[at + i] = static_cast<char>((value >> (56 - 8 * i)) & 0xff);
}

// A server reply built by hand: header byte, stratum, originate, receive and transmit stamps.
QByteArray reply(int li, int vn, int mode, int stratum, std::uint64_t origin, qint64 t2Ms,
                 qint64 t3Ms)
{
    QByteArray packet(48, '\0');
    packet[0] = static_cast<char>((li << 6) | (vn << 3) | mode);
    packet[1] = static_cast<char>(stratum);
    writeU64(packet, 24, origin);
    writeU64(packet, 32, sntp::toNtp(t2Ms));
    writeU64(packet, 40, sntp::toNtp(t3Ms));
    return packet;
}

otp::Result<platform::SntpMeasurement> parse(const QByteArray& packet, std::uint64_t nonce,
                                             qint64 t1, qint64 t4)
{
    return sntp::parseReply({reinterpret_cast<const std::uint8_t*>(packet.constData()),
                             static_cast<std::size_t>(packet.size())},
                            nonce, t1, t4);
}

TEST(SntpPacket, RequestLayout)
{
    const QByteArray request = sntp::buildRequest(0x0123456789abcdefULL);
    ASSERT_EQ(request.size(), 48);
    EXPECT_EQ(static_cast<std::uint8_t>(request[0]), 0x23);  // LI 0, VN 4, mode 3
    for (int i = 1; i < 40; ++i)
        EXPECT_EQ(request[i], '\0') << i;
    EXPECT_EQ(readU64(request, 40), 0x0123456789abcdefULL);
}

TEST(SntpPacket, TimestampConversion)
{
    EXPECT_EQ(sntp::toNtp(0), std::uint64_t{2'208'988'800} << 32);
    EXPECT_EQ(sntp::fromNtp(std::uint64_t{2'208'988'800} << 32), 0);
    EXPECT_EQ(sntp::toNtp(500) & 0xffffffffu, 0x80000000u);  // half a second
    for (qint64 ms : {qint64{0}, qint64{1'234}, qint64{1'700'000'000'123},
                      qint64{2'085'978'495'999}, qint64{2'085'978'496'000},  // era 0 ends
                      qint64{2'208'988'800'000}})                            // 2040, era 1
        EXPECT_EQ(sntp::fromNtp(sntp::toNtp(ms)), ms) << ms;
}

TEST(SntpPacket, OffsetAndDelay)
{
    // Device sends at 1000, server receives at 121010 and answers at 121020 (server time),
    // device receives at 1040: delay 40 - 10 = 30 ms, offset (120010 + 119980) / 2 = 119995 ms.
    const qint64 base = 1'700'000'000'000;
    auto m = parse(reply(0, 4, 4, 2, 42, base + 121'010, base + 121'020), 42, base + 1'000,
                   base + 1'040);
    ASSERT_TRUE(m.ok()) << m.error().message;
    EXPECT_EQ(m->offsetMs, 119'995);
    EXPECT_EQ(m->roundTripMs, 30);
    EXPECT_EQ(m->stratum, 2);

    auto behind = parse(reply(0, 3, 4, 1, 7, base - 45'000, base - 45'000), 7, base, base);
    ASSERT_TRUE(behind.ok());
    EXPECT_EQ(behind->offsetMs, -45'000);
}

TEST(SntpPacket, RejectsMalformedReplies)
{
    const qint64 t = 1'700'000'000'000;
    struct Case {
        const char* what;
        QByteArray packet;
        platform::ErrorCode code;
    };
    QByteArray kod = reply(3, 4, 4, 0, 9, 0, 0);
    kod.replace(12, 4, "RATE");
    const Case cases[] = {
        {"short", reply(0, 4, 4, 2, 9, t, t).left(47), platform::ErrorCode::SntpBadReply},
        {"empty", QByteArray(), platform::ErrorCode::SntpBadReply},
        {"client mode", reply(0, 4, 3, 2, 9, t, t), platform::ErrorCode::SntpBadReply},
        {"broadcast mode", reply(0, 4, 5, 2, 9, t, t), platform::ErrorCode::SntpBadReply},
        {"version 2", reply(0, 2, 4, 2, 9, t, t), platform::ErrorCode::SntpBadReply},
        {"other request", reply(0, 4, 4, 2, 10, t, t), platform::ErrorCode::SntpBadReply},
        {"stratum 16", reply(0, 4, 4, 16, 9, t, t), platform::ErrorCode::SntpBadReply},
        {"zero transmit",
         [&] {
             QByteArray p = reply(0, 4, 4, 2, 9, t, t);
             writeU64(p, 40, 0);
             return p;
         }(),
         platform::ErrorCode::SntpBadReply},
        {"zero receive",
         [&] {
             QByteArray p = reply(0, 4, 4, 2, 9, t, t);
             writeU64(p, 32, 0);
             return p;
         }(),
         platform::ErrorCode::SntpBadReply},
        {"unsynchronised", reply(3, 4, 4, 2, 9, t, t), platform::ErrorCode::SntpUnsynchronized},
        {"kiss of death", kod, platform::ErrorCode::SntpUnsynchronized},
    };
    for (const Case& c : cases) {
        auto m = parse(c.packet, 9, t, t);
        ASSERT_FALSE(m.ok()) << c.what;
        EXPECT_EQ(m.error().code, c.code) << c.what << ": " << m.error().message;
    }
    EXPECT_NE(parse(kod, 9, t, t).error().message.find("RATE"), std::string::npos);
}

// Well-formed replies whose times cannot be right: an on-path attacker can still forge a
// plausible one, but not move the codes by days or years, nor overflow the offset.
TEST(SntpPacket, RejectsImplausibleReplies)
{
    const qint64 t = 1'700'000'000'000;  // 2023-11-14, a plausible device clock
    const qint64 hour = 3'600'000;
    struct Case {
        const char* what;
        QByteArray packet;
        qint64 t1;
        qint64 t4;
    };
    const Case cases[] = {
        {"two days ahead", reply(0, 4, 4, 2, 9, t + 48 * hour, t + 48 * hour), t, t},
        {"two hours behind", reply(0, 4, 4, 2, 9, t - 2 * hour, t - 2 * hour), t, t},
        {"server in 2101", reply(0, 4, 4, 2, 9, 4'133'980'800'000, 4'133'980'800'000), 1, 1},
        {"server in 2019", reply(0, 4, 4, 2, 9, 1'546'300'800'000, 1'546'300'800'000), t, t},
        {"answered before received", reply(0, 4, 4, 2, 9, t + 10, t), t, t + 20},
        {"negative round trip", reply(0, 4, 4, 2, 9, t, t + 100), t, t + 10},
        {"three-second round trip", reply(0, 4, 4, 2, 9, t, t), t - 1'500, t + 1'500},
        {"root distance over 1 s",
         [&] {
             QByteArray p = reply(0, 4, 4, 2, 9, t, t);
             p[8] = 0;  // root dispersion 2.0 s (16.16 fixed point)
             p[9] = 2;
             return p;
         }(),
         t, t},
    };
    for (const Case& c : cases) {
        auto m = parse(c.packet, 9, c.t1, c.t4);
        ASSERT_FALSE(m.ok()) << c.what;
        EXPECT_EQ(m.error().code, platform::ErrorCode::SntpImplausible)
            << c.what << ": " << m.error().message;
    }
    // Within the bounds: 80 minutes, a 1.5 s round trip.
    EXPECT_TRUE(parse(reply(0, 4, 4, 2, 9, t + 80 * 60'000, t + 80 * 60'000), 9, t, t).ok());
    EXPECT_TRUE(parse(reply(0, 4, 4, 2, 9, t, t), 9, t - 750, t + 750).ok());
    EXPECT_TRUE(parse(reply(0, 4, 4, 2, 9, t, t + 1), 9, t, t).ok()) << "1 ms of rounding";
    // A device clock stuck in 2000 (dead battery) may be corrected by decades, and the
    // offset in seconds does not overflow.
    const qint64 y2000 = 946'684'800'000;
    auto far = parse(reply(0, 4, 4, 2, 9, t, t), 9, y2000, y2000);
    ASSERT_TRUE(far.ok()) << far.error().message;
    EXPECT_EQ(far->offsetMs, t - y2000);
}

// A tiny SNTP server on 127.0.0.1 whose clock runs `shiftMs` ahead of the system clock.
// `mangle` can rewrite its answer; `silent` drops every request.
class FakeServer {
public:
    explicit FakeServer(qint64 shiftMs) : m_shiftMs(shiftMs)
    {
        EXPECT_TRUE(m_socket.bind(QHostAddress::LocalHost, 0));
        QObject::connect(&m_socket, &QUdpSocket::readyRead, [this] { answer(); });
    }
    quint16 port() const { return m_socket.localPort(); }

    std::function<QByteArray(QByteArray)> mangle;
    bool silent = false;
    int requests = 0;

private:
    void answer()
    {
        for (int i = 0; i < 16 && m_socket.hasPendingDatagrams(); ++i) {
            const QNetworkDatagram request = m_socket.receiveDatagram();
            ++requests;
            if (silent || request.data().size() != 48)
                continue;
            const qint64 now = QDateTime::currentMSecsSinceEpoch() + m_shiftMs;
            QByteArray packet = reply(0, 4, 4, 3, readU64(request.data(), 40), now, now + 1);
            if (mangle)
                packet = mangle(packet);
            m_socket.writeDatagram(packet, request.senderAddress(), request.senderPort());
        }
    }

    qint64 m_shiftMs;
    QUdpSocket m_socket;
};

// Runs one query to completion (bounded by the client's own timeout plus a margin).
otp::Result<platform::SntpMeasurement> runQuery(platform::SntpClient& client, quint16 port,
                                                std::chrono::milliseconds timeout = 2000ms,
                                                const QString& host = QStringLiteral("127.0.0.1"))
{
    std::optional<otp::Result<platform::SntpMeasurement>> result;
    client.query(host, port, timeout, [&](otp::Result<platform::SntpMeasurement> r) {
        EXPECT_FALSE(result.has_value()) << "callback called twice";
        result.emplace(std::move(r));
    });
    const bool done = QTest::qWaitFor([&] { return result.has_value(); },
                                      static_cast<int>(timeout.count()) + 3000);
    if (!done)
        return otp::Error{platform::ErrorCode::SntpTimeout, "test: the callback never came"};
    return std::move(*result);
}

TEST(SntpClient, MeasuresAClockAhead)
{
    FakeServer server(120'000);
    platform::SntpClient client;
    auto m = runQuery(client, server.port());
    ASSERT_TRUE(m.ok()) << m.error().message;
    EXPECT_NEAR(static_cast<double>(m->offsetMs), 120'000.0, 1000.0);
    EXPECT_GE(m->roundTripMs, -1);
    EXPECT_LT(m->roundTripMs, 1000);
    EXPECT_EQ(m->stratum, 3);
    EXPECT_FALSE(client.isBusy());
}

TEST(SntpClient, MeasuresAClockBehindWithAnInjectedDeviceClock)
{
    // The device clock is 300 s fast; the server is right: the offset says -300 s.
    FakeServer server(0);
    platform::SntpClient client([] { return QDateTime::currentMSecsSinceEpoch() + 300'000; });
    auto m = runQuery(client, server.port());
    ASSERT_TRUE(m.ok()) << m.error().message;
    EXPECT_NEAR(static_cast<double>(m->offsetMs), -300'000.0, 1000.0);
}

TEST(SntpClient, TimesOut)
{
    FakeServer server(0);
    server.silent = true;
    platform::SntpClient client;
    QElapsedTimer elapsed;
    elapsed.start();
    auto m = runQuery(client, server.port(), 300ms);
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.error().code, platform::ErrorCode::SntpTimeout);
    EXPECT_GE(elapsed.elapsed(), 250);
    EXPECT_EQ(server.requests, 1);
}

TEST(SntpClient, ForgedOrShortRepliesAreIgnoredThenReported)
{
    FakeServer server(0);
    server.mangle = [](QByteArray) { return QByteArray("garbage!!!"); };
    platform::SntpClient client;
    auto m = runQuery(client, server.port(), 300ms);
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.error().code, platform::ErrorCode::SntpBadReply) << m.error().message;
}

TEST(SntpClient, AnAuthenticBadReplyEndsTheQueryAtOnce)
{
    FakeServer server(0);
    server.mangle = [](QByteArray p) {
        p[1] = 0;  // stratum 0: kiss-of-death
        p.replace(12, 4, "DENY");
        return p;
    };
    platform::SntpClient client;
    QElapsedTimer elapsed;
    elapsed.start();
    auto m = runQuery(client, server.port(), 5000ms);
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.error().code, platform::ErrorCode::SntpUnsynchronized);
    EXPECT_LT(elapsed.elapsed(), 4000);
}

TEST(SntpClient, BadServerSettings)
{
    platform::SntpClient client;
    EXPECT_EQ(runQuery(client, 123, 300ms, QString()).error().code,
              platform::ErrorCode::SntpBadServer);
    EXPECT_EQ(runQuery(client, 0, 300ms).error().code, platform::ErrorCode::SntpBadServer);
    auto unresolvable = runQuery(client, 123, 3000ms, QStringLiteral("no-such-host.invalid"));
    ASSERT_FALSE(unresolvable.ok());
    EXPECT_TRUE(unresolvable.error().code == platform::ErrorCode::SntpNetwork ||
                unresolvable.error().code == platform::ErrorCode::SntpTimeout)
        << unresolvable.error().message;
}

TEST(SntpMeasurement, OffsetInWholeSecondsRoundsAndClamps)
{
    platform::SntpMeasurement m;
    m.offsetMs = 120'000;
    EXPECT_EQ(m.offsetSeconds(), 120);
    m.offsetMs = 1'499;
    EXPECT_EQ(m.offsetSeconds(), 1);
    m.offsetMs = -1'500;
    EXPECT_EQ(m.offsetSeconds(), -2);
    m.offsetMs = std::numeric_limits<qint64>::max();  // a device clock decades off
    EXPECT_EQ(m.offsetSeconds(), std::numeric_limits<int>::max());
}

}  // namespace
