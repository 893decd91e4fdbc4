// Import speed along otptool's path (`otptool import FILE`): the bytes of a file of otpauth://
// links, format detection and parse, the duplicate check against the vault, and one durable
// save of the merged vault. 1,000 / 5,000 / 10,000 links show that the time grows linearly.

#include <cstdio>
#include <filesystem>
#include <string>
#include <unistd.h>

#include <benchmark/benchmark.h>

#include "otp/base32.h"
#include "otp/interop/import.h"
#include "platform/import_export.h"
#include "platform/key_store.h"
#include "platform/vault_session.h"

namespace {

// Distinct secrets and labels, as a real list of links would have.
std::string uriList(int count)
{
    std::string text;
    for (int i = 0; i < count; ++i) {
        otp::SecureBytes secret(20);
        for (std::size_t b = 0; b < secret.size(); ++b)
            secret[b] =
                static_cast<std::uint8_t>((i * 131 + static_cast<int>(b) * 7919) >> (b % 3));
        secret[0] = static_cast<std::uint8_t>(i);
        secret[1] = static_cast<std::uint8_t>(i >> 8);
        text += "otpauth://totp/Issuer%20" + std::to_string(i) + ":user" + std::to_string(i) +
                "@example.com?secret=" + std::string(otp::base32Encode(secret).view()) +
                "&issuer=Issuer%20" + std::to_string(i) + "\n";
    }
    return text;
}

void BM_ImportUriList(benchmark::State& state)
{
    const int count = static_cast<int>(state.range(0));
    const std::string text = uriList(count);
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() /
        ("import_bench_" + std::to_string(count) + "_" + std::to_string(::getpid()));
    platform::MemoryKeyStore keys;
    for (auto _ : state) {
        state.PauseTiming();
        std::filesystem::remove_all(dir);
        platform::VaultSession session(QString::fromStdString(dir.string()), &keys);
        if (!session.create()) {
            state.SkipWithError("create failed");
            break;
        }
        state.ResumeTiming();
        const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
        auto found = otp::interop::importData({bytes, text.size()}, nullptr);
        if (!found || found->tokens.size() != static_cast<std::size_t>(count)) {
            state.SkipWithError("parse failed");
            break;
        }
        const auto plan = otp::interop::planImport(std::move(found).value(), session.vault());
        auto added = session.applyImport(plan, 1700000000);
        if (!added || *added != static_cast<std::size_t>(count)) {
            state.SkipWithError("import failed");
            break;
        }
    }
    std::filesystem::remove_all(dir);
    state.counters["links"] = count;
    state.counters["file_bytes"] = static_cast<double>(text.size());
}
BENCHMARK(BM_ImportUriList)->Arg(1000)->Arg(5000)->Arg(10000)->Unit(benchmark::kMillisecond);

// The same links again into the vault that already holds them: every one is a duplicate, so
// this is the duplicate check at its largest (10,000 against 10,000).
void BM_PlanAgainstFullVault(benchmark::State& state)
{
    const int count = static_cast<int>(state.range(0));
    const std::string text = uriList(count);
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    auto found = otp::interop::importData({bytes, text.size()}, nullptr).value();
    otp::vault::Vault vault;
    otp::vault::addTokens(vault, found.tokens, 0);
    for (auto _ : state) {
        auto plan = otp::interop::planImport(found, vault);
        if (plan.duplicateCount() != static_cast<std::size_t>(count))
            state.SkipWithError("expected every link to be a duplicate");
        benchmark::DoNotOptimize(plan);
    }
}
BENCHMARK(BM_PlanAgainstFullVault)->Arg(1000)->Arg(5000)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
