// Touch ID / Face ID unlock on iOS through LocalAuthentication (LAContext). Objective-C++ with ARC
// (-fobjc-arc in platform/CMakeLists.txt). No iOS SDK on Debian: CI only syntax-checks it with
// clang against our stubs (tests/mobile/stubs/ios, ios_objcxx_syntax_check), so every call is also
// checked against Apple's LAContext reference; a phone build is the real check.
//
// Biometrics only unlock the UI (no Keychain item is bound to them): the PIN stays the root, and
// iOS's own limit (biometry locked out after a few unrecognised tries) sends the user to the PIN.
// Face ID shows NSFaceIDUsageDescription (mobile/ios/Info.plist, en/ja) the first time.

#import <Foundation/Foundation.h>
#import <LocalAuthentication/LocalAuthentication.h>
#include <functional>
#include <memory>
#include <string>
#include <utility>

#include <QCoreApplication>
#include <QMetaObject>

#include "platform/app_lock.h"
#include "platform/error_code.h"

namespace platform {

namespace {

using Done = std::function<void(otp::Result<void>)>;

// Biometrics only: the device passcode would be LAPolicyDeviceOwnerAuthentication, and the app's
// own PIN is the fallback instead.
constexpr LAPolicy kPolicy = LAPolicyDeviceOwnerAuthenticationWithBiometrics;

otp::Result<void> toResult(bool success, NSInteger code, const std::string& message)
{
    if (success)
        return {};
    const std::string text = "LocalAuthentication error " + std::to_string(code) + ": " + message;
    if (code == LAErrorBiometryNotAvailable || code == LAErrorBiometryNotEnrolled ||
        code == LAErrorPasscodeNotSet)
        return otp::Error{platform::ErrorCode::BiometricUnavailable, text};
    // Cancelled by the user or the system, lockout after too many misses, ...
    return otp::Error{platform::ErrorCode::BiometricFailed, text};
}

// Calls `done` on the Qt main thread (LAContext replies on a private queue).
void deliver(const std::shared_ptr<Done>& done, otp::Result<void> result)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        return;
    QMetaObject::invokeMethod(
        app, [done, result = std::move(result)] { (*done)(result); }, Qt::QueuedConnection);
}

class IosBiometricAuthenticator final : public BiometricAuthenticator {
public:
    bool isAvailable() const override
    {
        // A new context each time: it answers for the enrolment state at its creation.
        LAContext* context = [[LAContext alloc] init];
        return [context canEvaluatePolicy:kPolicy error:nil] == YES;
    }

    void authenticate(const QString& reason, Done done) override
    {
        auto shared = std::make_shared<Done>(std::move(done));
        LAContext* context = [[LAContext alloc] init];
        // No "Enter Password" button after a miss: the lock page's PIN pad is the fallback.
        context.localizedFallbackTitle = @"";
        NSError* error = nil;
        if (![context canEvaluatePolicy:kPolicy error:&error]) {
            const NSInteger code =
                error ? error.code : static_cast<NSInteger>(LAErrorBiometryNotAvailable);
            deliver(shared, toResult(false, code, "canEvaluatePolicy refused"));
            return;
        }
        // evaluatePolicy throws on an empty reason.
        // What QString::toNSString() does; that member exists only in Qt's Darwin headers, and
        // this spelling lets the Debian syntax check (tests/mobile/check_objcxx.py) see the call.
        NSString* text =
            reason.isEmpty()
                ? @"SoftToken"
                : [NSString stringWithCharacters:reinterpret_cast<const unichar*>(reason.utf16())
                                          length:static_cast<NSUInteger>(reason.size())];
        // The block keeps `context` alive until the reply (a released context cancels).
        [context evaluatePolicy:kPolicy
                localizedReason:text
                          reply:^(BOOL success, NSError* replyError) {
                            const char* utf8 =
                                replyError ? replyError.localizedDescription.UTF8String : nullptr;
                            const NSInteger code = replyError ? replyError.code : 0;
                            deliver(shared, toResult(success == YES, code, utf8 ? utf8 : ""));
                            static_cast<void>(context);
                          }];
    }
};

}  // namespace

std::unique_ptr<BiometricAuthenticator> makeSystemBiometricAuthenticator()
{
    return std::make_unique<IosBiometricAuthenticator>();
}

}  // namespace platform
