#pragma once

#include <cstdint>

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QNetworkDatagram>
#include <QObject>
#include <QUdpSocket>

#include "platform/sntp_client.h"

// A tiny SNTP server on 127.0.0.1 whose clock runs `shiftMs` ahead of the system clock, so the
// clock check can be tested offline (view model and Qt Quick tests). `silent` drops requests.
// No Q_OBJECT: it has no signals of its own (a lambda handles readyRead).
class FakeSntpServer : public QObject {
public:
    explicit FakeSntpServer(qint64 shiftMs = 0, QObject* parent = nullptr)
        : QObject(parent), m_shiftMs(shiftMs)
    {
        m_socket.bind(QHostAddress::LocalHost, 0);
        connect(&m_socket, &QUdpSocket::readyRead, this, [this] { answer(); });
    }
    int port() const { return m_socket.localPort(); }
    void setShiftMs(qint64 shiftMs) { m_shiftMs = shiftMs; }

    bool silent = false;
    int requests = 0;

private:
    static std::uint64_t readU64(const QByteArray& bytes, int at)
    {
        std::uint64_t value = 0;
        for (int i = 0; i < 8; ++i)
            value = (value << 8) | static_cast<std::uint8_t>(bytes[at + i]);
        return value;
    }
    static void writeU64(QByteArray& bytes, int at, std::uint64_t value)
    {
        for (int i = 0; i < 8; ++i)
            bytes[at + i] = static_cast<char>((value >> (56 - 8 * i)) & 0xff);
    }

    void answer()
    {
        while (m_socket.hasPendingDatagrams()) {
            const QNetworkDatagram request = m_socket.receiveDatagram();
            ++requests;
            if (silent || request.data().size() != 48)
                continue;
            const qint64 now = QDateTime::currentMSecsSinceEpoch() + m_shiftMs;
            QByteArray reply(48, '\0');
            reply[0] = static_cast<char>((0 << 6) | (4 << 3) | 4);  // LI 0, VN 4, server
            reply[1] = 2;                                           // stratum
            writeU64(reply, 24, readU64(request.data(), 40));       // originate = our nonce
            writeU64(reply, 32, platform::sntp::toNtp(now));
            writeU64(reply, 40, platform::sntp::toNtp(now));
            m_socket.writeDatagram(reply, request.senderAddress(), request.senderPort());
        }
    }

    qint64 m_shiftMs;
    QUdpSocket m_socket;
};
