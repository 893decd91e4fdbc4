#include "platform/qr/virtual_camera.h"

#include <cstring>

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QMediaPlayer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>

#include "platform/error_code.h"

namespace platform::qr {

namespace {

constexpr qsizetype kMaxFolderImages = 500;

otp::Error unreadable(const QString& message)
{
    return {platform::ErrorCode::QrImageUnreadable, message.toStdString()};
}

bool isImageFile(const QString& path)
{
    return !QImageReader::imageFormat(path).isEmpty();
}

}  // namespace

VirtualCamera::VirtualCamera(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &VirtualCamera::pushNextImage);
}

VirtualCamera::~VirtualCamera()
{
    stop();
}

otp::Result<void> VirtualCamera::open(const QString& path)
{
    stop();
    m_images.clear();
    m_nextImage = 0;
    m_kind = SourceKind::None;
    m_player.reset();
    const QFileInfo info(path);
    if (!info.exists())
        return unreadable(QStringLiteral("virtual camera source not found: ") + path);

    if (info.isDir()) {
        const QDir dir(path);
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            const QString file = dir.filePath(name);
            if (!isImageFile(file))
                continue;
            QImage image(file);
            if (!image.isNull())
                m_images.append(image.convertToFormat(QImage::Format_RGBA8888));
            if (m_images.size() >= kMaxFolderImages)
                break;
        }
        if (m_images.isEmpty())
            return unreadable(QStringLiteral("no images in folder ") + path);
        m_kind = SourceKind::ImageFolder;
    } else if (isImageFile(path)) {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        if (image.isNull())
            return unreadable(QStringLiteral("cannot read image ") + path + QStringLiteral(": ") +
                              reader.errorString());
        m_images.append(image.convertToFormat(QImage::Format_RGBA8888));
        m_kind = SourceKind::Image;
    } else {
        m_player = std::make_unique<QMediaPlayer>();
        m_player->setLoops(QMediaPlayer::Infinite);
        connect(m_player.get(), &QMediaPlayer::errorOccurred, this,
                [this](QMediaPlayer::Error, const QString& message) {
                    setActive(false);
                    Q_EMIT errorOccurred(QStringLiteral("virtual camera video: ") + message);
                });
        m_player->setSource(QUrl::fromLocalFile(info.absoluteFilePath()));
        if (m_sink)
            m_player->setVideoSink(m_sink);
        m_kind = SourceKind::Video;
    }
    m_path = path;
    return {};
}

void VirtualCamera::setVideoSink(QVideoSink* sink)
{
    if (sink == m_sink)
        return;
    m_sink = sink;
    if (m_player)
        m_player->setVideoSink(sink);
    Q_EMIT videoSinkChanged();
}

void VirtualCamera::start()
{
    switch (m_kind) {
    case SourceKind::None: return;
    case SourceKind::Video: m_player->play(); break;
    case SourceKind::Image:
    case SourceKind::ImageFolder:
        pushNextImage();
        m_timer.start();
        break;
    }
    setActive(true);
}

void VirtualCamera::stop()
{
    m_timer.stop();
    if (m_player)
        m_player->stop();
    setActive(false);
}

void VirtualCamera::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
}

void VirtualCamera::pushNextImage()
{
    if (!m_sink || m_images.isEmpty())
        return;
    const QImage& image = m_images.at(m_nextImage);
    m_nextImage = (m_nextImage + 1) % m_images.size();
    m_sink->setVideoFrame(frameFromImage(image));
}

QVideoFrame VirtualCamera::frameFromImage(const QImage& source)
{
    const QImage image = source.format() == QImage::Format_RGBA8888
                             ? source
                             : source.convertToFormat(QImage::Format_RGBA8888);
    QVideoFrame frame(QVideoFrameFormat(image.size(), QVideoFrameFormat::Format_RGBA8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    const auto rowBytes = static_cast<std::size_t>(image.width()) * 4;
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(frame.bits(0) + static_cast<qsizetype>(y) * frame.bytesPerLine(0),
                    image.constScanLine(y), rowBytes);
    frame.unmap();
    return frame;
}

}  // namespace platform::qr
