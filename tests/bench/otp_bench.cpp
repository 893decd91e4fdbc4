// Code generation speed: our pre-keyed HotpGenerator, the fresh EVP_MAC reference (hotpCode)
// and liboath (OATH Toolkit), in one binary so they share the machine's state. Each reports
// codes/s. Build in Release (docs/otp.md):
//   cmake --preset release -B build-h1r -DSOFTTOKEN_BUILD_APP=OFF && ninja -C build-h1r otp_bench
//   build-h1r/bin/otp_bench
//
// liboath's oath_hotp_generate is HMAC-SHA1 only; for SHA-256 and SHA-512 it offers only TOTP
// (oath_totp_generate2 with OATH_TOTP_HMAC_SHA256/512), benchmarked with a time that moves one
// step per code so it computes the same HOTP values.
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <liboath/oath.h>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "otp/hotp.h"
#include "otp/totp.h"

namespace {

using otp::Algorithm;

// RFC 6238 Appendix B seeds: the hash's output length.
std::vector<std::uint8_t> seed(Algorithm algorithm)
{
    const std::string digits = "1234567890123456789012345678901234567890123456789012345678901234";
    std::size_t length = 20;
    if (algorithm == Algorithm::Sha256)
        length = 32;
    else if (algorithm == Algorithm::Sha512)
        length = 64;
    return {digits.begin(), digits.begin() + static_cast<std::ptrdiff_t>(length)};
}

void reportRate(benchmark::State& state)
{
    state.counters["codes/s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

// Pre-keyed: the key schedule happened at create(); each code is two compressions.
template <Algorithm A> void BM_PreKeyed(benchmark::State& state)
{
    auto generator = otp::HotpGenerator::create(seed(A), A, 6);
    if (!generator) {
        state.SkipWithError(generator.error().message.c_str());
        return;
    }
    std::uint64_t counter = 0;
    for (auto _ : state) {
        std::string code = generator->code(counter++);
        benchmark::DoNotOptimize(code);
    }
    reportRate(state);
}

// Fresh EVP_MAC context per code (hotpCode): what a straightforward OpenSSL 3 HOTP costs.
template <Algorithm A> void BM_FreshEvpMac(benchmark::State& state)
{
    const auto key = seed(A);
    std::uint64_t counter = 0;
    for (auto _ : state) {
        auto code = otp::hotpCode(key, A, 6, counter++);
        benchmark::DoNotOptimize(code);
    }
    reportRate(state);
}

// A TOTP token's whole screen state per call: two codes (current and next), so states/s.
template <Algorithm A> void BM_TotpStateAt(benchmark::State& state)
{
    auto generator = otp::TotpGenerator::create(seed(A), otp::TotpParameters{A, 6, 30, 0});
    if (!generator) {
        state.SkipWithError(generator.error().message.c_str());
        return;
    }
    std::int64_t time = 1'700'000'000;
    for (auto _ : state) {
        auto screen = generator->stateAt(time++);
        benchmark::DoNotOptimize(screen);
    }
    state.counters["states/s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

// The cost of the key schedule itself (create), for a token list being loaded.
template <Algorithm A> void BM_PreKeyedCreate(benchmark::State& state)
{
    const auto key = seed(A);
    for (auto _ : state) {
        auto generator = otp::HotpGenerator::create(key, A, 6);
        benchmark::DoNotOptimize(generator);
    }
    state.counters["creates/s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_LiboathHotp_Sha1(benchmark::State& state)
{
    const auto key = seed(Algorithm::Sha1);
    char code[16] = {};
    std::uint64_t counter = 0;
    for (auto _ : state) {
        const int rc = oath_hotp_generate(reinterpret_cast<const char*>(key.data()), key.size(),
                                          counter++, 6, false, OATH_HOTP_DYNAMIC_TRUNCATION, code);
        if (rc != OATH_OK) {
            state.SkipWithError(oath_strerror(rc));
            break;
        }
        benchmark::DoNotOptimize(code);
    }
    reportRate(state);
}

template <Algorithm A> void BM_LiboathTotp(benchmark::State& state)
{
    const auto key = seed(A);
    const int flags = A == Algorithm::Sha256   ? OATH_TOTP_HMAC_SHA256
                      : A == Algorithm::Sha512 ? OATH_TOTP_HMAC_SHA512
                                               : 0;
    char code[16] = {};
    std::time_t now = 0;
    for (auto _ : state) {
        const int rc = oath_totp_generate2(reinterpret_cast<const char*>(key.data()), key.size(),
                                           now, 30, 0, 6, flags, code);
        now += 30;
        if (rc != OATH_OK) {
            state.SkipWithError(oath_strerror(rc));
            break;
        }
        benchmark::DoNotOptimize(code);
    }
    reportRate(state);
}

BENCHMARK(BM_PreKeyed<Algorithm::Sha1>)->Name("PreKeyed/SHA1");
BENCHMARK(BM_PreKeyed<Algorithm::Sha256>)->Name("PreKeyed/SHA256");
BENCHMARK(BM_PreKeyed<Algorithm::Sha512>)->Name("PreKeyed/SHA512");
BENCHMARK(BM_FreshEvpMac<Algorithm::Sha1>)->Name("FreshEvpMac/SHA1");
BENCHMARK(BM_FreshEvpMac<Algorithm::Sha256>)->Name("FreshEvpMac/SHA256");
BENCHMARK(BM_FreshEvpMac<Algorithm::Sha512>)->Name("FreshEvpMac/SHA512");
BENCHMARK(BM_LiboathHotp_Sha1)->Name("LiboathHotp/SHA1");
BENCHMARK(BM_LiboathTotp<Algorithm::Sha1>)->Name("LiboathTotp/SHA1");
BENCHMARK(BM_LiboathTotp<Algorithm::Sha256>)->Name("LiboathTotp/SHA256");
BENCHMARK(BM_LiboathTotp<Algorithm::Sha512>)->Name("LiboathTotp/SHA512");
BENCHMARK(BM_TotpStateAt<Algorithm::Sha1>)->Name("TotpStateAt/SHA1");
BENCHMARK(BM_PreKeyedCreate<Algorithm::Sha1>)->Name("PreKeyedCreate/SHA1");
BENCHMARK(BM_PreKeyedCreate<Algorithm::Sha512>)->Name("PreKeyedCreate/SHA512");

}  // namespace

int main(int argc, char** argv)
{
    if (const int rc = oath_init(); rc != OATH_OK) {
        std::cerr << "oath_init failed: " << oath_strerror(rc) << '\n';
        return EXIT_FAILURE;
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return EXIT_FAILURE;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    oath_done();
    return EXIT_SUCCESS;
}
