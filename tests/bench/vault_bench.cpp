// Vault speed: encrypt/decrypt of 10/100/1000 tokens in memory, durable save/load on disk
// (fsync included), and one scrypt derivation with the default parameters.

#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

#include <benchmark/benchmark.h>

#include "otp/vault/vault_file.h"

#ifdef SOFTTOKEN_BENCH_PLATFORM
#include "platform/key_store.h"
#include "platform/vault_session.h"
#endif

namespace {

using namespace otp::vault;

Vault vaultOf(int count)
{
    Vault v;
    for (int i = 0; i < count; ++i) {
        otp::KeyUri uri;
        uri.issuer = "Bank " + std::to_string(i);
        uri.account = "user" + std::to_string(i) + "@example.com";
        uri.secret.assign(20, static_cast<std::uint8_t>(i));
        addToken(v, std::move(uri), 1700000000 + i);
    }
    return v;
}

VaultKeys keystoreKeys()
{
    auto keys = newVaultKeys(systemRandom());
    (void)setKeystoreSlot(*keys, otp::SecureBytes(32, 7), systemRandom());
    return std::move(keys).value();
}

void BM_EncodeVaultFile(benchmark::State& state)
{
    const Vault v = vaultOf(static_cast<int>(state.range(0)));
    const VaultKeys keys = keystoreKeys();
    const RandomSource random = systemRandom();
    for (auto _ : state)
        benchmark::DoNotOptimize(encodeVaultFile(v, keys, random));
}
BENCHMARK(BM_EncodeVaultFile)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);

void BM_DecodeVaultFile(benchmark::State& state)
{
    const VaultKeys keys = keystoreKeys();
    const auto bytes =
        encodeVaultFile(vaultOf(static_cast<int>(state.range(0))), keys, systemRandom()).value();
    const otp::SecureBytes wrappingKey(32, 7);
    for (auto _ : state) {
        auto file = parseVaultFile(bytes);
        auto opened = unlockWithKeystoreKey(*file, wrappingKey);
        benchmark::DoNotOptimize(decryptVault(*file, *opened));
    }
    state.counters["file_bytes"] = static_cast<double>(bytes.size());
}
BENCHMARK(BM_DecodeVaultFile)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);

void BM_ScryptDefault(benchmark::State& state)
{
    const otp::SecureString passphrase("a reasonably long passphrase");
    const std::vector<std::uint8_t> salt(kSaltSize, 1);
    for (auto _ : state)
        benchmark::DoNotOptimize(deriveScryptKey(passphrase, salt, kDefaultScrypt));
}
BENCHMARK(BM_ScryptDefault)->Unit(benchmark::kMillisecond)->Iterations(5);

#ifdef SOFTTOKEN_BENCH_PLATFORM
// A save is: encrypt, write the backup and the main file, each via temp file + fsync + rename +
// directory fsync. A load is: read, parse, keystore unlock, decrypt.
struct DiskVault {
    std::filesystem::path dir;
    platform::MemoryKeyStore keys;
    platform::VaultSession session;

    explicit DiskVault(int count)
        : dir(std::filesystem::temp_directory_path() /
              ("vault_bench_" + std::to_string(count) + "_" + std::to_string(::getpid()))),
          session(QString::fromStdString(dir.string()), &keys)
    {
        (void)session.create();
        (void)session.save(vaultOf(count));
    }
    ~DiskVault() { std::filesystem::remove_all(dir); }
};

void BM_SaveToDisk(benchmark::State& state)
{
    DiskVault disk(static_cast<int>(state.range(0)));
    const Vault v = disk.session.vault();
    for (auto _ : state) {
        if (!disk.session.save(v))
            state.SkipWithError("save failed");
    }
}
BENCHMARK(BM_SaveToDisk)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_LoadFromDisk(benchmark::State& state)
{
    DiskVault disk(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        platform::VaultSession session(QString::fromStdString(disk.dir.string()), &disk.keys);
        if (!session.open())
            state.SkipWithError("load failed");
    }
}
BENCHMARK(BM_LoadFromDisk)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);
#endif

}  // namespace

BENCHMARK_MAIN();
