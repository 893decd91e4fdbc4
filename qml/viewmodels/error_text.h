#pragma once

#include <QCoreApplication>
#include <QString>

#include "otp/error.h"
#include "otp/scanned_payload.h"
#include "platform/error_code.h"

// The translated, user-facing sentence for an error of any layer: otp-core's codes and the
// platform's (platform/error_code.h), which travel in the same otp::Error. Chosen by code only:
// the English Error::message is for logs and never shown.
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString forError(const otp::Error& error);
    static QString forCode(otp::ErrorCode code);
    static QString forCode(platform::ErrorCode code);
    // Why a scanned QR code is not a token setup code ("This QR code is a web link, ...").
    static QString forPayloadKind(otp::PayloadKind kind);
};
