#pragma once

#include <string_view>

#include <QByteArray>
#include <QString>

#include "otp/secure_bytes.h"

// A passphrase typed in QML arrives as a QString (there is no other way out of a TextField). It
// goes into zeroizing memory at once; the UTF-8 copy made on the way is wiped before it is freed.
inline otp::SecureString toSecureString(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    otp::SecureString secret(
        std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    utf8.fill('\0');
    return secret;
}
