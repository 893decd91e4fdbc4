#pragma once

#include <memory>

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "platform/camera_permission.h"

// The scan page's camera permission (`app.camera`): whether the camera may start, and if not,
// what to tell the user — the rationale with an "Allow camera" button while asking still makes
// sense, or how to allow it in the system settings once the user refused for good. The image
// and paste fallbacks stay on the page either way. The answers come from
// platform::CameraPermission (Android's run-time permission; granted on desktop and iOS, where
// AVFoundation asks by itself).
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

    // Tests: a permission that answers as told.
    void usePermission(std::unique_ptr<platform::CameraPermission> permission);

    bool granted() const { return m_permission->isGranted(); }
    bool canAsk() const { return !granted() && (!m_asked || m_permission->shouldShowRationale()); }
    bool deniedForGood() const { return !granted() && !canAsk(); }
    QString explanation() const;

    Q_INVOKABLE void request();

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<platform::CameraPermission> m_permission;
    bool m_asked = false;  // asked in this run (Android reports no rationale before the first ask)
};
