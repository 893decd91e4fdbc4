#include "otp/issued_serial.h"

namespace otp {

std::optional<Serial> serialInLabel(const KeyUri& uri)
{
    auto serial = Serial::parse(uri.account);
    if (!serial)
        return std::nullopt;
    return std::move(serial).value();
}

SerialSource serialSource(const KeyUri& uri)
{
    if (uri.serial)
        return SerialSource::Parameter;
    if (serialInLabel(uri))
        return SerialSource::Label;
    return SerialSource::Derived;
}

std::string_view serialSourceName(SerialSource source)
{
    switch (source) {
    case SerialSource::Parameter: return "uri";
    case SerialSource::Label: return "label";
    case SerialSource::Derived: return "derived";
    }
    return "derived";
}

Serial effectiveSerial(const KeyUri& uri)
{
    if (uri.serial)
        return *uri.serial;
    if (auto fromLabel = serialInLabel(uri))
        return *std::move(fromLabel);
    return Serial::deriveFromSecret(uri.secret);
}

}  // namespace otp
