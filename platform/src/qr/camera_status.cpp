#include "platform/qr/camera_status.h"

#include <QCamera>
#include <QCameraDevice>
#include <QMediaDevices>

namespace platform::qr {

namespace {

CameraStatus noCamera()
{
    return {CameraStatus::State::NoCamera, QStringLiteral("No camera was found.")};
}

}  // namespace

CameraStatus cameraStatus()
{
    if (QMediaDevices::videoInputs().isEmpty())
        return noCamera();
    return {CameraStatus::State::Available, {}};
}

CameraStatus cameraStatus(const QCamera& camera)
{
    if (camera.cameraDevice().isNull() && QMediaDevices::videoInputs().isEmpty())
        return noCamera();
    if (camera.error() == QCamera::NoError)
        return {CameraStatus::State::Available, {}};
    const QString reason = camera.errorString();
    // Qt 6.4 has no permission API; the backends word a refusal as "permission" or "access".
    if (reason.contains(QStringLiteral("permission"), Qt::CaseInsensitive) ||
        reason.contains(QStringLiteral("access denied"), Qt::CaseInsensitive))
        return {CameraStatus::State::PermissionDenied, reason};
    if (camera.cameraDevice().isNull())
        return {CameraStatus::State::NoCamera, reason};
    return {CameraStatus::State::Failed, reason};
}

}  // namespace platform::qr
