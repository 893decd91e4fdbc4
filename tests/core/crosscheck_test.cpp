// Cross-checks against two independent implementations from Debian: oathtool (OATH Toolkit,
// C, its own HMAC) and pyotp (Python's hmac/hashlib). Random (key, algorithm, digits, period,
// T0, time/counter) cases from a fixed seed, so every run checks the same cases; a failure
// prints the whole case so it can be replayed by hand.
//
// Tool paths come from CMake (tests/core/crosscheck/crosscheck.cmake). A missing tool is a
// test failure with the install command, never a silent skip.
//
// Limits of the references, checked by the tests below so a newer version that lifts them gets
// noticed:
// - oathtool supports 6, 7 and 8 digits only ("only digits 6, 7 and 8 are supported"), and
//   HOTP only with SHA-1 (its --totp=MODE option is the only way to choose a hash).
// - pyotp has no T0, so it gets the time relative to T0; it divides time by the period in
//   floating point, so times stay below 2^34 s where that division is exact enough.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

#include "otp/hotp.h"
#include "otp/totp.h"

namespace {

using otp::Algorithm;

constexpr const char* kOathtool = SOFTTOKEN_OATHTOOL;
constexpr const char* kPython = SOFTTOKEN_SYSTEM_PYTHON3;
constexpr const char* kPyotpScript = SOFTTOKEN_PYOTP_SCRIPT;

struct CommandResult {
    int status = -1;
    std::string output;
};

// Runs a shell command line and captures its stdout (stderr is folded in for messages).
CommandResult run(const std::string& command)
{
    CommandResult result;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (pipe == nullptr)
        return result;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
        result.output.append(buffer, n);
    result.status = ::pclose(pipe);
    return result;
}

std::string shellQuoted(std::string_view text)
{
    return "'" + std::string(text) + "'";  // paths and arguments here never contain quotes
}

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream stream(text);
    for (std::string line; std::getline(stream, line);)
        out.push_back(line);
    return out;
}

std::string hex(const std::vector<std::uint8_t>& bytes)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    for (std::uint8_t b : bytes) {
        out.push_back(kDigits[b >> 4]);
        out.push_back(kDigits[b & 0xf]);
    }
    return out;
}

::testing::AssertionResult toolUsable(const char* path, const char* what, const char* install)
{
    std::error_code error;
    if (std::string_view(path).empty() || std::string_view(path).ends_with("NOTFOUND") ||
        !std::filesystem::is_regular_file(path, error) || ::access(path, X_OK) != 0) {
        return ::testing::AssertionFailure()
               << what << " not found (CMake found '" << path << "'); install it with: " << install;
    }
    return ::testing::AssertionSuccess();
}

class Cases {
public:
    explicit Cases(std::uint64_t seed) : m_random(seed) {}

    std::vector<std::uint8_t> key()
    {
        // Mostly common lengths (10, 20, 32, 64 bytes), sometimes anything up to 150 bytes
        // to cover keys longer than SHA-512's 128-byte block.
        static constexpr std::size_t kCommon[] = {10, 16, 20, 32, 64};
        const std::size_t length =
            pick(0, 3) == 0 ? static_cast<std::size_t>(pick(1, 150)) : kCommon[pick(0, 4)];
        std::vector<std::uint8_t> out(length);
        for (auto& b : out)
            b = static_cast<std::uint8_t>(pick(0, 255));
        return out;
    }
    Algorithm algorithm()
    {
        static constexpr Algorithm kAll[] = {Algorithm::Sha1, Algorithm::Sha256, Algorithm::Sha512};
        return kAll[pick(0, 2)];
    }
    int period()
    {
        static constexpr int kCommon[] = {30, 60, 45, 15};
        return pick(0, 1) == 0 ? kCommon[pick(0, 3)] : static_cast<int>(pick(1, 3600));
    }
    std::uint64_t counter()
    {
        switch (pick(0, 2)) {
        case 0: return static_cast<std::uint64_t>(pick(0, 1000));
        case 1:
            return std::numeric_limits<std::uint64_t>::max() -
                   static_cast<std::uint64_t>(pick(0, 1000));
        default: return m_random();
        }
    }
    std::int64_t pick(std::int64_t low, std::int64_t high)
    {
        return std::uniform_int_distribution<std::int64_t>(low, high)(m_random);
    }

private:
    std::mt19937_64 m_random;
};

std::string describe(Algorithm algorithm, int digits, const std::vector<std::uint8_t>& key)
{
    return std::string(otp::algorithmName(algorithm)) + ", " + std::to_string(digits) +
           " digits, key " + hex(key);
}

TEST(CrossCheckOathtool, ToolIsInstalled)
{
    ASSERT_TRUE(toolUsable(kOathtool, "oathtool", "apt install oathtool"));
}

TEST(CrossCheckOathtool, DigitsSupportedAreSixToEight)
{
    ASSERT_TRUE(toolUsable(kOathtool, "oathtool", "apt install oathtool"));
    for (int digits : {5, 9, 10}) {
        auto result = run(shellQuoted(kOathtool) + " --hotp -d " + std::to_string(digits) +
                          " -c 0 3132333435363738393031323334353637383930");
        EXPECT_NE(result.status, 0)
            << "oathtool now accepts " << digits
            << " digits: extend the cross-check ranges. Output: " << result.output;
    }
}

// HOTP, SHA-1 only (see the limits above), 6-8 digits: each call returns 10 consecutive codes
// (-w 9), counters from small to near 2^64 - 1.
TEST(CrossCheckOathtool, HotpRandomCases)
{
    ASSERT_TRUE(toolUsable(kOathtool, "oathtool", "apt install oathtool"));
    Cases cases(0x4f415448);  // "OATH"
    int compared = 0;
    int failures = 0;
    for (int i = 0; i < 150 && failures < 10; ++i) {
        const auto key = cases.key();
        const int digits = static_cast<int>(cases.pick(6, 8));
        std::uint64_t counter = cases.counter();
        counter = std::min(counter, std::numeric_limits<std::uint64_t>::max() - 9);
        const std::string command = shellQuoted(kOathtool) + " --hotp -d " +
                                    std::to_string(digits) + " -w 9 -c " + std::to_string(counter) +
                                    " " + hex(key);
        auto result = run(command);
        ASSERT_EQ(result.status, 0) << command << "\n" << result.output;
        const auto expected = lines(result.output);
        ASSERT_EQ(expected.size(), 10U) << command << "\n" << result.output;

        auto generator = otp::HotpGenerator::create(key, Algorithm::Sha1, digits);
        ASSERT_TRUE(generator.ok()) << generator.error().message;
        for (std::uint64_t k = 0; k < 10; ++k, ++compared) {
            const std::string ours = generator->code(counter + k);
            if (ours != expected[k]) {
                ++failures;
                ADD_FAILURE() << "HOTP " << describe(Algorithm::Sha1, digits, key) << ", counter "
                              << counter + k << ": ours " << ours << ", oathtool " << expected[k]
                              << "\n  replay: " << command;
            }
        }
    }
    EXPECT_GE(compared, 1500);
}

// TOTP, all three hashes, 6-8 digits, random periods and T0: 4 consecutive steps per call.
TEST(CrossCheckOathtool, TotpRandomCases)
{
    ASSERT_TRUE(toolUsable(kOathtool, "oathtool", "apt install oathtool"));
    Cases cases(0x544f5450);  // "TOTP"
    int compared = 0;
    int failures = 0;
    for (int i = 0; i < 300 && failures < 10; ++i) {
        const auto key = cases.key();
        const Algorithm algorithm = cases.algorithm();
        const int digits = static_cast<int>(cases.pick(6, 8));
        const int period = cases.period();
        const std::int64_t t0 =
            cases.pick(0, 3) == 0 ? cases.pick(-1'000'000'000, 2'000'000'000) : 0;
        const std::int64_t time = t0 + cases.pick(0, std::int64_t{1} << 36);

        const std::string command =
            shellQuoted(kOathtool) + " --totp=" + std::string(otp::algorithmName(algorithm)) +
            " -d " + std::to_string(digits) + " -s " + std::to_string(period) + " -S @" +
            std::to_string(t0) + " -N @" + std::to_string(time) + " -w 3 " + hex(key);
        auto result = run(command);
        ASSERT_EQ(result.status, 0) << command << "\n" << result.output;
        const auto expected = lines(result.output);
        ASSERT_EQ(expected.size(), 4U) << command << "\n" << result.output;

        auto generator =
            otp::TotpGenerator::create(key, otp::TotpParameters{algorithm, digits, period, t0});
        ASSERT_TRUE(generator.ok()) << generator.error().message;
        for (int k = 0; k < 4; ++k, ++compared) {
            auto ours = generator->codeAt(time + std::int64_t{k} * period);
            ASSERT_TRUE(ours.ok()) << ours.error().message;
            if (*ours != expected[static_cast<std::size_t>(k)]) {
                ++failures;
                ADD_FAILURE() << "TOTP " << describe(algorithm, digits, key) << ", period "
                              << period << ", T0 " << t0 << ", time " << time << " + " << k
                              << " periods: ours " << *ours << ", oathtool "
                              << expected[static_cast<std::size_t>(k)] << "\n  replay: " << command;
            }
        }
    }
    EXPECT_GE(compared, 1200);
}

TEST(CrossCheckPyotp, ToolIsInstalled)
{
    ASSERT_TRUE(toolUsable(kPython, "Debian's /usr/bin/python3", "apt install python3"));
    auto result = run(shellQuoted(kPython) + " -c 'import pyotp'");
    ASSERT_EQ(result.status, 0) << kPython << " cannot import pyotp (apt install python3-pyotp): "
                                << result.output;
}

struct ScriptCase {
    std::string line;  // as sent to the script: also the replayable description
    std::string ours;
};

// Runs pyotp_codes.py once on all cases and compares its codes with ours.
void expectScriptAgrees(const std::vector<ScriptCase>& all)
{
    const auto casesFile = std::filesystem::temp_directory_path() /
                           ("softtoken-pyotp-cases-" + std::to_string(::getpid()) + ".txt");
    {
        std::ofstream out(casesFile);
        for (const auto& c : all)
            out << c.line.substr(0, c.line.find("  #")) << '\n';
        ASSERT_TRUE(out.good()) << "cannot write " << casesFile;
    }
    const std::string command = shellQuoted(kPython) + " " + shellQuoted(kPyotpScript) + " " +
                                shellQuoted(casesFile.string());
    auto result = run(command);
    std::filesystem::remove(casesFile);
    ASSERT_EQ(result.status, 0) << command << "\n" << result.output;
    const auto expected = lines(result.output);
    ASSERT_EQ(expected.size(), all.size()) << result.output.substr(0, 2000);

    int failures = 0;
    for (std::size_t i = 0; i < all.size() && failures < 10; ++i) {
        if (all[i].ours != expected[i]) {
            ++failures;
            ADD_FAILURE() << "case " << i << " [" << all[i].line << "]: ours " << all[i].ours
                          << ", reference " << expected[i];
        }
    }
}

// HOTP and TOTP, all three hashes, 6-10 digits, in one Python process.
TEST(CrossCheckPyotp, RandomCases)
{
    ASSERT_TRUE(toolUsable(kPython, "Debian's /usr/bin/python3", "apt install python3"));
    std::vector<ScriptCase> all;
    Cases cases(0x50594f54);  // "PYOT"
    for (int i = 0; i < 3000; ++i) {
        const auto key = cases.key();
        const Algorithm algorithm = cases.algorithm();
        const int digits = static_cast<int>(cases.pick(otp::kMinDigits, otp::kMaxDigits));
        std::string prefix = std::string(otp::algorithmName(algorithm)) + " " +
                             std::to_string(digits) + " " + hex(key);
        if (i % 2 == 0) {
            const std::uint64_t counter = cases.counter();
            auto generator = otp::HotpGenerator::create(key, algorithm, digits);
            ASSERT_TRUE(generator.ok());
            all.push_back(
                {"hotp " + prefix + " " + std::to_string(counter), generator->code(counter)});
        } else {
            const int period = cases.period();
            const std::int64_t t0 =
                cases.pick(0, 3) == 0 ? cases.pick(-1'000'000'000, 1'000'000'000) : 0;
            const std::int64_t sinceT0 = cases.pick(0, (std::int64_t{1} << 34) - 1);
            auto generator =
                otp::TotpGenerator::create(key, otp::TotpParameters{algorithm, digits, period, t0});
            ASSERT_TRUE(generator.ok());
            auto code = generator->codeAt(t0 + sinceT0);
            ASSERT_TRUE(code.ok());
            all.push_back({"totp " + prefix + " " + std::to_string(period) + " " +
                               std::to_string(sinceT0) + "  # T0 " + std::to_string(t0),
                           *code});
        }
    }

    expectScriptAgrees(all);
}

// Steam Guard codes against the script's own hmac computation (pyotp has none): random keys
// and times, 30 s or another period.
TEST(CrossCheckPyotp, SteamRandomCases)
{
    ASSERT_TRUE(toolUsable(kPython, "Debian's /usr/bin/python3", "apt install python3"));
    std::vector<ScriptCase> all;
    Cases cases(0x5354454d);  // "STEM"
    for (int i = 0; i < 1000; ++i) {
        const auto key = cases.key();
        const int period = i % 4 == 0 ? cases.period() : 30;
        const std::int64_t at = cases.pick(0, (std::int64_t{1} << 34) - 1);
        auto generator = otp::TotpGenerator::create(key, {.algorithm = Algorithm::Sha1,
                                                          .digits = otp::kSteamCodeLength,
                                                          .period = period,
                                                          .format = otp::CodeFormat::Steam});
        ASSERT_TRUE(generator.ok());
        auto code = generator->codeAt(at);
        ASSERT_TRUE(code.ok());
        all.push_back(
            {"steam " + hex(key) + " " + std::to_string(period) + " " + std::to_string(at), *code});
    }
    expectScriptAgrees(all);
}

}  // namespace
