// libFuzzer target for the vault parsers: the container (parseVaultFile, then a keystore unlock
// and decryption attempt) and the decrypted token records (decodePayload), which GCM would
// otherwise shield from the fuzzer. The first byte picks the parser.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>

#include "otp/vault/vault.h"
#include "otp/vault/vault_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::span<const std::uint8_t> input(data + 1, size - 1);
    if (data[0] % 2 == 0) {
        auto file = otp::vault::parseVaultFile(input);
        if (!file)
            return 0;
        const otp::SecureBytes key(32, 0x42);
        auto keys = otp::vault::unlockWithKeystoreKey(*file, key);
        if (keys)
            (void)otp::vault::decryptVault(*file, *keys);
        return 0;
    }
    auto vault = otp::vault::decodePayload(input);
    if (!vault)
        return 0;
    // Whatever decodes must survive a save and load unchanged.
    auto again = otp::vault::decodePayload(otp::vault::encodePayload(*vault));
    if (!again || !(*again == *vault))
        std::abort();
    return 0;
}
