#include <charconv>
#include <iostream>

#include <QImage>
#include <QString>

#include "args.h"
#include "cmd_qr_bench.h"
#include "commands.h"
#include "otp/display_text.h"
#include "output.h"
#include "platform/qr/image_input.h"
#include "platform/qr/qr_writer.h"

namespace otptool {
namespace {

constexpr std::string_view kUsage = R"(usage: otptool qr decode FILE...
       otptool qr encode URI -o FILE.png [--scale N]
       otptool qr bench DIR

decode  prints FILE<TAB>PAYLOAD for every QR code in each image (one line per code), or
        FILE<TAB>ERROR: message. Exit 0 if every file had a code, 1 if one had none,
        2 if a file could not be read.
encode  writes URI (any text) as a black-on-white QR code PNG, N pixels per module
        (default 8) with a 4-module quiet zone.
bench   decodes a corpus (DIR/manifest.csv, see docs/qr-scanning.md) with our cascade and
        with plain ZXing defaults; prints decode rate, wrong payloads and times per category.
)";

constexpr std::string_view kDecodeUsage = "usage: otptool qr decode FILE...";
constexpr std::string_view kEncodeUsage = "usage: otptool qr encode URI -o FILE.png [--scale N]";

int runDecode(CommandArgs argv)
{
    auto parsed = parseCommand(argv, {}, kDecodeUsage);
    if (auto* exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const Args& args = std::get<Args>(parsed);
    if (args.positional().empty())
        return fail("qr decode needs at least one image file (see otptool qr --help)");

    int status = kExitOk;
    for (const std::string& file : args.positional()) {
        auto scan = platform::qr::scanImageFile(QString::fromStdString(file));
        if (!scan) {
            std::cout << file << "\tERROR: " << otp::escapeControls(scan.error().message) << '\n';
            status = kExitBadInput;
            continue;
        }
        if (scan->payloads.empty()) {
            std::cout << file << "\tERROR: no QR code found\n";
            status = std::max(status, static_cast<int>(kExitNo));
            continue;
        }
        for (const std::string& payload : scan->payloads)
            std::cout << file << '\t' << otp::escapeControls(payload) << '\n';
    }
    return status;
}

int runEncode(CommandArgs argv)
{
    static constexpr OptionSpec kOptions[] = {{"output", true}, {"scale", true}};
    // Accept the short "-o" as the long form.
    std::vector<std::string> words(argv.begin(), argv.end());
    for (std::string& w : words) {
        if (w == "-o")
            w = "--output";
    }
    auto parsed = parseCommand(words, kOptions, kEncodeUsage);
    if (auto* exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const Args& args = std::get<Args>(parsed);
    const auto output = args.value("output");
    if (args.positional().size() != 1 || !output || output->empty())
        return fail("qr encode takes one URI and -o FILE.png (see otptool qr --help)");

    platform::qr::QrWriteOptions options;
    if (const auto scale = args.value("scale")) {
        const char* end = scale->data() + scale->size();
        auto [ptr, ec] = std::from_chars(scale->data(), end, options.scale);
        if (ec != std::errc() || ptr != end)
            return fail("--scale must be a number, got '" + *scale + "'");
    }
    auto image = platform::qr::writeQr(args.positional()[0], options);
    if (!image)
        return fail(image.error());
    if (!image->save(QString::fromStdString(*output)))
        return fail("cannot write " + *output);
    return kExitOk;
}

}  // namespace

int runQr(CommandArgs argv)
{
    if (argv.empty())
        return (printUsage(kUsage), kExitBadInput);
    const std::string& sub = argv[0];
    if (sub == "--help" || sub == "-h" || sub == "help")
        return printUsage(kUsage);
    if (sub == "decode")
        return runDecode(argv.subspan(1));
    if (sub == "encode")
        return runEncode(argv.subspan(1));
    if (sub == "bench")
        return runQrBench(argv.subspan(1));
    return fail("unknown qr command '" + sub + "' (see otptool qr --help)");
}

}  // namespace otptool
