// Fingerprint / face unlock on Android through the framework's BiometricPrompt (API 28+).
// The prompt needs a Java callback object, which JNI cannot create, so the Java half is
// mobile/android/src/jp/softtoken/app/BiometricBridge.java: this file calls its static methods and
// receives the answer through a native method registered here. tests/mobile/check_java.py checks
// that the class, names and signatures in kBridgeClass / JavaMethod below exist in the Java class.
//
// Biometrics only unlock the UI (no CryptoObject, no key bound to them): the PIN stays the root,
// and the OS's own limit (a lockout after a few unrecognised tries) sends the user to the PIN.

#include <functional>
#include <map>
#include <utility>

#include <QMetaObject>

#include "android_jni.h"
#include "platform/app_lock.h"
#include "platform/error_code.h"

namespace platform {

namespace {

struct JavaMethod {
    const char* name;
    const char* signature;
};

constexpr auto kBridgeClass = "jp/softtoken/app/BiometricBridge";
constexpr JavaMethod kIsAvailable{"isAvailable", "(Landroid/content/Context;)Z"};
constexpr JavaMethod kAuthenticate{"authenticate", "(Landroid/app/Activity;Ljava/lang/String;J)Z"};
constexpr JavaMethod kOnResult{"onResult", "(JILjava/lang/String;)V"};  // native, Java -> C++

// BiometricBridge.RESULT_*.
constexpr jint kResultSuccess = 0;
constexpr jint kResultUnavailable = 1;

using Done = std::function<void(otp::Result<void>)>;

// Requests waiting for the prompt, by id. Only touched on the Qt main thread: authenticate() runs
// there, and onResult() posts there before looking anything up, so no lock is needed.
std::map<jlong, Done>& pendingRequests()
{
    static std::map<jlong, Done> requests;
    return requests;
}

otp::Result<void> toResult(jint outcome, const QString& detail)
{
    if (outcome == kResultSuccess)
        return {};
    // The detail (the OS's code and message) is for logs; the lock screen shows its own text.
    const std::string message = "biometric prompt: " + detail.toStdString();
    if (outcome == kResultUnavailable)
        return otp::Error{platform::ErrorCode::BiometricUnavailable, message};
    return otp::Error{platform::ErrorCode::BiometricFailed,
                      message};  // cancelled, "Use PIN", lockout
}

// On the Qt main thread: calls the request's `done` once and forgets it.
void finish(jlong request, jint outcome, const QString& detail)
{
    auto it = pendingRequests().find(request);
    if (it == pendingRequests().end())
        return;
    Done done = std::move(it->second);
    pendingRequests().erase(it);
    done(toResult(outcome, detail));
}

void finishLater(jlong request, jint outcome, const QString& detail)
{
    if (QCoreApplication* app = QCoreApplication::instance())
        QMetaObject::invokeMethod(
            app, [request, outcome, detail] { finish(request, outcome, detail); },
            Qt::QueuedConnection);
}

// BiometricBridge.onResult: called on the Android UI thread, so the answer is queued to Qt's.
void JNICALL onResult(JNIEnv*, jclass, jlong request, jint outcome, jstring detail)
{
    finishLater(request, outcome, QJniObject(detail).toString());
}

// Once per process; false if the Java class is missing from the APK (then: no biometrics).
bool registerNatives()
{
    static const bool registered = [] {
        QJniEnvironment env;
        // JNINativeMethod's fields are `char*` in some jni.h versions, `const char*` in others.
        const bool ok =
            env.registerNativeMethods(kBridgeClass, {{const_cast<char*>(kOnResult.name),
                                                      const_cast<char*>(kOnResult.signature),
                                                      reinterpret_cast<void*>(&onResult)}});
        return !env.checkAndClearExceptions() && ok;
    }();
    return registered;
}

class AndroidBiometricAuthenticator final : public BiometricAuthenticator {
public:
    bool isAvailable() const override
    {
        if (!registerNatives())
            return false;
        const jboolean available = QJniObject::callStaticMethod<jboolean>(
            kBridgeClass, kIsAvailable.name, kIsAvailable.signature, android::activity().object());
        return !android::clearException() && available == JNI_TRUE;
    }

    void authenticate(const QString& reason, Done done) override
    {
        static jlong lastRequest = 0;
        const jlong request = ++lastRequest;
        pendingRequests().emplace(request, std::move(done));
        if (!registerNatives() || !QNativeInterface::QAndroidApplication::isActivityContext()) {
            finishLater(request, kResultUnavailable, QStringLiteral("no activity or Java bridge"));
            return;
        }
        const jboolean started = QJniObject::callStaticMethod<jboolean>(
            kBridgeClass, kAuthenticate.name, kAuthenticate.signature, android::activity().object(),
            QJniObject::fromString(reason).object<jstring>(), request);
        // Not started: answer asynchronously all the same (the interface promises it).
        if (android::clearException() || started != JNI_TRUE)
            finishLater(request, kResultUnavailable, QStringLiteral("prompt not started"));
    }
};

}  // namespace

std::unique_ptr<BiometricAuthenticator> makeSystemBiometricAuthenticator()
{
    return std::make_unique<AndroidBiometricAuthenticator>();
}

}  // namespace platform
