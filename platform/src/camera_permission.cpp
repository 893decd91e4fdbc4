#include "platform/camera_permission.h"

#include <QGuiApplication>

namespace platform {

CameraPermission::CameraPermission(QObject* parent) : QObject(parent)
{
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState state) {
                    if (state == Qt::ApplicationActive)
                        refresh();
                });
    refresh();
}

void CameraPermission::request()
{
    detail::requestCameraPermission();
    refresh();
}

void CameraPermission::refresh()
{
    const Status status = detail::cameraPermissionGranted() ? Status::Granted : Status::Denied;
    const bool rationale =
        status == Status::Denied && detail::cameraPermissionShouldShowRationale();
    if (status == m_status && rationale == m_showRationale)
        return;
    m_status = status;
    m_showRationale = rationale;
    Q_EMIT changed();
}

}  // namespace platform
