// Desktop and iOS back ends of the protections. Android's are in src/android/.

#include "platform/app_lock.h"
#include "platform/camera_permission.h"
#include "platform/clipboard_guard.h"
#include "platform/screen_security.h"

namespace platform {

bool applySecureWindowFlag()
{
    return false;  // no OS flag here; PrivacyShield covers the app switcher
}

bool secureWindowFlagSupported()
{
    return false;
}

#ifndef Q_OS_IOS
// Desktop: no biometrics through Qt (Windows Hello / Touch ID on macOS would need their own back
// ends). iOS has LocalAuthentication in src/ios/biometric_ios.mm.
std::unique_ptr<BiometricAuthenticator> makeSystemBiometricAuthenticator()
{
    return std::make_unique<UnavailableBiometricAuthenticator>();
}
#endif

std::unique_ptr<ClipboardBackend> makeSystemClipboardBackend()
{
    return std::make_unique<QtClipboardBackend>();
}

namespace detail {

// Desktop: no camera permission. iOS: AVFoundation asks when the camera starts.
bool cameraPermissionGranted()
{
    return true;
}

bool cameraPermissionShouldShowRationale()
{
    return false;
}

void requestCameraPermission() {}

}  // namespace detail

}  // namespace platform
