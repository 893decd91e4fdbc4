#pragma once

#include <QString>

class QCamera;

namespace platform::qr {

// Whether the scan page can use a camera, and if not why. In every state but Available the UI
// says so and offers image import and manual entry instead.
struct CameraStatus {
    enum class State { Available, NoCamera, PermissionDenied, Failed };
    State state = State::NoCamera;
    QString message;  // English, for logs; the UI translates by state

    bool available() const { return state == State::Available; }
};

// From QMediaDevices::videoInputs(): NoCamera when the list is empty.
CameraStatus cameraStatus();

// From a constructed camera: Qt sets QCamera::error() at construction (and does not emit
// errorOccurred for it), so read it here after creating the camera and after start().
CameraStatus cameraStatus(const QCamera& camera);

}  // namespace platform::qr
