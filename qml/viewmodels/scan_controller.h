#pragma once

#include <memory>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

#include "app_controller.h"

namespace platform::qr {
class FrameScanner;
class VirtualCamera;
}  // namespace platform::qr

// The scan page's view model: feeds the preview's video frames (camera or --virtual-camera) to
// platform's FrameScanner, which decodes on its own thread and drops frames while busy. The
// first token setup code found is offered to AppController (confirmation sheet) and scanning
// pauses; anything else shows a translated reason and scanning goes on.
class ScanController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppController* app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(QVideoSink* videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool usesVirtualCamera READ usesVirtualCamera NOTIFY appChanged)
    Q_PROPERTY(CameraState cameraState READ cameraState NOTIFY cameraStateChanged)
    Q_PROPERTY(QString cameraMessage READ cameraMessage NOTIFY cameraStateChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool scanning READ scanning WRITE setScanning NOTIFY scanningChanged)

public:
    enum CameraState { Available, NoCamera, PermissionDenied, Failed };
    Q_ENUM(CameraState)

    explicit ScanController(QObject* parent = nullptr);
    ~ScanController() override;

    AppController* app() const { return m_app; }
    void setApp(AppController* app);
    QVideoSink* videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink* sink);
    bool usesVirtualCamera() const;
    CameraState cameraState() const { return m_cameraState; }
    QString cameraMessage() const;  // translated; "" when Available
    QString message() const { return m_message; }
    bool scanning() const;
    void setScanning(bool on);

    // Starts the virtual camera, or checks whether a real one exists (QMediaDevices).
    Q_INVOKABLE void start();
    // After QML created its Camera: reads the error Qt set at construction (permission etc.).
    Q_INVOKABLE void checkCamera(QObject* camera);
    Q_INVOKABLE void stop();

Q_SIGNALS:
    void appChanged();
    void videoSinkChanged();
    void cameraStateChanged();
    void messageChanged();
    void scanningChanged();

private:
    void onCodesFound(const QStringList& payloads);
    void setCameraState(CameraState state);
    void setMessage(const QString& message);

    QPointer<AppController> m_app;
    QPointer<QVideoSink> m_sink;
    std::unique_ptr<platform::qr::FrameScanner> m_scanner;
    std::unique_ptr<platform::qr::VirtualCamera> m_virtualCamera;
    CameraState m_cameraState = NoCamera;
    QString m_message;
};
