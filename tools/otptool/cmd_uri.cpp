#include <array>
#include <iostream>
#include <limits>

#include "args.h"
#include "commands.h"
#include "json.h"
#include "otp/base32.h"
#include "otp/issued_serial.h"
#include "otp/key_uri.h"
#include "otp/random.h"
#include "output.h"
#include "uri_argument.h"

namespace otptool {
namespace {

constexpr std::string_view kUsage = R"(usage: otptool uri parse URI
       otptool uri make --issuer I --account A (--secret B32 | --random-secret BITS)
                        [--algorithm SHA1|SHA256|SHA512] [--digits N] [--period S]
                        [--hotp --counter N] [--serial S]

parse  prints the URI as one JSON object: type, issuer, account, label_issuer (the label's
       prefix when it differs from issuer, else null), algorithm, digits, period, counter,
       encoder (decimal|steam), serial, serial_source (uri: the serial parameter; label: an
       issuer-assigned ID in the label; derived: made from the secret), secret (base32),
       extra (unknown parameters). "-" reads the URI from stdin.
make   prints a URI. --random-secret takes 128 to 512 bits, a multiple of 8.
)";

constexpr std::array kMakeOptions = {
    OptionSpec{"issuer", true},        OptionSpec{"account", true},   OptionSpec{"secret", true},
    OptionSpec{"random-secret", true}, OptionSpec{"algorithm", true}, OptionSpec{"digits", true},
    OptionSpec{"period", true},        OptionSpec{"hotp", false},     OptionSpec{"counter", true},
    OptionSpec{"serial", true},
};

int runUriParse(const Args& args)
{
    if (args.positional().size() != 1)
        return fail("uri parse takes exactly one URI (see otptool uri --help)");
    auto uri = keyUriFromArgument(args.positional()[0]);
    if (!uri)
        return fail(uri.error());

    const bool hotp = uri->type == otp::OtpType::Hotp;
    JsonObjectWriter json(std::cout);
    json.field("type", hotp ? "hotp" : "totp");
    json.field("issuer", uri->issuer);
    json.field("account", uri->account);
    if (uri->labelIssuer.empty())
        json.nullField("label_issuer");
    else
        json.field("label_issuer", uri->labelIssuer);
    json.field("algorithm", otp::algorithmName(uri->algorithm));
    json.field("digits", std::int64_t{uri->digits});
    if (hotp) {
        json.nullField("period");
        json.field("counter", uri->counter);
    } else {
        json.field("period", std::int64_t{uri->period});
        json.nullField("counter");
    }
    json.field("encoder", otp::codeFormatName(uri->codeFormat));
    json.field("serial", otp::effectiveSerial(*uri).compact());
    json.field("serial_source", otp::serialSourceName(otp::serialSource(*uri)));
    json.field("secret", otp::base32Encode(uri->secret).view());
    json.beginObject("extra");
    for (const auto& [name, value] : uri->extraParameters)
        json.field(name, value);
    json.endObject();
    return kExitOk;
}

// Builds the URI text from the options, then parses it back: the parser is the one place
// that validates digits, period, serial and the rest, with its specific messages.
int runUriMake(const Args& args)
{
    if (!args.positional().empty())
        return fail("uri make takes options only (see otptool uri --help)");
    const auto issuer = args.value("issuer");
    const auto account = args.value("account");
    if (!issuer || !account)
        return fail("uri make needs --issuer and --account");
    if (args.has("secret") == args.has("random-secret"))
        return fail("uri make needs exactly one of --secret and --random-secret");
    if (args.has("counter") && !args.has("hotp"))
        return fail("--counter needs --hotp");
    if (args.has("hotp") && args.has("period"))
        return fail("--period applies to TOTP; HOTP tokens have a --counter");

    otp::KeyUri uri;
    uri.type = args.has("hotp") ? otp::OtpType::Hotp : otp::OtpType::Totp;
    uri.issuer = *issuer;
    uri.account = *account;

    if (auto bits = args.value("random-secret")) {
        auto count = parseInteger(*bits, 128, 512);
        if (!count || *count % 8 != 0)
            return fail("--random-secret must be 128 to 512 bits, a multiple of 8, got '" + *bits +
                        "'");
        auto secret = otp::randomBytes(static_cast<std::size_t>(*count / 8));
        if (!secret)
            return fail(secret.error());
        uri.secret = std::move(secret).value();
    } else {
        auto secret = otp::base32Decode(*args.value("secret"));
        if (!secret)
            return fail(secret.error());
        uri.secret = std::move(secret).value();
    }
    if (auto name = args.value("algorithm")) {
        auto algorithm = otp::parseAlgorithm(*name);
        if (!algorithm)
            return fail("--algorithm must be SHA1, SHA256 or SHA512, got '" + *name + "'");
        uri.algorithm = *algorithm;
    }
    if (auto digits = args.value("digits")) {
        auto value =
            parseInteger(*digits, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        if (!value)
            return fail("--digits must be a number, got '" + *digits + "'");
        uri.digits = static_cast<int>(*value);
    }
    if (auto period = args.value("period")) {
        auto value =
            parseInteger(*period, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        if (!value)
            return fail("--period must be a number of seconds, got '" + *period + "'");
        uri.period = static_cast<int>(*value);
    }
    if (auto counter = args.value("counter")) {
        auto value = parseInteger(*counter, 0, std::numeric_limits<std::int64_t>::max());
        if (!value)
            return fail("--counter must be a whole number >= 0, got '" + *counter + "'");
        uri.counter = static_cast<std::uint64_t>(*value);
    }
    if (auto serial = args.value("serial")) {
        auto value = otp::Serial::parse(*serial);
        if (!value)
            return fail(value.error());
        uri.serial = *value;
    }

    const otp::SecureString text = otp::formatKeyUri(uri);
    if (auto check = otp::parseKeyUri(text.view()); !check)
        return fail(check.error());
    std::cout << text.view() << '\n';
    return kExitOk;
}

}  // namespace

int runUri(CommandArgs argv)
{
    if (argv.empty() || argv[0] == "--help")
        return argv.empty() ? fail("uri needs a subcommand: parse or make") : printUsage(kUsage);
    const std::string& sub = argv[0];
    if (sub != "parse" && sub != "make")
        return fail("unknown uri subcommand '" + sub + "' (parse or make)");

    const auto options =
        sub == "make" ? std::span<const OptionSpec>(kMakeOptions) : std::span<const OptionSpec>();
    auto parsed = parseCommand(argv.subspan(1), options, kUsage);
    if (auto* exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const Args& args = std::get<Args>(parsed);
    return sub == "parse" ? runUriParse(args) : runUriMake(args);
}

}  // namespace otptool
