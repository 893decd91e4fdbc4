#include "platform/camera_permission.h"

#include <QGuiApplication>

namespace platform {

CameraPermission::CameraPermission(QObject* parent) : QObject(parent)
{
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState state) {
                    if (state == Qt::ApplicationActive)
                        Q_EMIT changed();
                });
}

bool CameraPermission::isGranted() const
{
    return detail::cameraPermissionGranted();
}

bool CameraPermission::shouldShowRationale() const
{
    return !isGranted() && detail::cameraPermissionShouldShowRationale();
}

void CameraPermission::request()
{
    detail::requestCameraPermission();
}

}  // namespace platform
