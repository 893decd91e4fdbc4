#pragma once

#include <QString>

#include "otp/key_uri.h"

// Where a token's serial comes from, said for the user: only a serial the issuer assigned is
// known to every bank, so the confirmation sheet and the token screen say which it is.
namespace serialsource {

// "From your bank" (the URI's serial parameter or an ID in its label) or "Made by SoftToken
// from the key" (derived from the secret, docs/serial.md). Translated.
QString text(const otp::KeyUri& uri);

// True for a serial the issuer assigned.
bool issued(const otp::KeyUri& uri);

}  // namespace serialsource
