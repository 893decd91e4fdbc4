#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

// Where the camera permission comes from: platform::CameraPermission on a device, a fake in
// tests. `changed` is called whenever the answer may have changed (e.g. the OS dialog closed).
class CameraPermissionBackend {
public:
    virtual ~CameraPermissionBackend() = default;
    virtual bool granted() const = 0;
    // Android: the user refused once and may still be asked (shouldShowRequestPermissionRationale).
    virtual bool showRationale() const = 0;
    // Shows the OS dialog; the answer arrives later through `changed`.
    virtual void request() = 0;
    std::function<void()> changed;
};

// platform::CameraPermission (Android's run-time permission; granted on desktop and iOS, where
// AVFoundation asks by itself).
std::unique_ptr<CameraPermissionBackend> makeSystemCameraPermission();

// The scan page's camera permission (`app.camera`): whether the camera may start, and if not,
// what to tell the user — the rationale with an "Allow camera" button while asking still makes
// sense, or how to allow it in the system settings once the user refused for good. The image
// and paste fallbacks stay on the page either way.
class CameraAccess : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    Q_PROPERTY(bool granted READ granted NOTIFY changed)
    // Not granted, and asking may still show the OS dialog.
    Q_PROPERTY(bool canAsk READ canAsk NOTIFY changed)
    // Refused for good ("don't ask again"): only the system settings can allow it now.
    Q_PROPERTY(bool deniedForGood READ deniedForGood NOTIFY changed)
    // Translated: why the camera is needed, or how to allow it in the settings; "" if granted.
    Q_PROPERTY(QString explanation READ explanation NOTIFY changed)

public:
    explicit CameraAccess(QObject* parent = nullptr);
    ~CameraAccess() override;

    // Tests: a fake permission.
    void useBackend(std::unique_ptr<CameraPermissionBackend> backend);

    bool granted() const { return m_backend->granted(); }
    bool canAsk() const { return !granted() && (!m_asked || m_backend->showRationale()); }
    bool deniedForGood() const { return !granted() && !canAsk(); }
    QString explanation() const;

    Q_INVOKABLE void request();

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<CameraPermissionBackend> m_backend;
    bool m_asked = false;  // asked in this run (Android reports no rationale before the first ask)
};
