#pragma once

#include <QObject>

namespace platform {

// The camera permission the QR scanner needs, asked at run time with a rationale.
// Android: android.permission.CAMERA through Activity.checkSelfPermission,
// shouldShowRequestPermissionRationale and requestPermissions (JNI). iOS: AVFoundation asks by
// itself when the camera starts and shows NSCameraUsageDescription from Info.plist, so this
// reports granted and the camera's own error says if the user refused. Desktop: no permission.
//
// Each call asks the OS afresh (cheap). `changed` fires whenever the answer may have changed:
// when the app comes back to the front (the permission dialog or the system settings were
// shown). The virtual calls let tests answer like a user; the UI's CameraAccess decides what to
// show.
class CameraPermission : public QObject {
    Q_OBJECT

public:
    explicit CameraPermission(QObject* parent = nullptr);

    virtual bool isGranted() const;
    // Android: true when the user refused once and may still be asked (explain first).
    virtual bool shouldShowRationale() const;
    // Shows the OS permission dialog (Android); does nothing elsewhere. The answer comes with
    // `changed` when the dialog closes and the app is active again.
    virtual void request();

Q_SIGNALS:
    void changed();
};

namespace detail {
// Per-platform backends (src/android/camera_permission_android.cpp on Android,
// src/protections_default.cpp elsewhere).
bool cameraPermissionGranted();
bool cameraPermissionShouldShowRationale();
void requestCameraPermission();
}  // namespace detail

}  // namespace platform
