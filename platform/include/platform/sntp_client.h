#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUdpSocket>

#include "otp/clock.h"
#include "otp/result.h"
#include "platform/error_code.h"

namespace platform {

// One SNTP exchange (RFC 4330): how far the device clock is from the server's.
struct SntpMeasurement {
    qint64 offsetMs = 0;     // add to the device clock to get the server's time
    qint64 roundTripMs = 0;  // network delay, (T4 - T1) - (T3 - T2)
    int stratum = 0;         // 1..15

    // The offset rounded to whole seconds (what TOTP needs), clamped to int.
    int offsetSeconds() const;
};

namespace sntp {

constexpr std::size_t kPacketSize = 48;
// Where the clock check asks unless the user chose another server (AppSettings keeps the same
// default).
inline constexpr const char* kDefaultServer = "pool.ntp.org";
constexpr quint16 kDefaultPort = 123;
constexpr std::chrono::milliseconds kDefaultTimeout{5000};

// Seconds from 1900-01-01 (NTP era 0) to 1970-01-01.
constexpr std::int64_t kNtpToUnixSeconds = 2'208'988'800;

// Sanity bounds on a reply (docs/protections.md "Clock check").
constexpr qint64 kPlausibleFromMs = 1'577'836'800'000;   // 2020-01-01: older is a broken clock
constexpr qint64 kPlausibleUntilMs = 4'102'444'800'000;  // 2100-01-01
constexpr qint64 kMaxRoundTripMs = 2'000;                // a slower reply cannot be precise
constexpr qint64 kRoundTripToleranceMs = 20;             // below 0: rounding, not a lie
constexpr qint64 kMaxRootDistanceMs = 1'000;             // RFC 5905 MAXDIST
constexpr qint64 kMaxOffsetMs = qint64{90} * 60 * 1000;  // for a device clock that is plausible

// A 48-byte SNTPv4 client request: LI 0, VN 4, mode 3, everything zero except the transmit
// timestamp, which carries `nonce` (64 random bits rather than our clock: the server copies it
// into its reply's originate timestamp, which both matches the reply to the request and does not
// tell the network what the device clock says).
QByteArray buildRequest(std::uint64_t nonce);

// Unix milliseconds <-> 64-bit NTP timestamps (32.32 fixed point). Timestamps with the top bit
// clear are read as era 1 (2036..2104), as RFC 4330 §3 says.
std::uint64_t toNtp(qint64 unixMs);
qint64 fromNtp(std::uint64_t ntp);

// Checks a server reply (RFC 4330 §5) and computes
//   offset = ((T2 - T1) + (T3 - T4)) / 2,  delay = (T4 - T1) - (T3 - T2)
// from T1 = `sentMs` and T4 = `receivedMs` (device clock) and T2, T3 from the reply.
// Errors: SntpBadReply (short, not mode 4, version not 3 or 4, originate timestamp not our nonce,
// zero receive or transmit timestamp, stratum above 15), SntpUnsynchronized (leap indicator 3,
// or stratum 0: a kiss-of-death packet; the message carries its 4-letter code), SntpImplausible
// (server time outside 2020..2100 or T3 < T2, a round trip below -20 ms or over 2 s, a root
// distance over 1 s, or an offset over 90 minutes while the device clock itself is plausible).
otp::Result<SntpMeasurement> parseReply(std::span<const std::uint8_t> reply, std::uint64_t nonce,
                                        qint64 sentMs, qint64 receivedMs);

}  // namespace sntp

// Asks one NTP server for the time over UDP. It never runs by itself: asking a server on the
// network is the user's decision (a "Check clock" button after consent), and tests point it at
// loopback. One query at a time; a new query() cancels the previous one (its callback is not
// called).
class SntpClient : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(otp::Result<SntpMeasurement>)>;

    // `clock`: the device's Unix milliseconds (T1 and T4).
    explicit SntpClient(otp::MsClock clock = otp::systemClockMs(), QObject* parent = nullptr);
    ~SntpClient() override;

    // Resolves `host` (a name or an address), sends one request and calls `done` exactly once,
    // on this object's thread, with the measurement or an error: SntpBadServer (empty host,
    // port 0), SntpNetwork (lookup or send failed), SntpTimeout (no valid reply within `timeout`,
    // which covers the lookup too), SntpBadReply, SntpUnsynchronized. Replies from other
    // addresses or ports and replies with a wrong originate timestamp are ignored.
    void query(const QString& host, quint16 port, std::chrono::milliseconds timeout, Callback done);
    void cancel();
    bool isBusy() const { return static_cast<bool>(m_done); }

private:
    void onLookup(const QHostAddress& address);
    void onReadyRead();
    void finish(otp::Result<SntpMeasurement> result);

    otp::MsClock m_clock;
    QUdpSocket m_socket;
    QTimer m_timeout;
    Callback m_done;
    int m_lookupId = -1;
    QHostAddress m_server;
    quint16 m_port = 0;
    std::uint64_t m_nonce = 0;
    qint64 m_sentMs = 0;
    std::optional<otp::Error> m_lastIgnored;  // the last reply dropped as unusable
};

}  // namespace platform
