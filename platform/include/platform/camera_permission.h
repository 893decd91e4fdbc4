#pragma once

#include <QObject>

namespace platform {

// The camera permission the QR scanner needs, asked at run time with a rationale.
// Android: android.permission.CAMERA through Activity.checkSelfPermission,
// shouldShowRequestPermissionRationale and requestPermissions (JNI). iOS: AVFoundation asks by
// itself when the camera starts and shows NSCameraUsageDescription from Info.plist, so this
// reports Granted and the camera's own error says if the user refused. Desktop: no permission.
//
// QML (scan page): if status is Denied and showRationale, show the translated rationale
// ("The camera is used only to read the QR code of a new token; no picture is stored.") with a
// "Continue" button calling request(); if status is Denied without rationale after a request,
// the user chose "don't ask again": offer manual entry, image import and "open settings".
class CameraPermission : public QObject {
    Q_OBJECT
    Q_PROPERTY(Status status READ status NOTIFY changed)
    Q_PROPERTY(bool showRationale READ showRationale NOTIFY changed)

public:
    enum class Status { Granted, Denied };
    Q_ENUM(Status)

    explicit CameraPermission(QObject* parent = nullptr);

    Status status() const { return m_status; }
    // Android: true when the user refused once and may still be asked (explain first).
    bool showRationale() const { return m_showRationale; }

    // Shows the OS permission dialog (Android); does nothing elsewhere. The answer is read again
    // when the app becomes active after the dialog closes, and `changed` is emitted.
    Q_INVOKABLE void request();
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    Status m_status = Status::Denied;
    bool m_showRationale = false;
};

namespace detail {
// Per-platform backends (src/android/camera_permission_android.cpp on Android,
// src/protections_default.cpp elsewhere).
bool cameraPermissionGranted();
bool cameraPermissionShouldShowRationale();
void requestCameraPermission();
}  // namespace detail

}  // namespace platform
