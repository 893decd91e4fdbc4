#pragma once

// Shared JNI helpers for the Android back ends. Compiled only for Android (and, in CI, against
// Qt's real JNI headers and the JDK's jni.h by tests/mobile).

#include <functional>

#include <QCoreApplication>
#include <QFuture>
#include <QJniEnvironment>
#include <QJniObject>
#include <QVariant>

namespace platform::android {

// The QtActivity the app runs in (Qt's context is the activity when started as an app).
inline QJniObject activity()
{
    return QJniObject(QNativeInterface::QAndroidApplication::context());
}

inline int sdkVersion()
{
    return QNativeInterface::QAndroidApplication::sdkVersion();
}

// Clears a pending Java exception (logging it); true if there was one.
inline bool clearException()
{
    QJniEnvironment env;
    return env.checkAndClearExceptions();
}

// Runs `work` on the Android UI thread (views, windows and activity calls belong there) and waits
// up to two seconds for its result; an invalid QVariant if it did not run in time.
inline QVariant onUiThread(const std::function<QVariant()>& work)
{
    QFuture<QVariant> future =
        QNativeInterface::QAndroidApplication::runOnAndroidMainThread(work, QDeadlineTimer(2000));
    future.waitForFinished();
    if (future.isCanceled() || future.resultCount() == 0)
        return {};
    return future.result();
}

}  // namespace platform::android
