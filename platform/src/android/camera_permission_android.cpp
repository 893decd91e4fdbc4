// android.permission.CAMERA at run time through the activity (API 23+, Qt 6.4's minimum).

#include "android_jni.h"
#include "platform/camera_permission.h"

namespace platform::detail {

namespace {

constexpr auto kCamera = "android.permission.CAMERA";
constexpr jint kPermissionGranted = 0;  // PackageManager.PERMISSION_GRANTED
constexpr jint kRequestCode = 0x5e7;    // ours; Qt ignores results for codes it did not send

QJniObject permissionName()
{
    return QJniObject::fromString(QString::fromLatin1(kCamera));
}

}  // namespace

bool cameraPermissionGranted()
{
    const jint result = android::activity().callMethod<jint>(
        "checkSelfPermission", "(Ljava/lang/String;)I", permissionName().object<jstring>());
    return !android::clearException() && result == kPermissionGranted;
}

bool cameraPermissionShouldShowRationale()
{
    const jboolean show = android::activity().callMethod<jboolean>(
        "shouldShowRequestPermissionRationale", "(Ljava/lang/String;)Z",
        permissionName().object<jstring>());
    return !android::clearException() && show == JNI_TRUE;
}

void requestCameraPermission()
{
    android::onUiThread([]() -> QVariant {
        QJniEnvironment env;
        QJniObject name = permissionName();
        jobjectArray names =
            env->NewObjectArray(1, env.findClass("java/lang/String"), name.object<jstring>());
        if (env.checkAndClearExceptions() || !names)
            return false;
        android::activity().callMethod<void>("requestPermissions", "([Ljava/lang/String;I)V", names,
                                             kRequestCode);
        const bool failed = env.checkAndClearExceptions();
        env->DeleteLocalRef(names);
        return !failed;
    });
}

}  // namespace platform::detail
