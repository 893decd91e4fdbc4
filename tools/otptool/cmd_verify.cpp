#include <array>
#include <iostream>

#include "args.h"
#include "commands.h"
#include "otp/uri_generators.h"
#include "otp/verify.h"
#include "output.h"
#include "uri_argument.h"

namespace otptool {
namespace {

constexpr std::string_view kUsage =
    R"(usage: otptool verify URI CODE [--at UNIX_SECONDS] [--window N]

Checks CODE against the token in URI ("-" reads the URI from stdin).
  TOTP  searches the steps at --at (default: now) +- N (default 1), nearest first
  HOTP  searches the URI's counter .. counter + N (default 1)
Prints the matched offset (steps or counters) and exits 0; exits 1 if nothing matched.
)";

constexpr std::array kOptions = {OptionSpec{"at", true}, OptionSpec{"window", true}};
constexpr int kMaxWindow = 1000;

}  // namespace

int runVerify(CommandArgs argv)
{
    auto parsed = parseCommand(argv, kOptions, kUsage);
    if (auto* exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const Args& args = std::get<Args>(parsed);
    if (args.positional().size() != 2)
        return fail("verify takes a URI and a CODE (see otptool verify --help)");

    auto uri = keyUriFromArgument(args.positional()[0]);
    if (!uri)
        return fail(uri.error());
    const std::string& code = args.positional()[1];

    std::int64_t window = 1;
    if (auto value = args.value("window")) {
        auto parsedWindow = parseInteger(*value, 0, kMaxWindow);
        if (!parsedWindow)
            return fail("--window must be 0 to " + std::to_string(kMaxWindow) + ", got '" + *value +
                        "'");
        window = *parsedWindow;
    }

    if (uri->type == otp::OtpType::Hotp) {
        if (auto exitCode = rejectTimeOptionForHotp(args))
            return *exitCode;
        auto generator = otp::hotpGeneratorFor(*uri);
        if (!generator)
            return fail(generator.error());
        auto offset =
            otp::verifyHotp(*generator, code, uri->counter, static_cast<std::uint64_t>(window));
        if (!offset)
            return kExitNo;
        std::cout << *offset << '\n';
        return kExitOk;
    }

    auto at = timeOption(args);
    if (!at)
        return kExitBadInput;
    auto generator = otp::totpGeneratorFor(*uri);
    if (!generator)
        return fail(generator.error());
    auto offset = otp::verifyTotp(*generator, code, *at, static_cast<int>(window));
    if (!offset)
        return kExitNo;
    std::cout << *offset << '\n';
    return kExitOk;
}

}  // namespace otptool
