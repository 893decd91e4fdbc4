#include "cmd_qr_bench.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>

#include "args.h"
#include "output.h"
#include "platform/qr/image_input.h"

namespace otptool {
namespace {

constexpr std::string_view kUsage =
    R"(usage: otptool qr bench DIR [--category NAME] [--repeat N] [--stages]

Reads DIR/manifest.csv (columns file,category,...,payload; payload last) and decodes every
image in-process with our cascade and with plain ZXing defaults. Prints per category the
decode rate (exact payload), wrong payloads, and median / p95 decode time per image. Image
loading and the conversion to grayscale are not timed.
--category NAME  only that category
--repeat N       decode each image N times and keep the fastest time (default 1): on a
                 shared machine this takes other processes' bursts out of the figures
--stages         also run every cascade stage alone: hit rate and median cost per category
)";

struct Sample {
    std::string file;
    std::string category;
    std::string payload;
};

// One CSV record (RFC 4180 quoting); false at end of input.
bool readRecord(std::istream& in, std::vector<std::string>& fields)
{
    fields.clear();
    std::string field;
    bool quoted = false;
    bool any = false;
    for (int c; (c = in.get()) != EOF;) {
        any = true;
        if (quoted) {
            if (c == '"') {
                if (in.peek() == '"')
                    field += static_cast<char>(in.get());
                else
                    quoted = false;
            } else {
                field += static_cast<char>(c);
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.push_back(std::move(field));
            field.clear();
        } else if (c == '\n') {
            break;
        } else if (c != '\r') {
            field += static_cast<char>(c);
        }
    }
    if (!any)
        return false;
    fields.push_back(std::move(field));
    return true;
}

struct Tally {
    int total = 0;
    int decoded = 0;
    int wrong = 0;
    std::vector<double> ms;

    void add(const otp::Result<platform::qr::ScanResult>& r, const std::string& expected,
             double elapsedMs)
    {
        ++total;
        ms.push_back(elapsedMs);
        if (!r)
            return;
        bool hit = false;
        for (const std::string& p : r->payloads) {
            if (p == expected)
                hit = true;
            else
                ++wrong;
        }
        decoded += hit ? 1 : 0;
    }
    double percentile(double q) const
    {
        if (ms.empty())
            return 0;
        std::vector<double> s = ms;
        std::sort(s.begin(), s.end());
        const auto i = static_cast<std::size_t>(q * static_cast<double>(s.size() - 1) + 0.5);
        return s[std::min(i, s.size() - 1)];
    }
    double rate() const { return total ? 100.0 * decoded / total : 0; }
};

// Fastest of `repeat` runs of f, in milliseconds.
template <typename F> double timedMs(int repeat, F&& f)
{
    double best = 0;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        best = i == 0 ? ms : std::min(best, ms);
    }
    return best;
}

void printRow(const std::string& name, const Tally& ours, const Tally& zx)
{
    std::printf("%-12s %4d | %6.1f%% %5d %7.2f %7.2f | %6.1f%% %5d %7.2f %7.2f\n", name.c_str(),
                ours.total, ours.rate(), ours.wrong, ours.percentile(0.5), ours.percentile(0.95),
                zx.rate(), zx.wrong, zx.percentile(0.5), zx.percentile(0.95));
}

}  // namespace

int runQrBench(CommandArgs argv)
{
    static constexpr OptionSpec kOptions[] = {
        {"category", true}, {"repeat", true}, {"stages", false}};
    auto parsed = parseCommand(argv, kOptions, kUsage);
    if (auto* exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const Args& args = std::get<Args>(parsed);
    if (args.positional().size() != 1)
        return fail("qr bench takes one corpus directory (see otptool qr bench --help)");
    const QDir dir(QString::fromStdString(args.positional()[0]));
    std::ifstream manifest(dir.filePath(QStringLiteral("manifest.csv")).toStdString());
    if (!manifest)
        return fail("cannot open " + args.positional()[0] + "/manifest.csv");

    std::vector<Sample> samples;
    std::vector<std::string> fields;
    std::vector<std::string> header;
    readRecord(manifest, header);
    if (header.size() < 3 || header[0] != "file" || header[1] != "category")
        return fail("manifest.csv must start with file,category,...,payload");
    const auto only = args.value("category");
    int repeat = 1;
    if (const auto r = args.value("repeat")) {
        const char* end = r->data() + r->size();
        auto [ptr, ec] = std::from_chars(r->data(), end, repeat);
        if (ec != std::errc() || ptr != end || repeat < 1 || repeat > 100)
            return fail("--repeat must be 1 to 100, got '" + *r + "'");
    }
    while (readRecord(manifest, fields)) {
        if (fields.size() != header.size())
            continue;
        if (only && fields[1] != *only)
            continue;
        samples.push_back({fields[0], fields[1], fields.back()});
    }
    if (samples.empty())
        return fail("no images listed in manifest.csv");

    const auto stages = platform::qr::cascadeStages();
    const bool perStage = args.has("stages");
    std::map<std::string, Tally> ours, zxing;
    std::map<std::string, std::vector<Tally>> stageTallies;
    Tally allOurs, allZxing;
    for (const Sample& s : samples) {
        auto image = platform::qr::loadImageFile(dir.filePath(QString::fromStdString(s.file)));
        if (!image)
            return fail(image.error());
        const QImage gray = platform::qr::toGrayscale(*image);
        const platform::qr::GrayView view = platform::qr::grayView(gray);

        otp::Result<platform::qr::ScanResult> a = platform::qr::ScanResult{};
        const double msA = timedMs(repeat, [&] { a = platform::qr::scanQr(view); });
        otp::Result<platform::qr::ScanResult> b = platform::qr::ScanResult{};
        const double msB = timedMs(repeat, [&] { b = platform::qr::scanQrZxingDefaults(view); });
        ours[s.category].add(a, s.payload, msA);
        zxing[s.category].add(b, s.payload, msB);
        allOurs.add(a, s.payload, msA);
        allZxing.add(b, s.payload, msB);
        if (a && (a->payloads.empty() || a->payloads[0] != s.payload))
            std::cerr << "missed " << s.file << '\n';

        if (perStage) {
            auto& tallies = stageTallies[s.category];
            tallies.resize(stages.size());
            for (std::size_t i = 0; i < stages.size(); ++i) {
                platform::qr::ScanOptions options;
                options.onlyStage = i;
                otp::Result<platform::qr::ScanResult> r = platform::qr::ScanResult{};
                const double ms = timedMs(repeat, [&] { r = platform::qr::scanQr(view, options); });
                tallies[i].add(r, s.payload, ms);
            }
        }
    }

    std::printf("%-12s %4s | %-36s | %-36s\n", "", "", "ours (cascade)", "ZXing 1.4 defaults");
    std::printf("%-12s %4s | %7s %5s %7s %7s | %7s %5s %7s %7s\n", "category", "n", "rate", "wrong",
                "med ms", "p95 ms", "rate", "wrong", "med ms", "p95 ms");
    for (const auto& [category, tally] : ours)
        printRow(category, tally, zxing[category]);
    printRow("ALL", allOurs, allZxing);

    if (perStage) {
        std::printf("\nstage alone: hit rate %% / median ms per category\n%-12s", "category");
        for (std::string_view name : stages)
            std::printf(" %16.*s", static_cast<int>(name.size()), name.data());
        std::printf("\n");
        for (const auto& [category, tallies] : stageTallies) {
            std::printf("%-12s", category.c_str());
            for (const Tally& t : tallies)
                std::printf("  %5.1f%% %6.2fms", t.rate(), t.percentile(0.5));
            std::printf("\n");
        }
    }
    return allOurs.wrong == 0 ? kExitOk : kExitNo;
}

}  // namespace otptool
