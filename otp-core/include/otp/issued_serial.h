#pragma once

#include <optional>
#include <string_view>

#include "otp/key_uri.h"
#include "otp/serial.h"

// Where a token's serial comes from. A serial the bank knows is one the issuer assigned: the
// `serial` parameter, or a credential ID such as Symantec/Broadcom VIP Access' "SYMC12345678"
// that provisioning tools write as the label's account ("VIP Access:SYMC12345678"). Only
// without either does SoftToken derive one from the secret (docs/serial.md).
namespace otp {

enum class SerialSource {
    Parameter,  // the URI's `serial` parameter
    Label,      // an issuer-assigned ID that is the label's account (or the whole label)
    Derived,    // made by SoftToken from the secret: the bank knows it only if it derives it too
};

// The ID in the label: the account part, read by Serial::parse (4 ASCII letters and 8 digits,
// any case, spaces and hyphens anywhere). nullopt for any other account.
std::optional<Serial> serialInLabel(const KeyUri& uri);

// The order effectiveSerial() uses: Parameter, then Label, then Derived.
SerialSource serialSource(const KeyUri& uri);

// "uri" (the parameter), "label", "derived": for otptool and logs.
std::string_view serialSourceName(SerialSource source);

}  // namespace otp
