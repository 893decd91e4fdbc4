// libFuzzer target for Google Authenticator migration payloads: the protobuf reader directly
// (first byte even) and the otpauth-migration:// link parser (odd). Every token found must
// survive an export and a re-import unchanged.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string_view>

#include "otp/interop/ga_migration.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::span<const std::uint8_t> input(data + 1, size - 1);
    auto part = data[0] % 2 == 0 ? otp::interop::parseGaMigrationPayload(input)
                                 : otp::interop::parseGaMigrationUri(
                                       {reinterpret_cast<const char*>(input.data()), input.size()});
    if (!part)
        return 0;
    const auto exported = otp::interop::formatGaMigration(part->entries.tokens, part->batchId);
    otp::interop::GaBatchCollector collector;
    for (const auto& uri : exported.uris) {
        if (!collector.add(uri.view()))
            std::abort();
    }
    // Tokens GA can hold come back identical.
    if (!exported.uris.empty() &&
        collector.result().tokens.size() + exported.skipped.size() != part->entries.tokens.size())
        std::abort();
    return 0;
}
