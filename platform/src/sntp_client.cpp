#include "platform/sntp_client.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <utility>

#include <QHostInfo>
#include <QNetworkDatagram>
#include <QRandomGenerator>

namespace platform {

namespace sntp {

namespace {

constexpr std::uint64_t kEraSeconds = std::uint64_t{1} << 32;

std::uint64_t readU64(std::span<const std::uint8_t> bytes, std::size_t at)
{
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < 8; ++i)
        value = (value << 8) | bytes[at + i];
    return value;
}

otp::Error badReply(const std::string& why)
{
    return otp::Error{ErrorCode::SntpBadReply, "SNTP reply rejected: " + why};
}

otp::Error implausible(const std::string& why)
{
    return otp::Error{ErrorCode::SntpImplausible, "SNTP reply not plausible: " + why};
}

// A 16.16 fixed-point NTP short format (root delay, root dispersion) in milliseconds.
qint64 shortMs(std::span<const std::uint8_t> bytes, std::size_t at)
{
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < 4; ++i)
        value = (value << 8) | bytes[at + i];
    return static_cast<qint64>((value * 1000) >> 16);
}

bool plausibleTime(qint64 unixMs)
{
    return unixMs >= kPlausibleFromMs && unixMs < kPlausibleUntilMs;
}

}  // namespace

QByteArray buildRequest(std::uint64_t nonce)
{
    QByteArray packet(kPacketSize, '\0');
    packet[0] = static_cast<char>((0 << 6) | (4 << 3) | 3);  // LI 0, VN 4, mode 3 (client)
    for (int i = 0; i < 8; ++i)
        packet[40 + i] = static_cast<char>((nonce >> (56 - 8 * i)) & 0xff);
    return packet;
}

std::uint64_t toNtp(qint64 unixMs)
{
    const qint64 unixSeconds = unixMs >= 0 ? unixMs / 1000 : (unixMs - 999) / 1000;
    const qint64 ms = unixMs - unixSeconds * 1000;
    const auto seconds = static_cast<std::uint64_t>(unixSeconds + kNtpToUnixSeconds) % kEraSeconds;
    const std::uint64_t fraction = (static_cast<std::uint64_t>(ms) << 32) / 1000;
    return (seconds << 32) | fraction;
}

qint64 fromNtp(std::uint64_t ntp)
{
    std::int64_t seconds = static_cast<std::int64_t>(ntp >> 32);
    if ((seconds & 0x80000000) == 0)
        seconds += static_cast<std::int64_t>(kEraSeconds);  // era 1: 2036-02-07 onwards
    const std::uint64_t fraction = ntp & 0xffffffffu;
    const auto ms = static_cast<qint64>((fraction * 1000 + (std::uint64_t{1} << 31)) >> 32);
    return (seconds - kNtpToUnixSeconds) * 1000 + ms;
}

otp::Result<SntpMeasurement> parseReply(std::span<const std::uint8_t> reply, std::uint64_t nonce,
                                        qint64 sentMs, qint64 receivedMs)
{
    if (reply.size() < kPacketSize)
        return badReply(std::to_string(reply.size()) + " bytes, expected at least 48");
    const int leap = reply[0] >> 6;
    const int version = (reply[0] >> 3) & 7;
    const int mode = reply[0] & 7;
    const int stratum = reply[1];
    if (mode != 4)
        return badReply("mode " + std::to_string(mode) + ", expected 4 (server)");
    if (version != 3 && version != 4)
        return badReply("version " + std::to_string(version));
    if (readU64(reply, 24) != nonce)
        return badReply("originate timestamp does not match the request");
    if (stratum == 0) {
        std::string code;
        for (std::size_t i = 12; i < 16; ++i)
            if (reply[i] >= 0x20 && reply[i] < 0x7f)
                code.push_back(static_cast<char>(reply[i]));
        return otp::Error{ErrorCode::SntpUnsynchronized,
                          "the server sent a kiss-of-death packet (" + code + ")"};
    }
    if (leap == 3)
        return otp::Error{ErrorCode::SntpUnsynchronized,
                          "the server's clock is not synchronised (leap indicator 3)"};
    if (stratum > 15)
        return badReply("stratum " + std::to_string(stratum));
    const std::uint64_t receive = readU64(reply, 32);
    const std::uint64_t transmit = readU64(reply, 40);
    if (transmit == 0)
        return badReply("zero transmit timestamp");
    if (receive == 0)
        return badReply("zero receive timestamp");

    const qint64 t1 = sentMs;
    const qint64 t2 = fromNtp(receive);
    const qint64 t3 = fromNtp(transmit);
    const qint64 t4 = receivedMs;
    SntpMeasurement m;
    m.offsetMs = ((t2 - t1) + (t3 - t4)) / 2;
    m.roundTripMs = (t4 - t1) - (t3 - t2);
    m.stratum = stratum;
    // Sanity bounds (docs/protections.md "Clock check"). None stops an on-path attacker, who
    // can write any reply; together they keep a forged or broken one from moving the codes far.
    if (!plausibleTime(t2) || !plausibleTime(t3) || t3 < t2)
        return implausible("server time outside 2020..2100 or sent before it was received");
    // A few ms below zero is timestamp rounding (millisecond clocks, a server that answers in
    // under a millisecond); more means the server claims to have worked longer than we waited.
    if (m.roundTripMs < -kRoundTripToleranceMs || m.roundTripMs > kMaxRoundTripMs || t4 < t1)
        return implausible("round trip of " + std::to_string(m.roundTripMs) + " ms");
    // RFC 5905 §7.3: a server whose root distance exceeds one second is not a usable source.
    const qint64 rootDistanceMs = shortMs(reply, 4) / 2 + shortMs(reply, 8);
    if (rootDistanceMs > kMaxRootDistanceMs)
        return implausible("root distance of " + std::to_string(rootDistanceMs) + " ms");
    // A device clock that is itself implausible (a dead clock battery: 1970 or 2000) may need
    // any correction; a plausible one is never more than 90 minutes off without the user
    // knowing, and a larger shift is what a pre-play attack would need.
    if (plausibleTime(t1) && (m.offsetMs > kMaxOffsetMs || m.offsetMs < -kMaxOffsetMs))
        return implausible("offset of " + std::to_string(m.offsetMs / 1000) + " s");
    return m;
}

}  // namespace sntp

SntpClient::SntpClient(otp::MsClock clock, QObject* parent)
    : QObject(parent), m_clock(std::move(clock))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(otp::Error{ErrorCode::SntpTimeout, "no reply from the time server"});
    });
    connect(&m_socket, &QUdpSocket::readyRead, this, &SntpClient::onReadyRead);
}

SntpClient::~SntpClient()
{
    cancel();
}

void SntpClient::query(const QString& host, quint16 port, std::chrono::milliseconds timeout,
                       Callback done)
{
    cancel();
    if (host.trimmed().isEmpty() || port == 0) {
        done(otp::Error{ErrorCode::SntpBadServer, "no time server configured"});
        return;
    }
    m_done = std::move(done);
    m_port = port;
    m_timeout.start(static_cast<int>(timeout.count()));
    QHostAddress literal;
    if (literal.setAddress(host.trimmed())) {
        onLookup(literal);
        return;
    }
    m_lookupId = QHostInfo::lookupHost(host.trimmed(), this, [this](const QHostInfo& info) {
        m_lookupId = -1;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            finish(otp::Error{ErrorCode::SntpNetwork, "cannot resolve the time server: " +
                                                          info.errorString().toStdString()});
            return;
        }
        onLookup(info.addresses().constFirst());
    });
}

void SntpClient::cancel()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
    m_timeout.stop();
    m_done = nullptr;
    m_lastIgnored.reset();
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.close();
}

void SntpClient::onLookup(const QHostAddress& address)
{
    m_server = address;
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.close();
    const QHostAddress any = address.protocol() == QAbstractSocket::IPv6Protocol
                                 ? QHostAddress(QHostAddress::AnyIPv6)
                                 : QHostAddress(QHostAddress::AnyIPv4);
    if (!m_socket.bind(any, 0)) {
        finish(otp::Error{ErrorCode::SntpNetwork,
                          "cannot open a UDP socket: " + m_socket.errorString().toStdString()});
        return;
    }
    QRandomGenerator::system()->generate(&m_nonce, &m_nonce + 1);
    m_sentMs = m_clock();
    if (m_socket.writeDatagram(sntp::buildRequest(m_nonce), m_server, m_port) !=
        qint64{sntp::kPacketSize})
        finish(otp::Error{ErrorCode::SntpNetwork, "cannot send to the time server: " +
                                                      m_socket.errorString().toStdString()});
}

void SntpClient::onReadyRead()
{
    // Bounded: one pass over what is queued now.
    while (m_done && m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket.receiveDatagram(512);
        const qint64 receivedMs = m_clock();
        if (!datagram.isValid() || datagram.senderPort() != m_port ||
            !datagram.senderAddress().isEqual(m_server, QHostAddress::TolerantConversion))
            continue;  // not from our server
        const QByteArray data = datagram.data();
        const std::span<const std::uint8_t> bytes(
            reinterpret_cast<const std::uint8_t*>(data.constData()),
            static_cast<std::size_t>(data.size()));
        auto result = sntp::parseReply(bytes, m_nonce, m_sentMs, receivedMs);
        // A reply that cannot be matched to our request may be forged or stale: keep waiting for
        // the real one. One that echoes our nonce is the server's answer, good or bad.
        const bool matched = data.size() >= 48 && [&] {
            std::uint64_t origin = 0;
            for (int i = 24; i < 32; ++i)
                origin = (origin << 8) | static_cast<std::uint8_t>(data[i]);
            return origin == m_nonce;
        }();
        if (result || matched) {
            finish(std::move(result));
            return;
        }
        m_lastIgnored = result.error();
    }
}

void SntpClient::finish(otp::Result<SntpMeasurement> result)
{
    Callback done = std::move(m_done);
    m_done = nullptr;
    m_timeout.stop();
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    m_lookupId = -1;
    m_socket.close();
    if (!done)
        return;
    if (!result && result.error().code == ErrorCode::SntpTimeout && m_lastIgnored) {
        // Only unusable replies came back: say so rather than "no reply".
        done(*std::exchange(m_lastIgnored, std::nullopt));
        return;
    }
    m_lastIgnored.reset();
    done(std::move(result));
}

int SntpMeasurement::offsetSeconds() const
{
    // 64-bit first: a reply for an implausible device clock may be decades away.
    const long long seconds = std::llround(static_cast<double>(offsetMs) / 1000.0);
    return static_cast<int>(std::clamp<long long>(seconds, std::numeric_limits<int>::min(),
                                                  std::numeric_limits<int>::max()));
}

}  // namespace platform
