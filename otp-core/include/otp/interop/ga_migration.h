#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "otp/interop/import_result.h"
#include "otp/key_uri.h"
#include "otp/result.h"
#include "otp/secure_bytes.h"

// Google Authenticator's export QR codes: otpauth-migration://offline?data=BASE64, where the data
// is a protobuf MigrationPayload. Field numbers and enums: docs/interop.md "Google Authenticator".
namespace otp::interop {

// One QR code of an export.
struct GaMigrationPart {
    ImportResult entries;  // format GoogleMigration
    std::int32_t version = 0;
    std::int32_t batchSize = 1;   // number of QR codes in the export (missing or 0: 1)
    std::int32_t batchIndex = 0;  // 0-based
    std::int32_t batchId = 0;     // the same in every part of one export
};

// Parses the protobuf payload. Errors (ImportBadMigration, the message says what and where): a
// malformed or truncated message, a field of the wrong wire type, batch_index outside
// 0..batch_size-1, batch_size above 1000. Entries that are valid protobuf but not a usable token
// (MD5, unknown enum values, no secret) go to entries.unsupported.
Result<GaMigrationPart> parseGaMigrationPayload(std::span<const std::uint8_t> payload);

// Parses the QR code's text. Scheme and host are case-insensitive; the `data` parameter is
// percent-decoded, then standard base64 (padding optional). Errors ImportBadMigration.
Result<GaMigrationPart> parseGaMigrationUri(std::string_view uri);

// A Google Authenticator export of `tokens`: one otpauth-migration:// URI per QR code, at most
// `perCode` tokens each (GA itself puts 10), with batch_size/batch_index/batch_id set and
// version 1. Tokens GA cannot represent are left out and listed in `skipped` with the reason:
// a period other than 30 s (the payload has no period field) and digits other than 6 or 8.
// An issuer-given serial is not carried (GA has no field for it).
struct GaExport {
    std::vector<SecureString> uris;
    std::vector<UnsupportedEntry> skipped;  // position: 1-based index into `tokens`
};
GaExport formatGaMigration(const std::vector<KeyUri>& tokens, std::int32_t batchId,
                           std::size_t perCode = 10);

// Collects the parts of one multi-QR export as they are scanned (in any order, repeats ignored),
// for the scan page's "2 of 3 scanned" and the import once complete. Not thread-safe.
class GaBatchCollector {
public:
    struct Progress {
        std::size_t scanned = 0;  // distinct parts collected
        std::size_t total = 0;    // batch_size; 0 before the first part
        bool complete = false;
        bool wasNew = false;  // add(): this part had not been scanned before
    };

    // Adds one scanned otpauth-migration:// text. Errors: those of parseGaMigrationUri, and
    // ImportBatchMismatch when the part belongs to another export (different batch_id or
    // batch_size) than the parts collected so far; the collector is then unchanged (reset() to
    // start over with the new export).
    Result<Progress> add(std::string_view uri);

    Progress progress() const;
    bool complete() const { return progress().complete; }
    // 0-based indexes not scanned yet (empty before the first part).
    std::vector<std::size_t> missing() const;
    // All parts' entries in batch order. Meaningful once complete(); before, the parts so far.
    ImportResult result() const;
    void reset();

private:
    std::vector<std::optional<GaMigrationPart>> m_parts;
    std::int32_t m_batchId = 0;
};

}  // namespace otp::interop
