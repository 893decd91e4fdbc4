#pragma once

#include <atomic>
#include <memory>

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>
#include <QVideoFrame>
#include <QVideoSink>

#include "otp/result.h"
#include "platform/qr/qr_decoder.h"

namespace platform::qr {

// Scans one video frame: YUV frames through their Y plane without conversion, RGB frames
// mapped directly, anything else through QVideoFrame::toImage(). An invalid frame (Qt delivers
// one at end of stream or stop) gives an empty ScanResult. ErrorCode::QrInvalidImage when the
// frame cannot be mapped.
otp::Result<ScanResult> scanVideoFrame(const QVideoFrame& frame, const ScanOptions& options = {});

// Decodes camera (or virtual camera) frames on one worker thread, never on the caller's.
//
// Frames come from a QVideoSink (setVideoSink: the sink of the VideoOutput that shows the
// preview) or from submitFrame(). While the worker is busy with a frame, new frames are dropped,
// never queued, so the scanner always works on a recent frame and memory stays flat. Each frame
// gets the cheap cascade stages plus one of the expensive ones in turn, so a code held still
// meets the whole cascade within a few frames.
//
// Results arrive through queued signals on the thread that owns the FrameScanner.
class FrameScanner : public QObject {
    Q_OBJECT
    Q_PROPERTY(QVideoSink* videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged)

public:
    explicit FrameScanner(QObject* parent = nullptr);
    ~FrameScanner() override;  // stops the worker thread and waits for it

    QVideoSink* videoSink() const { return m_sink; }
    // Follows `sink`'s videoFrameChanged (nullptr: stop following). The sink is not owned.
    void setVideoSink(QVideoSink* sink);

    // Scanning is on by default; switch it off after a code was accepted.
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    // Hands `frame` to the worker. Returns false, and counts a dropped frame, when the worker is
    // still busy or scanning is disabled. Thread-safe.
    bool submitFrame(const QVideoFrame& frame);

    quint64 framesScanned() const { return m_scanned.load(); }
    quint64 framesDropped() const { return m_dropped.load(); }

Q_SIGNALS:
    // One or more QR codes were read from a frame (UTF-8 payloads as found).
    void codesFound(const QStringList& payloads);
    // A QR symbol was located in a frame but not decoded; `advice` (never None) says what the
    // user can do about it.
    void codeNotDecoded(platform::qr::ScanAdvice advice);
    // A frame was scanned (found codes or not); for tests and frame-rate display.
    void frameScanned();
    // A frame could not be read (English, for logs).
    void scanFailed(const QString& message);
    void videoSinkChanged();
    void enabledChanged();

private:
    class Worker;

    void onScanned(const QStringList& payloads, const QString& error, int advice);

    QThread m_thread;
    Worker* m_worker = nullptr;  // lives in m_thread; deleted when the thread finishes
    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_sinkConnection;
    std::atomic<bool> m_busy{false};
    std::atomic<bool> m_enabled{true};
    std::atomic<quint64> m_scanned{0};
    std::atomic<quint64> m_dropped{0};
};

}  // namespace platform::qr
