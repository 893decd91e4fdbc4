#pragma once

#include <memory>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

#include "scan_target.h"

namespace platform::qr {
class FrameScanner;
class VirtualCamera;
enum class ScanAdvice;
}  // namespace platform::qr

// The scan page's view model: feeds the preview's video frames (camera or --virtual-camera) to
// platform's FrameScanner, which decodes on its own thread and drops frames while busy. The
// first token setup code found is offered to the target (AppController: confirmation sheet) and
// scanning pauses; anything else shows a translated reason and scanning goes on. While a QR
// symbol is in view but cannot be decoded, `hint` says how to help (closer, less glare, hold
// still).
// Part of the plugin "SoftToken.Scan", loaded with the scan page (qml/scan/CMakeLists.txt).
class ScanController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // Where scanned payloads go: an object implementing ScanTarget (the AppController).
    Q_PROPERTY(QObject* target READ target WRITE setTarget NOTIFY targetChanged)
    // --virtual-camera: a video or image played instead of a camera; "" for the camera.
    Q_PROPERTY(
        QString virtualCamera READ virtualCamera WRITE setVirtualCamera NOTIFY virtualCameraChanged)
    Q_PROPERTY(QVideoSink* videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool usesVirtualCamera READ usesVirtualCamera NOTIFY virtualCameraChanged)
    Q_PROPERTY(CameraState cameraState READ cameraState NOTIFY cameraStateChanged)
    Q_PROPERTY(QString cameraMessage READ cameraMessage NOTIFY cameraStateChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // Translated advice while frames show a QR symbol that does not decode; "" otherwise. The
    // page shows `message` (what a decoded code was) first: it is more specific.
    Q_PROPERTY(QString hint READ hint NOTIFY hintChanged)
    Q_PROPERTY(bool scanning READ scanning WRITE setScanning NOTIFY scanningChanged)

public:
    enum CameraState { Available, NoCamera, PermissionDenied, Failed };
    Q_ENUM(CameraState)

    explicit ScanController(QObject* parent = nullptr);
    ~ScanController() override;

    QObject* target() const { return m_target; }
    void setTarget(QObject* target);
    QString virtualCamera() const { return m_virtualCameraPath; }
    void setVirtualCamera(const QString& path);
    QVideoSink* videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink* sink);
    bool usesVirtualCamera() const;
    CameraState cameraState() const { return m_cameraState; }
    QString cameraMessage() const;  // translated; "" when Available
    QString message() const { return m_message; }
    QString hint() const { return m_hint; }
    // The translated text for `advice` ("" for None).
    static QString adviceText(platform::qr::ScanAdvice advice);
    bool scanning() const;
    void setScanning(bool on);

    // Starts the virtual camera, or checks whether a real one exists (QMediaDevices).
    Q_INVOKABLE void start();
    // After QML created its Camera: reads the error Qt set at construction (permission etc.).
    Q_INVOKABLE void checkCamera(QObject* camera);
    Q_INVOKABLE void stop();

Q_SIGNALS:
    void targetChanged();
    void virtualCameraChanged();
    void videoSinkChanged();
    void cameraStateChanged();
    void messageChanged();
    void hintChanged();
    void scanningChanged();

private:
    void onCodesFound(const QStringList& payloads);
    void onCodeNotDecoded(platform::qr::ScanAdvice advice);
    void setHint(const QString& hint);
    void setCameraState(CameraState state);
    void setMessage(const QString& message);

    ScanTarget* scanTarget() const;

    QPointer<QObject> m_target;
    QString m_virtualCameraPath;
    QPointer<QVideoSink> m_sink;
    std::unique_ptr<platform::qr::FrameScanner> m_scanner;
    std::unique_ptr<platform::qr::VirtualCamera> m_virtualCamera;
    CameraState m_cameraState = NoCamera;
    QString m_message;
    QElapsedTimer m_messageShown;  // a decoded code's message outranks hints for a while
    QString m_hint;
    QTimer m_hintExpiry;  // frames without the undecoded symbol: the hint goes
};
