#include "cmd_qr_bench.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>

#include "args.h"
#include "output.h"
#include "platform/qr/image_input.h"
#include "qr_bench_samples.h"

namespace otptool {
namespace {

constexpr std::string_view kUsage =
    R"(usage: otptool qr bench DIR [--category NAME] [--part tuning|held-out] [--repeat N]
                         [--camera] [--stages]

DIR is a synthetic corpus (DIR/manifest.csv: file,category,...,payload; payload last) or a
folder of photos with their expected texts (NAME.jpg and NAME.txt, in subfolders).
Decodes every image in-process with our cascade and with one plain ZXing 1.4 call with its
defaults, interleaved (a burst of load hits both). Prints per category the decode rate (exact
text), wrong texts, median / p95 and total decode time per image, and the ratio of the totals.
Times are the decoding thread's CPU time (a shared machine's other processes do not count);
image loading and the conversion to grayscale are not timed.
--category NAME  only that category
--part P         only the tuning two thirds or the held-out third (split by file path)
--repeat N       decode each image N times and keep each decoder's fastest time (default 1)
--wall           wall-clock time instead of CPU time
--camera         scan as camera frames (the camera path's first stages) instead of images
--stages         also run every cascade stage alone: hit rate and median cost per category
--stage-csv FILE with --stages: one row per image and stage (file,stage,hit,ms), for choosing
                 the stage order by reads per millisecond
Missed and wrong files go to stderr ("WORSE" where plain ZXing read it). Exit status 1 if our cascade returned a wrong text.
)";

// Whether a decoded text is the expected one. Multi-line texts also match with LF line
// endings and without trailing blanks: decoders differ there (the photos' texts are CRLF).
bool matches(const std::string& decoded, const std::string& expected)
{
    if (decoded == expected)
        return true;
    if (!isMultiLine(expected))
        return false;
    auto normal = [](std::string s) {
        std::erase(s, '\r');
        s.erase(s.find_last_not_of(" \n") + 1);
        return s;
    };
    return normal(decoded) == normal(expected);
}

struct Tally {
    int total = 0;
    int decoded = 0;
    int wrong = 0;
    std::vector<double> ms;

    // Returns whether the expected text was among the decoded ones.
    bool add(const otp::Result<platform::qr::ScanResult>& r, const std::string& expected,
             double elapsedMs)
    {
        ++total;
        ms.push_back(elapsedMs);
        if (!r)
            return false;
        bool hit = false;
        for (const std::string& p : r->payloads) {
            if (matches(p, expected))
                hit = true;
            else
                ++wrong;
        }
        decoded += hit ? 1 : 0;
        return hit;
    }
    double percentile(double q) const
    {
        if (ms.empty())
            return 0;
        std::vector<double> s = ms;
        std::sort(s.begin(), s.end());
        const auto i = static_cast<std::size_t>(std::lround(q * static_cast<double>(s.size() - 1)));
        return s[std::min(i, s.size() - 1)];
    }
    double sum() const
    {
        double total = 0;
        for (double m : ms)
            total += m;
        return total;
    }
    double rate() const { return total ? 100.0 * decoded / total : 0; }
};

// The calling thread's CPU time: on a machine shared with builds, wall time charges a decoder
// with every time slice the scheduler gives to others, and a longer cascade loses more of them.
// --wall measures wall time instead.
class Stopwatch {
public:
    explicit Stopwatch(bool wall) : m_wall(wall) { restart(); }
    void restart()
    {
        if (m_wall)
            m_timer.start();
        else
            m_cpuStart = cpuNs();
    }
    double ms() const
    {
        const double ns = m_wall ? static_cast<double>(m_timer.nsecsElapsed())
                                 : static_cast<double>(cpuNs() - m_cpuStart);
        return ns / 1e6;
    }

private:
    static long long cpuNs()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return static_cast<long long>(t.tv_sec) * 1000000000LL + t.tv_nsec;
    }
    bool m_wall;
    QElapsedTimer m_timer;
    long long m_cpuStart = 0;
};

void printHeader()
{
    std::printf("%-14s %4s | %-45s | %-45s | %5s\n", "", "", "ours (cascade)", "ZXing 1.4 defaults",
                "time");
    std::printf("%-14s %4s | %4s %6s %5s %7s %7s %9s | %4s %6s %5s %7s %7s %9s | %5s\n", "category",
                "n", "read", "rate", "wrong", "med ms", "p95 ms", "total ms", "read", "rate",
                "wrong", "med ms", "p95 ms", "total ms", "ratio");
}

void printRow(const std::string& name, const Tally& ours, const Tally& zx)
{
    if (ours.total == 0)
        return;
    std::printf(
        "%-14s %4d | %4d %5.1f%% %5d %7.2f %7.2f %9.1f | %4d %5.1f%% %5d %7.2f %7.2f %9.1f | "
        "%5.2f\n",
        name.c_str(), ours.total, ours.decoded, ours.rate(), ours.wrong, ours.percentile(0.5),
        ours.percentile(0.95), ours.sum(), zx.decoded, zx.rate(), zx.wrong, zx.percentile(0.5),
        zx.percentile(0.95), zx.sum(), zx.sum() > 0 ? ours.sum() / zx.sum() : 0.0);
}

// Both decoders on one image, `repeat` times each in turn; each keeps its fastest time.
struct Timed {
    otp::Result<platform::qr::ScanResult> ours = platform::qr::ScanResult{};
    otp::Result<platform::qr::ScanResult> zxing = platform::qr::ScanResult{};
    double oursMs = 0;
    double zxingMs = 0;
};

Timed decodeBoth(platform::qr::GrayView view, const platform::qr::ScanOptions& options, int repeat,
                 bool wall)
{
    Timed t;
    for (int i = 0; i < repeat; ++i) {
        Stopwatch timer(wall);
        t.ours = platform::qr::scanQr(view, options);
        const double a = timer.ms();
        timer.restart();
        t.zxing = platform::qr::scanQrZxingDefaults(view);
        const double b = timer.ms();
        t.oursMs = i == 0 ? a : std::min(t.oursMs, a);
        t.zxingMs = i == 0 ? b : std::min(t.zxingMs, b);
    }
    return t;
}

}  // namespace

int runQrBench(CommandArgs argv)
{
    static constexpr OptionSpec kOptions[] = {
        {"category", true}, {"part", true},      {"repeat", true}, {"camera", false},
        {"stages", false},  {"stage-csv", true}, {"wall", false}};
    auto parsed = parseCommand(argv, kOptions, kUsage);
    if (auto* exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const Args& args = std::get<Args>(parsed);
    if (args.positional().size() != 1)
        return fail("qr bench takes one corpus or photo directory (see otptool qr bench --help)");
    const QString dirName = QString::fromStdString(args.positional()[0]);
    const QDir dir(dirName);
    if (!dir.exists())
        return fail("no such directory: " + args.positional()[0]);
    int repeat = 1;
    if (const auto r = args.value("repeat")) {
        const char* end = r->data() + r->size();
        auto [ptr, ec] = std::from_chars(r->data(), end, repeat);
        if (ec != std::errc() || ptr != end || repeat < 1 || repeat > 100)
            return fail("--repeat must be 1 to 100, got '" + *r + "'");
    }
    const auto part = args.value("part");
    if (part && *part != "tuning" && *part != "held-out")
        return fail("--part must be tuning or held-out, got '" + *part + "'");

    std::vector<BenchSample> samples;
    const bool photos = !QFileInfo::exists(dir.filePath(QStringLiteral("manifest.csv")));
    if (photos) {
        samples = readPhotoFolder(dirName);
    } else {
        std::string error;
        auto manifest = readManifest(dirName, error);
        if (!manifest)
            return fail(error);
        samples = std::move(*manifest);
    }
    const auto only = args.value("category");
    std::erase_if(samples, [&](const BenchSample& s) {
        return (only && s.category != *only) || (part && s.heldOut != (*part == "held-out"));
    });
    if (samples.empty())
        return fail("no images with expected texts in " + args.positional()[0]);

    platform::qr::ScanOptions options;
    if (args.has("camera"))
        options.source = platform::qr::ScanSource::CameraFrame;
    const auto stages = platform::qr::cascadeStages();
    const bool perStage = args.has("stages");
    const bool wall = args.has("wall");
    std::map<std::string, Tally> ours, zxing;
    std::map<std::string, std::vector<Tally>> stageTallies;
    std::vector<Tally> stageAll(stages.size());
    std::ofstream stageCsv;
    if (const auto csv = args.value("stage-csv")) {
        stageCsv.open(*csv);
        if (!stageCsv)
            return fail("cannot write " + *csv);
        stageCsv << "file,stage,hit,ms\n";
    }
    std::vector<int> stageNew(stages.size());  // read by the stage, missed by plain ZXing
    Tally allOurs, allZxing, singleOurs, singleZxing, heldOurs, heldZxing;
    int worse = 0;  // images plain ZXing read and we did not
    for (const BenchSample& s : samples) {
        auto image = platform::qr::loadImageFile(dir.filePath(QString::fromStdString(s.file)));
        if (!image)
            return fail(image.error());
        const QImage gray = platform::qr::toGrayscale(*image);
        const platform::qr::GrayView view = platform::qr::grayView(gray);

        const Timed t = decodeBoth(view, options, repeat, wall);
        const bool hit = ours[s.category].add(t.ours, s.payload, t.oursMs);
        const bool zxingHit = zxing[s.category].add(t.zxing, s.payload, t.zxingMs);
        allOurs.add(t.ours, s.payload, t.oursMs);
        allZxing.add(t.zxing, s.payload, t.zxingMs);
        if (photos && !isMultiLine(s.payload)) {
            singleOurs.add(t.ours, s.payload, t.oursMs);
            singleZxing.add(t.zxing, s.payload, t.zxingMs);
        }
        if (s.heldOut) {
            heldOurs.add(t.ours, s.payload, t.oursMs);
            heldZxing.add(t.zxing, s.payload, t.zxingMs);
        }
        if (!t.ours)
            std::cerr << "error  " << s.file << ": " << t.ours.error().message << '\n';
        else if (!hit)
            std::cerr << (zxingHit ? "WORSE  " : "missed ") << s.file << '\n';
        if (!hit && zxingHit)
            ++worse;
        if (t.ours) {
            for (const std::string& p : t.ours->payloads) {
                if (!matches(p, s.payload))
                    std::cerr << "wrong  " << s.file << ": " << p.substr(0, 60) << '\n';
            }
        }

        if (perStage) {
            auto& tallies = stageTallies[s.category];
            tallies.resize(stages.size());
            for (std::size_t i = 0; i < stages.size(); ++i) {
                platform::qr::ScanOptions stage = options;
                stage.onlyStage = i;
                stage.advise = false;
                otp::Result<platform::qr::ScanResult> r = platform::qr::ScanResult{};
                double best = 0;
                for (int k = 0; k < repeat; ++k) {
                    const Stopwatch timer(wall);
                    r = platform::qr::scanQr(view, stage);
                    best = k == 0 ? timer.ms() : std::min(best, timer.ms());
                }
                tallies[i].add(r, s.payload, best);
                const bool stageHit = stageAll[i].add(r, s.payload, best);
                if (stageHit && !zxingHit)
                    ++stageNew[i];
                if (stageCsv.is_open())
                    stageCsv << s.file << ',' << stages[i] << ',' << (stageHit ? 1 : 0) << ','
                             << best << '\n';
            }
        }
    }

    printHeader();
    for (const auto& [category, tally] : ours)
        printRow(category, tally, zxing[category]);
    printRow("ALL", allOurs, allZxing);
    if (photos)
        printRow("single-line", singleOurs, singleZxing);
    if (photos && !part)
        printRow("held-out", heldOurs, heldZxing);
    std::printf("images plain ZXing read and ours did not: %d\n", worse);

    if (perStage) {
        std::printf("\nstage alone: hit rate %% / median ms per category\n%-14s", "category");
        for (std::string_view name : stages)
            std::printf(" %16.*s", static_cast<int>(name.size()), name.data());
        std::printf("\n");
        for (const auto& [category, tallies] : stageTallies) {
            std::printf("%-14s", category.c_str());
            for (const Tally& t : tallies)
                std::printf("  %5.1f%% %6.2fms", t.rate(), t.percentile(0.5));
            std::printf("\n");
        }
        std::printf("\n%-24s %6s %5s %5s %8s %9s\n", "stage alone", "rate", "wrong", "new",
                    "med ms", "total ms");
        for (std::size_t i = 0; i < stages.size(); ++i)
            std::printf("%-24.*s %5.1f%% %5d %5d %8.2f %9.1f\n", static_cast<int>(stages[i].size()),
                        stages[i].data(), stageAll[i].rate(), stageAll[i].wrong, stageNew[i],
                        stageAll[i].percentile(0.5), stageAll[i].sum());
    }
    return allOurs.wrong == 0 ? kExitOk : kExitNo;
}

}  // namespace otptool
