#include "platform/qr/frame_scanner.h"

#include <QImage>
#include <QVideoFrameFormat>
#include <QVideoSink>

#include "platform/error_code.h"
#include "platform/qr/image_input.h"

namespace platform::qr {

namespace {

// Formats whose plane 0 is 8-bit luma, one byte per pixel.
bool hasLumaPlane(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8: return true;
    default: return false;
    }
}

// QImage formats laid out like the packed RGB video formats, to avoid toImage()'s conversion.
QImage::Format directImageFormat(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_RGBA8888: return QImage::Format_RGBA8888;
    case QVideoFrameFormat::Format_RGBX8888: return QImage::Format_RGBX8888;
    case QVideoFrameFormat::Format_ARGB8888:
    case QVideoFrameFormat::Format_XRGB8888:
#if Q_BYTE_ORDER == Q_BIG_ENDIAN
        return QImage::Format_ARGB32;
#else
        return QImage::Format_Invalid;
#endif
    case QVideoFrameFormat::Format_BGRA8888:
    case QVideoFrameFormat::Format_BGRX8888:
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
        return QImage::Format_ARGB32;
#else
        return QImage::Format_Invalid;
#endif
    default: return QImage::Format_Invalid;
    }
}

otp::Error unmappable(const QVideoFrame& frame)
{
    return {platform::ErrorCode::QrInvalidImage,
            "cannot map video frame of pixel format " +
                QVideoFrameFormat::pixelFormatToString(frame.pixelFormat()).toStdString()};
}

}  // namespace

otp::Result<ScanResult> scanVideoFrame(const QVideoFrame& frame, const ScanOptions& options)
{
    if (!frame.isValid() || frame.width() <= 0 || frame.height() <= 0)
        return ScanResult{};
    QVideoFrame mapped = frame;  // shallow copy: mapping does not touch the caller's frame
    const auto format = mapped.pixelFormat();
    const bool luma = hasLumaPlane(format);
    const QImage::Format direct = directImageFormat(format);
    if (luma || direct != QImage::Format_Invalid) {
        if (!mapped.map(QVideoFrame::ReadOnly))
            return unmappable(frame);
        otp::Result<ScanResult> result = ScanResult{};
        if (luma) {
            const GrayView view{mapped.bits(0), mapped.width(), mapped.height(),
                                mapped.bytesPerLine(0)};
            result = scanQr(view, options);
        } else {
            const QImage wrapped(mapped.bits(0), mapped.width(), mapped.height(),
                                 mapped.bytesPerLine(0), direct);
            result = scanImage(wrapped, options);
        }
        mapped.unmap();
        return result;
    }
    const QImage image = mapped.toImage();
    if (image.isNull())
        return unmappable(frame);
    return scanImage(image, options);
}

// Runs in the worker thread.
class FrameScanner::Worker : public QObject {
    Q_OBJECT

public:
    explicit Worker(std::atomic<bool>& busy) : m_busy(busy) {}

    void scan(const QVideoFrame& frame)
    {
        QStringList payloads;
        QString error;
        int advice = 0;
        const auto result = scanFrameStages(frame);
        if (result) {
            for (const std::string& p : result->payloads)
                payloads.append(QString::fromStdString(p));
            advice = static_cast<int>(result->advice);
        } else {
            error = QString::fromStdString(result.error().message);
        }
        m_busy.store(false);  // the next frame may come in while the result travels back
        Q_EMIT scanned(payloads, error, advice);
    }

Q_SIGNALS:
    // NOLINTNEXTLINE(readability-inconsistent-declaration-parameter-name): moc's definition
    void scanned(const QStringList& payloads, const QString& error, int advice);

private:
    // The fast stages on every frame, then one of the slow ones in turn.
    otp::Result<ScanResult> scanFrameStages(const QVideoFrame& frame)
    {
        const std::size_t fast = fastStageCount();
        const std::size_t total = cascadeStages().size();
        for (std::size_t i = 0; i < fast + 1; ++i) {
            ScanOptions options;
            options.source = ScanSource::CameraFrame;
            options.advise = i == fast;  // the frame's last call: what would help
            if (i < fast) {
                options.onlyStage = i;
            } else if (total > fast) {
                options.onlyStage = fast + m_nextSlowStage;
                m_nextSlowStage = (m_nextSlowStage + 1) % (total - fast);
            } else {
                break;
            }
            auto result = scanVideoFrame(frame, options);
            if (!result || !result->payloads.empty() || i == fast)
                return result;
        }
        return ScanResult{};
    }

    std::atomic<bool>& m_busy;
    std::size_t m_nextSlowStage = 0;
};

FrameScanner::FrameScanner(QObject* parent) : QObject(parent), m_worker(new Worker(m_busy))
{
    m_thread.setObjectName(QStringLiteral("qr-frame-scanner"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::scanned, this, &FrameScanner::onScanned, Qt::QueuedConnection);
    m_thread.start();
}

FrameScanner::~FrameScanner()
{
    setVideoSink(nullptr);
    m_thread.quit();
    m_thread.wait();
}

void FrameScanner::setVideoSink(QVideoSink* sink)
{
    if (sink == m_sink)
        return;
    disconnect(m_sinkConnection);
    m_sink = sink;
    if (sink) {
        // Direct: the sink may deliver on a media thread; submitFrame only flips an atomic and
        // posts the frame, so nothing waits there.
        m_sinkConnection = connect(
            sink, &QVideoSink::videoFrameChanged, this,
            [this](const QVideoFrame& frame) { submitFrame(frame); }, Qt::DirectConnection);
    }
    Q_EMIT videoSinkChanged();
}

void FrameScanner::setEnabled(bool enabled)
{
    if (m_enabled.exchange(enabled) != enabled)
        Q_EMIT enabledChanged();
}

bool FrameScanner::submitFrame(const QVideoFrame& frame)
{
    if (!m_enabled.load() || m_busy.exchange(true)) {
        m_dropped.fetch_add(1);
        return false;
    }
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, frame] { worker->scan(frame); }, Qt::QueuedConnection);
    return true;
}

void FrameScanner::onScanned(const QStringList& payloads, const QString& error, int advice)
{
    m_scanned.fetch_add(1);
    Q_EMIT frameScanned();
    if (!error.isEmpty())
        Q_EMIT scanFailed(error);
    else if (!payloads.isEmpty() && m_enabled.load())
        Q_EMIT codesFound(payloads);
    else if (advice != static_cast<int>(ScanAdvice::None) && m_enabled.load())
        Q_EMIT codeNotDecoded(static_cast<ScanAdvice>(advice));
}

}  // namespace platform::qr

#include "frame_scanner.moc"
