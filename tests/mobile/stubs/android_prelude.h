#pragma once

// Force-included (-include) before every Android-only source that tests/mobile compiles on
// desktop. Qt 6.4's own headers declare QJniObject, QJniEnvironment and
// QNativeInterface::QAndroidApplication only when Q_OS_ANDROID is defined; defining it just around
// their first inclusion makes the real declarations visible, and the JDK's jni.h stands in for the
// NDK's (both are the JNI specification's header). The objects are compiled, never linked: this
// catches typos, wrong Qt signatures and type errors before a phone build does.

#include <QtCore/qglobal.h>

#ifdef Q_OS_ANDROID
#error "android_prelude.h is for desktop compile checks only"
#endif

#define Q_OS_ANDROID 1
#include <QtCore/qcoreapplication.h>
#include <QtCore/qcoreapplication_platform.h>
#include <QtCore/qjnienvironment.h>
#include <QtCore/qjniobject.h>
#undef Q_OS_ANDROID
