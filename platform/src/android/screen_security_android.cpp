// FLAG_SECURE on the activity's window: no screenshots, recordings, casts or recent-apps
// thumbnails of the app's content.

#include "android_jni.h"
#include "platform/screen_security.h"

namespace platform {

namespace {
// android.view.WindowManager.LayoutParams.FLAG_SECURE (API 1; a fixed constant of the SDK).
constexpr jint kFlagSecure = 0x00002000;
}  // namespace

bool applySecureWindowFlag()
{
    if (!QNativeInterface::QAndroidApplication::isActivityContext())
        return false;
    const QVariant done = android::onUiThread([]() -> QVariant {
        QJniObject window =
            android::activity().callObjectMethod("getWindow", "()Landroid/view/Window;");
        if (android::clearException() || !window.isValid())
            return false;
        window.callMethod<void>("addFlags", "(I)V", kFlagSecure);
        return !android::clearException();
    });
    return done.toBool();
}

bool secureWindowFlagSupported()
{
    return true;
}

}  // namespace platform
