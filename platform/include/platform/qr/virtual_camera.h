#pragma once

#include <memory>

#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>

#include "otp/result.h"

class QMediaPlayer;

namespace platform::qr {

// Plays a file as if it were the camera, for testers (`softtoken --virtual-camera FILE`):
// a video (MP4/H.264 works with both Qt media backends), a still image, or a folder of images
// (shown in name order, one per frameInterval, looping). Frames go to a QVideoSink: give it
// the preview's sink (VideoOutput.videoSink) and let a FrameScanner follow the same sink, so
// the virtual camera takes exactly the camera's path.
class VirtualCamera : public QObject {
    Q_OBJECT
    Q_PROPERTY(QVideoSink* videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)

public:
    enum class SourceKind { None, Video, Image, ImageFolder };
    Q_ENUM(SourceKind)

    explicit VirtualCamera(QObject* parent = nullptr);
    ~VirtualCamera() override;

    // Chooses the source. Images are loaded now: fails with ErrorCode::QrImageUnreadable for a
    // missing path, an unreadable image or a folder without images. A video's problems are
    // reported later through errorOccurred.
    otp::Result<void> open(const QString& path);
    SourceKind sourceKind() const { return m_kind; }

    QVideoSink* videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink* sink);

    // Milliseconds between still frames (default 100, i.e. 10 fps).
    void setFrameInterval(int ms) { m_timer.setInterval(ms); }

    bool isActive() const { return m_active; }
    void start();
    void stop();

    // How a still image is handed to a QVideoSink (RGBA8888; Qt 6.4 has no QVideoFrame(QImage)).
    static QVideoFrame frameFromImage(const QImage& source);

Q_SIGNALS:
    void videoSinkChanged();
    void activeChanged();
    void errorOccurred(const QString& message);  // English, e.g. the media backend's error

private:
    void pushNextImage();
    void setActive(bool active);

    SourceKind m_kind = SourceKind::None;
    QString m_path;
    QList<QImage> m_images;
    qsizetype m_nextImage = 0;
    QTimer m_timer;
    std::unique_ptr<QMediaPlayer> m_player;
    QPointer<QVideoSink> m_sink;
    bool m_active = false;
};

}  // namespace platform::qr
