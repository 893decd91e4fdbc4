// Verification speed on the bank's side, with the ±1 step window softtoken-bank uses. Each
// reports verifications/s; every code is wrong, so all three candidate steps are computed (the
// worst case; a right code stops at the first match, usually step 0).
//   PreKeyed     otp::verifyTotp with a generator made once (a server that caches per token)
//   KeyPerLogin  a generator made from the stored secret on every request, then verifyTotp
//                (a server that keeps nothing between requests)
//   BankLogin    bank::Bank::login: user and token lookup, generator, window, failure count —
//                what softtoken-bank does for POST /api/login, minus HTTP and the file write
// Build in Release: ./dev bench, or build-release/bin/bank_bench.
#include <climits>
#include <cstdint>
#include <string>

#include <benchmark/benchmark.h>

#include "bank.h"
#include "otp/key_uri.h"
#include "otp/uri_generators.h"
#include "otp/verify.h"

namespace {

constexpr std::int64_t kNow = 1'700'000'000;
constexpr const char* kUri =
    "otpauth://totp/Bank:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Bank";

void reportRate(benchmark::State& state)
{
    state.counters["verifications/s"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

// Not a code of steps now-1 .. now+1 for the seed above (checked before the loop).
std::string wrongCode(const otp::TotpGenerator& generator)
{
    for (int candidate = 0;; ++candidate) {
        std::string code = std::to_string(100000 + candidate);
        if (!otp::verifyTotp(generator, code, kNow, 1))
            return code;
    }
}

void BM_PreKeyed(benchmark::State& state)
{
    const auto uri = otp::parseKeyUri(kUri);
    const auto generator = otp::totpGeneratorFor(*uri);
    const std::string code = wrongCode(*generator);
    for (auto _ : state) {
        auto offset = otp::verifyTotp(*generator, code, kNow, 1);
        benchmark::DoNotOptimize(offset);
    }
    reportRate(state);
}

void BM_KeyPerLogin(benchmark::State& state)
{
    const auto uri = otp::parseKeyUri(kUri);
    const std::string code = wrongCode(*otp::totpGeneratorFor(*uri));
    for (auto _ : state) {
        auto generator = otp::totpGeneratorFor(*uri);
        auto offset = otp::verifyTotp(*generator, code, kNow, 1);
        benchmark::DoNotOptimize(offset);
    }
    reportRate(state);
}

void BM_BankLogin(benchmark::State& state)
{
    bank::Config config;
    config.maxFailures = INT_MAX;  // wrong codes forever without a lockout
    bank::Bank bank(bank::State{}, config, [] { return kNow; });
    auto token = bank.issueToken({.user = "alice"});
    const auto uri = otp::parseKeyUri(token->uri);
    const auto generator = otp::totpGeneratorFor(*uri);
    if (!bank.registerToken("alice", token->serial, *generator->codeAt(kNow), "1234")) {
        state.SkipWithError("registration failed");
        return;
    }
    const std::string code = wrongCode(*generator);
    for (auto _ : state) {
        auto login = bank.login("alice", code);
        benchmark::DoNotOptimize(login);
    }
    reportRate(state);
}

}  // namespace

BENCHMARK(BM_PreKeyed)->Name("VerifyTotpWindow1/PreKeyed");
BENCHMARK(BM_KeyPerLogin)->Name("VerifyTotpWindow1/KeyPerLogin");
BENCHMARK(BM_BankLogin)->Name("VerifyTotpWindow1/BankLogin");
BENCHMARK_MAIN();
