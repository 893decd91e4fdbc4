#include <iostream>

#include "args.h"
#include "commands.h"
#include "otp/key_uri.h"
#include "output.h"
#include "uri_argument.h"

namespace otptool {
namespace {

constexpr std::string_view kUsage = R"(usage: otptool serial URI

Prints the token's serial number in display form (ABCD 1234 5678): the URI's `serial`
parameter if it has one, else an issuer-assigned ID that is the label's account (a VIP Access
credential ID such as SYMC12345678), otherwise the serial derived from the secret
(docs/serial.md).
"-" reads the URI from stdin.
)";

}  // namespace

int runSerial(CommandArgs argv)
{
    auto parsed = parseCommand(argv, {}, kUsage);
    if (auto* exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const Args& args = std::get<Args>(parsed);
    if (args.positional().size() != 1)
        return fail("serial takes exactly one URI (see otptool serial --help)");

    auto uri = keyUriFromArgument(args.positional()[0]);
    if (!uri)
        return fail(uri.error());
    std::cout << otp::effectiveSerial(*uri).display() << '\n';
    return kExitOk;
}

}  // namespace otptool
