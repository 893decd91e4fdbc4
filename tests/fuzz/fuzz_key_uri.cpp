// libFuzzer target for otp::parseKeyUri / formatKeyUri and otp::Serial::parse.
// Invariants (trap on violation):
//  - a parsed URI formats to text that parses back to an equal KeyUri and formats identically;
//  - a rejection carries a Key URI error code and a message;
//  - the effective serial is well formed, and a derived one has a valid Luhn digit (issued ones,
//    from the `serial` parameter or the label, need not);
//  - a serial that parses displays as text that parses back to the same serial.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "otp/issued_serial.h"
#include "otp/key_uri.h"
#include "otp/serial.h"

namespace {

bool isUriError(otp::ErrorCode code)
{
    const auto value = static_cast<int>(code);
    return value >= 200 && value < 300;
}

void checkSerial(const otp::Serial& serial)
{
    const std::string& compact = serial.compact();
    if (compact.size() != 12)
        __builtin_trap();
    const auto reparsed = otp::Serial::parse(serial.display());
    if (!reparsed.ok() || *reparsed != serial)
        __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    if (const auto serial = otp::Serial::parse(text); serial.ok())
        checkSerial(*serial);

    const auto parsed = otp::parseKeyUri(text);
    if (!parsed.ok()) {
        if (!isUriError(parsed.error().code) || parsed.error().message.empty())
            __builtin_trap();
        return 0;
    }

    const otp::SecureString formatted = otp::formatKeyUri(*parsed);
    const auto reparsed = otp::parseKeyUri(formatted.view());
    if (!reparsed.ok() || !(*reparsed == *parsed))
        __builtin_trap();
    if (otp::formatKeyUri(*reparsed) != formatted)
        __builtin_trap();

    const otp::Serial serial = otp::effectiveSerial(*parsed);
    checkSerial(serial);
    if (otp::serialSource(*parsed) == otp::SerialSource::Derived &&
        !otp::luhnValid(std::string_view(serial.compact()).substr(4)))
        __builtin_trap();
    return 0;
}
