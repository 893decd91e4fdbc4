# Android and iOS packaging of the `softtoken` app. Included at the end of
# mobile/CMakeLists.txt; on desktop it only defines SOFTTOKEN_APP_ID. How to build:
# docs/mobile-build.md. tests/mobile checks the files referenced here (manifest, plist, strings,
# icons) and compiles platform/src/android/*.cpp on every desktop build.

# The Android application id and the iOS bundle identifier. Permanent once published: a store
# treats another id as another app. Must equal `package` in android/AndroidManifest.xml
# (tests/mobile checks it).
set(SOFTTOKEN_APP_ID "jp.softtoken.app")

# Store version code: 0.1.0 -> 100, 1.2.3 -> 10203 (must grow with every upload).
math(EXPR SOFTTOKEN_VERSION_CODE
     "${PROJECT_VERSION_MAJOR} * 10000 + ${PROJECT_VERSION_MINOR} * 100 + ${PROJECT_VERSION_PATCH}")
if(SOFTTOKEN_VERSION_CODE LESS 1)
    set(SOFTTOKEN_VERSION_CODE 1)
endif()

if(ANDROID)
    # Our manifest, resources (strings en/ja, backup rules, icons) replace Qt's templates;
    # androiddeployqt fills in the manifest's %%INSERT_...%% placeholders.
    set_target_properties(softtoken PROPERTIES
        QT_ANDROID_PACKAGE_SOURCE_DIR "${CMAKE_CURRENT_SOURCE_DIR}/android"
        QT_ANDROID_PACKAGE_NAME "${SOFTTOKEN_APP_ID}"  # Qt 6.7+; 6.4 reads the manifest
        QT_ANDROID_MIN_SDK_VERSION 23                  # Android 6, Qt 6.4's minimum
        QT_ANDROID_TARGET_SDK_VERSION 34               # also the compile SDK (dataExtractionRules, monochrome icon)
        QT_ANDROID_VERSION_NAME "${PROJECT_VERSION}"
        QT_ANDROID_VERSION_CODE "${SOFTTOKEN_VERSION_CODE}")
    # FLAG_SECURE, the sensitive clipboard and the camera permission are JNI calls from
    # platform/src/android; the biometric prompt needs a Java callback class, which the Qt build
    # compiles from mobile/android/src (QT_ANDROID_PACKAGE_SOURCE_DIR).
elseif(IOS)
    set(_ios "${CMAKE_CURRENT_SOURCE_DIR}/ios")
    set(_ios_resources
        "${_ios}/en.lproj/InfoPlist.strings"
        "${_ios}/ja.lproj/InfoPlist.strings"
        "${_ios}/Assets.xcassets")
    target_sources(softtoken PRIVATE ${_ios_resources})
    set_source_files_properties("${_ios}/en.lproj/InfoPlist.strings" PROPERTIES
        MACOSX_PACKAGE_LOCATION Resources/en.lproj)
    set_source_files_properties("${_ios}/ja.lproj/InfoPlist.strings" PROPERTIES
        MACOSX_PACKAGE_LOCATION Resources/ja.lproj)
    set_source_files_properties("${_ios}/Assets.xcassets" PROPERTIES
        MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(softtoken PROPERTIES
        MACOSX_BUNDLE TRUE
        MACOSX_BUNDLE_INFO_PLIST "${_ios}/Info.plist"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${SOFTTOKEN_APP_ID}"
        MACOSX_BUNDLE_BUNDLE_NAME "SoftToken"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${SOFTTOKEN_VERSION_CODE}"
        QT_IOS_LAUNCH_SCREEN "${_ios}/LaunchScreen.storyboard"
        XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER "${SOFTTOKEN_APP_ID}"
        XCODE_ATTRIBUTE_TARGETED_DEVICE_FAMILY "1"  # iPhone
        XCODE_ATTRIBUTE_ASSETCATALOG_COMPILER_APPICON_NAME "AppIcon"
        XCODE_ATTRIBUTE_IPHONEOS_DEPLOYMENT_TARGET "14.0")
    # Signing: pass -DCMAKE_XCODE_ATTRIBUTE_DEVELOPMENT_TEAM=<team id> at configure time, or
    # choose the team in Xcode (docs/mobile-build.md).
endif()
