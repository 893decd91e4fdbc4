// STUB for a syntax check only (tests/mobile/check_objcxx.py): NOT Apple's header.
// Declares only what platform/src/ios/biometric_ios.mm uses, with the names, types and values of
// Apple's Foundation reference (developer.apple.com/documentation/foundation, 64-bit iOS: BOOL is
// bool, NSInteger is long). Add a declaration here only when the .mm starts to use it, copied from
// that reference; a mistake copied into this file is not caught by the check.
#pragma once

typedef long NSInteger;
typedef unsigned long NSUInteger;
typedef unsigned short unichar;
typedef bool BOOL;  // objc.h on arm64 (OBJC_BOOL_IS_BOOL)
#define YES __objc_yes
#define NO __objc_no
#define nil nullptr

__attribute__((objc_root_class))
@interface NSObject
+ (instancetype)alloc;
- (instancetype)init;
@end

@interface NSString : NSObject
+ (instancetype)stringWithCharacters:(const unichar*)characters length:(NSUInteger)length;
@property(readonly) const char* UTF8String __attribute__((objc_returns_inner_pointer));
@end

@interface NSError : NSObject
@property(readonly) NSInteger code;
@property(readonly, copy) NSString* localizedDescription;
@end
