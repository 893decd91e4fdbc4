#include <array>
#include <iostream>
#include <limits>

#include "args.h"
#include "commands.h"
#include "otp/uri_generators.h"
#include "output.h"
#include "uri_argument.h"

namespace otptool {
namespace {

constexpr std::string_view kUsage = R"(usage: otptool code URI [--at UNIX_SECONDS] [--next]

Prints the one-time password of the token in URI ("-" reads the URI from stdin).
  TOTP  the code at --at (default: now); --next: the code of the following period
  HOTP  the code for the URI's counter;  --next: the code for counter + 1
)";

constexpr std::array kOptions = {OptionSpec{"at", true}, OptionSpec{"next", false}};

}  // namespace

int runCode(CommandArgs argv)
{
    auto parsed = parseCommand(argv, kOptions, kUsage);
    if (auto* exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const Args& args = std::get<Args>(parsed);
    if (args.positional().size() != 1)
        return fail("code takes exactly one URI (see otptool code --help)");

    auto uri = keyUriFromArgument(args.positional()[0]);
    if (!uri)
        return fail(uri.error());
    const bool next = args.has("next");

    if (uri->type == otp::OtpType::Hotp) {
        if (auto exitCode = rejectTimeOptionForHotp(args))
            return *exitCode;
        if (next && uri->counter == std::numeric_limits<std::uint64_t>::max())
            return fail("the counter is at its maximum; there is no next code");
        auto generator = otp::hotpGeneratorFor(*uri);
        if (!generator)
            return fail(generator.error());
        std::cout << generator->code(uri->counter + (next ? 1 : 0)) << '\n';
        return kExitOk;
    }

    auto at = timeOption(args);
    if (!at)
        return kExitBadInput;
    auto generator = otp::totpGeneratorFor(*uri);
    if (!generator)
        return fail(generator.error());
    auto state = generator->stateAt(*at);
    if (!state)
        return fail(state.error());
    std::cout << (next ? state->nextCode : state->code) << '\n';
    return kExitOk;
}

}  // namespace otptool
