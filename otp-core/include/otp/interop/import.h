#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "otp/interop/import_result.h"
#include "otp/result.h"
#include "otp/secure_bytes.h"
#include "otp/vault/vault.h"

// One entry point for every import (docs/interop.md): recognise the format, parse, and compare
// with the vault. Nothing here stores anything; platform::TokenRepository::applyImport() does,
// once confirmed.
namespace otp::interop {

// Recognises the format from the content (never from a file name): the SoftToken vault magic;
// JSON with "header" and "db" (Aegis, encrypted if db is a string), "tokens" (FreeOTP+) or
// "services" (2FAS); text whose first non-blank line starts with otpauth:// or
// otpauth-migration:// (URI list). nullopt for anything else.
std::optional<ImportFormat> detectFormat(std::span<const std::uint8_t> bytes);

// True if the format needs a passphrase to be read (SoftToken backup, encrypted Aegis).
bool needsPassphrase(ImportFormat format);

// Detects and parses. `passphrase` is used only by encrypted formats.
// Errors: ImportUnknownFormat, and each parser's own (ImportBadJson, ImportBadStructure,
// ImportPassphraseRequired, ImportWrongPassphrase, ImportUnsupportedFile, ...).
Result<ImportResult> importData(std::span<const std::uint8_t> bytes,
                                const SecureString* passphrase);

// How an imported or added token relates to what is already there. THE duplicate rule, for
// the app and otptool alike: the same secret makes the same token, whatever its type,
// algorithm, digits or period. The secret is the credential the server checks; the rest only
// says how codes are computed from it, so two entries with one secret are one account, and at
// most one of them shows the codes the server accepts (the other was mistyped or mis-encoded).
// The same serial (which a bank may print on a letter) is a weaker match: reported, never
// replaced.
enum class Duplicate {
    None,            // new
    SameSecret,      // a vault token has the same secret
    SameSerial,      // a vault token has the same serial
    RepeatedInFile,  // an earlier token of this import has the same secret or serial
};
std::string_view duplicateName(Duplicate d);  // "none", "same_secret", ...

// The import as shown before confirmation.
struct ImportPlan {
    ImportResult found;
    std::vector<Duplicate> duplicates;  // parallel to found.tokens

    std::size_t newCount() const;  // tokens that will be added (duplicates are skipped)
    std::size_t duplicateCount() const;
};

ImportPlan planImport(ImportResult found, const vault::Vault& existing);

// The duplicate rule for one token (adding a scanned or typed token): the first vault token
// with the same secret, else the first with the same serial. `index` is -1 with None.
struct DuplicateOf {
    Duplicate kind = Duplicate::None;
    std::ptrdiff_t index = -1;
};
DuplicateOf findDuplicate(const vault::Vault& existing, const KeyUri& token);

// The tokens of plan.found that are not duplicates, appended to a copy of `existing` with
// vault::addToken (fresh ids, end of the display order), `created` as their time.
vault::Vault mergeImport(const vault::Vault& existing, const ImportPlan& plan,
                         std::int64_t created);

}  // namespace otp::interop
