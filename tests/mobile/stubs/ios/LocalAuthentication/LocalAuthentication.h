// STUB for a syntax check only (tests/mobile/check_objcxx.py): NOT Apple's header.
// Declares only what platform/src/ios/biometric_ios.mm uses, with the names, types and values of
// Apple's LocalAuthentication reference (developer.apple.com/documentation/localauthentication:
// LAContext, LAPolicy, LAError.Code; the values are those of LAPublicDefines.h in the iOS SDK).
// Add a declaration here only when the .mm starts to use it, copied from that reference; a
// mistake copied into this file is not caught by the check.
#pragma once

#import <Foundation/Foundation.h>

typedef enum LAPolicy : NSInteger {
    LAPolicyDeviceOwnerAuthenticationWithBiometrics = 1,
    LAPolicyDeviceOwnerAuthentication = 2,
} LAPolicy;

typedef enum LAError : NSInteger {
    LAErrorPasscodeNotSet = -5,
    LAErrorBiometryNotAvailable = -6,
    LAErrorBiometryNotEnrolled = -7,
} LAError;

@interface LAContext : NSObject
- (BOOL)canEvaluatePolicy:(LAPolicy)policy error:(NSError* __autoreleasing*)error;
- (void)evaluatePolicy:(LAPolicy)policy
       localizedReason:(NSString*)localizedReason
                 reply:(void (^)(BOOL success, NSError* error))reply;
@property(nonatomic, copy) NSString* localizedFallbackTitle;
@end
