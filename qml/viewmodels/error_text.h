#pragma once

#include <QCoreApplication>
#include <QString>

#include "otp/error.h"
#include "otp/scanned_payload.h"

// The translated, user-facing sentence for an error from otp-core, the vault or the scanner.
// Chosen by ErrorCode only: the English Error::message is for logs and never shown.
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString forError(const otp::Error& error);
    static QString forCode(otp::ErrorCode code);
    // The same for a stable code name as platform objects report it ("pin.wrong",
    // "sntp.timeout", see otp::errorCodeName); a generic sentence for an unknown name.
    static QString forCodeName(const QString& name);
    // Why a scanned QR code is not a token setup code ("This QR code is a web link, ...").
    static QString forPayloadKind(otp::PayloadKind kind);
};
