// otptool import: read another app's export (or a SoftToken backup), show what it holds, and
// with --yes store the new tokens in the vault (docs/interop.md).

#include <array>
#include <iostream>
#include <optional>
#include <vector>

#include <QImageReader>

#include "args.h"
#include "commands.h"
#include "otp/display_text.h"
#include "otp/interop/ga_migration.h"
#include "otp/interop/import.h"
#include "otp/interop/import_limits.h"
#include "otp/totp.h"
#include "output.h"
#include "platform/auto_backup.h"
#include "platform/import_export.h"
#include "platform/key_store.h"
#include "platform/qr/image_input.h"
#include "platform/vault_session.h"
#include "vault_options.h"

namespace otptool {
namespace {

// Stdin under the same cap as a file: reading stops one byte past kMaxImportBytes, so a
// never-ending pipe costs 16 MiB, not all memory.
otp::Result<otp::SecureBytes> readLimitedStdin()
{
    otp::SecureBytes bytes;
    otp::SecureBytes chunk(std::size_t{64} *
                           1024);  // wiped like the rest: the input may be a backup
    auto* data = reinterpret_cast<char*>(chunk.data());
    while (std::cin.read(data, static_cast<std::streamsize>(chunk.size())) ||
           std::cin.gcount() > 0) {
        bytes.insert(bytes.end(), chunk.begin(), chunk.begin() + std::cin.gcount());
        if (bytes.size() > otp::interop::kMaxImportBytes)
            return otp::Error{otp::ErrorCode::ImportTooLarge,
                              "standard input is larger than 16 MiB: not an export"};
    }
    return bytes;
}

constexpr std::string_view kUsage =
    R"(usage: otptool import FILE|URI... [--yes] [--data-dir DIR] [--passphrase-file FILE]
                      [--backup-passphrase-file FILE]

Reads an export and lists what it holds: new tokens, duplicates of tokens already in the vault
(same secret or same serial; they are skipped), and entries that cannot be imported, with the
reason. Nothing is stored without --yes; with it, all new tokens are stored in one save (a
failure stores none).

  FILE   a SoftToken backup, an export of Aegis, Proton Authenticator, Ente Auth or andOTP
         (plain or encrypted), a 2FAS .2fas backup (with or without password), a Bitwarden
         JSON or CSV export, a FreeOTP+ JSON backup, or a text file of otpauth:// or
         otpauth-migration:// links, one per line; "-" reads standard input. The format is
         recognised from the content.
         Image files (PNG, JPEG, ...) are scanned for QR codes: give every image of a Google
         Authenticator export (e.g. the PNG-1.png, PNG-2.png ... of export --format ga-qr)
  URI    one or more otpauth:// or otpauth-migration:// links (all parts of a Google
         Authenticator export)

  --yes                          store the new tokens (creates the vault if needed)
  --backup-passphrase-file FILE  the passphrase of an encrypted backup or export
  --data-dir DIR, --passphrase-file FILE   the vault, as for otptool vault

exit status: 0 success (also a dry run), 2 error (message on stderr)
)";

constexpr std::array kOptions = {
    OptionSpec{"data-dir", true},
    OptionSpec{"passphrase-file", true},
    OptionSpec{"backup-passphrase-file", true},
    OptionSpec{"yes", false},
};

bool isLink(std::string_view text)
{
    return text.starts_with("otpauth://") || text.starts_with("otpauth-migration://");
}

// True if `path` names a file Qt reads as an image (by content, not by name).
bool isImageFile(const std::string& path)
{
    return !QImageReader::imageFormat(QString::fromStdString(path)).isEmpty();
}

// The QR codes in image files, imported like a file of links (all parts of one GA export, or
// otpauth:// codes).
std::optional<otp::interop::ImportResult> fromImages(const std::vector<std::string>& files,
                                                     const otp::SecureString* backupPassphrase)
{
    otp::SecureString links;
    for (const auto& file : files) {
        auto scan = platform::qr::scanImageFile(QString::fromStdString(file));
        if (!scan) {
            fail(file + ": " + scan.error().message);
            return std::nullopt;
        }
        if (scan->payloads.empty()) {
            fail(file + ": no QR code found");
            return std::nullopt;
        }
        for (const auto& payload : scan->payloads) {
            links.append(payload);
            links.push_back('\n');
        }
    }
    auto found = otp::interop::importData(otp::asBytes(links), backupPassphrase);
    if (!found) {
        fail(found.error());
        return std::nullopt;
    }
    return std::move(found).value();
}

// The import from the command line's positionals, or nullopt after printing why.
std::optional<otp::interop::ImportResult> readInput(const Args& args,
                                                    const otp::SecureString* backupPassphrase)
{
    const auto& words = args.positional();
    if (words.empty()) {
        fail("import needs a FILE or URI (see otptool import --help)");
        return std::nullopt;
    }
    if (isLink(words[0])) {
        otp::SecureString text;
        for (const auto& w : words) {
            if (!isLink(w)) {
                fail("give either one FILE or one or more URIs, not both");
                return std::nullopt;
            }
            text.append(w);
            text.push_back('\n');
        }
        auto found = otp::interop::importData(otp::asBytes(text), backupPassphrase);
        if (!found) {
            fail(found.error());
            return std::nullopt;
        }
        return std::move(found).value();
    }
    // Several files, or a file that is no export: QR code images (e.g. the PNGs that
    // otptool export --format ga-qr writes, or screenshots of Google Authenticator's export).
    if (words.size() > 1 || (words[0] != "-" && isImageFile(words[0])))
        return fromImages(words, backupPassphrase);
    otp::SecureBytes bytes;
    if (words[0] == "-") {
        auto read = readLimitedStdin();
        if (!read) {
            fail(read.error());
            return std::nullopt;
        }
        bytes = std::move(read).value();
    } else {
        auto read = platform::readImportFile(QString::fromStdString(words[0]));
        if (!read) {
            fail(read.error());
            return std::nullopt;
        }
        bytes = std::move(read).value();
    }
    auto found = otp::interop::importData(bytes, backupPassphrase);
    if (!found) {
        if (found.error().code == otp::ErrorCode::ImportPassphraseRequired)
            std::cerr << "otptool: hint: --backup-passphrase-file FILE\n";
        fail(found.error());
        return std::nullopt;
    }
    return std::move(found).value();
}

void printPlan(const otp::interop::ImportPlan& plan)
{
    const auto& found = plan.found;
    std::cout << "format: " << otp::interop::importFormatName(found.format) << '\n'
              << "found " << found.tokens.size() << " tokens: " << plan.newCount() << " new, "
              << plan.duplicateCount() << " duplicates; " << found.unsupported.size()
              << " unsupported entries\n";
    for (std::size_t i = 0; i < found.tokens.size(); ++i) {
        const auto& t = found.tokens[i];
        const auto d = plan.duplicates[i];
        std::cout << (d == otp::interop::Duplicate::None
                          ? std::string("new")
                          : "duplicate:" + std::string(otp::interop::duplicateName(d)))
                  << '\t' << otp::escapeControls(t.issuer) << '\t' << otp::escapeControls(t.account)
                  << '\t' << otp::effectiveSerial(t).compact() << '\t'
                  << (t.type == otp::OtpType::Totp ? "totp" : "hotp") << '\n';
    }
    for (const auto& u : found.unsupported)
        std::cout << "unsupported\t#" << u.position << '\t' << otp::escapeControls(u.label) << '\t'
                  << otp::escapeControls(u.reason) << '\n';
}

}  // namespace

int runImport(CommandArgs argv)
{
    auto parsed = parseCommand(argv, kOptions, kUsage);
    if (auto* exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const Args& args = std::get<Args>(parsed);

    std::optional<otp::SecureString> backupPassphrase;
    if (auto file = args.value("backup-passphrase-file")) {
        backupPassphrase = readPassphraseFile(*file);
        if (!backupPassphrase)
            return kExitBadInput;
    }
    std::optional<otp::SecureString> passphrase;
    if (auto file = args.value("passphrase-file")) {
        passphrase = readPassphraseFile(*file);
        if (!passphrase)
            return kExitBadInput;
    }
    auto dataDir = dataDirectoryOption(args);
    if (!dataDir)
        return kExitBadInput;

    auto found = readInput(args, backupPassphrase ? &*backupPassphrase : nullptr);
    if (!found)
        return kExitBadInput;

    platform::QtKeychainKeyStore keyStore;
    platform::VaultSession session(*dataDir, &keyStore);
    platform::AutoBackup autoBackup(*dataDir);
    backUpAfterEverySave(session, autoBackup);
    const otp::SecureString* pass = passphrase ? &*passphrase : nullptr;
    // Compare with the vault if there is one; a dry run never creates it.
    auto opened = args.has("yes") ? session.openOrCreate(pass) : session.open(pass);
    if (!opened && !(opened.error().code == otp::ErrorCode::VaultNotFound && !args.has("yes")))
        return fail(opened.error());
    const otp::vault::Vault empty;
    auto plan = otp::interop::planImport(std::move(found).value(),
                                         session.isOpen() ? session.vault() : empty);
    printPlan(plan);
    if (!args.has("yes")) {
        std::cout << "dry run: nothing stored; add --yes to store the " << plan.newCount()
                  << " new tokens\n";
        return kExitOk;
    }
    auto stored = session.applyImport(plan, otp::systemClock()());
    if (!stored)
        return fail(stored.error());
    std::cout << "stored " << *stored << " tokens\n";
    return kExitOk;
}

}  // namespace otptool
