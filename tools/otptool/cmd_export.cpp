// otptool export: write the vault's tokens in a format another device or app reads
// (docs/interop.md). Every format carries the secrets, so --yes is required.

#include <array>
#include <filesystem>
#include <iostream>
#include <optional>

#include "args.h"
#include "commands.h"
#include "otp/display_text.h"
#include "output.h"
#include "platform/error_code.h"
#include "platform/import_export.h"
#include "platform/key_store.h"
#include "platform/vault_session.h"
#include "vault_options.h"

namespace otptool {
namespace {

constexpr std::string_view kUsage =
    R"(usage: otptool export --format FORMAT -o|--output PATH --yes [--force] [--data-dir DIR]
                      [--passphrase-file FILE] [--backup-passphrase-file FILE]

Writes every token of the vault to PATH. The output holds the secrets: --yes confirms that.

  --format softtoken  encrypted SoftToken backup (needs --backup-passphrase-file: the passphrase
                      that will open it; import it with otptool import or the app)
  --format uris       text, one otpauth:// URI per line           (NOT encrypted)
  --format aegis      Aegis JSON export, unencrypted               (NOT encrypted)
  --format ga-qr      Google Authenticator migration QR codes, 10 tokens each, written as
                      PATH-1.png, PATH-2.png, ... (a trailing .png on PATH is dropped)
                      (NOT encrypted; tokens GA cannot hold are listed and left out)

  --data-dir DIR, --passphrase-file FILE   the vault, as for otptool vault

  --force             replace an existing file (without it, an existing PATH is an error)

A warning goes to stderr for every unencrypted format. Files are created owner-only (0600).
A symbolic link at PATH is never followed: give the real path.
exit status: 0 success, 2 error (message on stderr)
)";

constexpr std::array kOptions = {
    OptionSpec{"data-dir", true},
    OptionSpec{"passphrase-file", true},
    OptionSpec{"backup-passphrase-file", true},
    OptionSpec{"format", true},
    OptionSpec{"output", true},
    OptionSpec{"yes", false},
    OptionSpec{"force", false},
};

void warnUnencrypted()
{
    std::cerr << "otptool: warning: this export is NOT encrypted; anyone who gets the file can "
                 "copy every token. Delete it once imported.\n";
}

std::optional<platform::ExportFormat> formatNamed(std::string_view name)
{
    if (name == "softtoken")
        return platform::ExportFormat::SoftTokenBackup;
    if (name == "uris")
        return platform::ExportFormat::UriList;
    if (name == "aegis")
        return platform::ExportFormat::AegisPlain;
    if (name == "ga-qr")
        return platform::ExportFormat::GaQr;
    return std::nullopt;
}

void printSkipped(const std::vector<otp::interop::UnsupportedEntry>& skipped)
{
    for (const auto& s : skipped)
        std::cerr << "otptool: left out token " << s.position << " ("
                  << otp::escapeControls(s.label) << "): " << otp::escapeControls(s.reason) << '\n';
}

}  // namespace

int runExport(CommandArgs argv)
{
    // Accept the short "-o" as the long form, as otptool qr encode does.
    std::vector<std::string> words(argv.begin(), argv.end());
    for (std::string& w : words) {
        if (w == "-o")
            w = "--output";
    }
    auto parsed = parseCommand(words, kOptions, kUsage);
    if (auto* exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const Args& args = std::get<Args>(parsed);
    if (!args.positional().empty())
        return fail("export takes no positional arguments (see otptool export --help)");
    const auto format = args.value("format");
    if (!format)
        return fail("export needs --format softtoken|uris|aegis|ga-qr");
    const auto exportFormat = formatNamed(*format);
    if (!exportFormat)
        return fail("unknown --format '" + *format + "' (softtoken, uris, aegis, ga-qr)");
    auto path = args.value("output");
    if (!path || path->empty())
        return fail("export needs -o PATH");
    if (*format != "softtoken" && args.has("backup-passphrase-file"))
        return fail("--backup-passphrase-file belongs to --format softtoken");
    std::optional<otp::SecureString> backupPassphrase;
    if (*format == "softtoken") {
        auto file = args.value("backup-passphrase-file");
        if (!file)
            return fail("--format softtoken needs --backup-passphrase-file FILE (the passphrase "
                        "that will open the backup)");
        backupPassphrase = readPassphraseFile(*file);
        if (!backupPassphrase)
            return kExitBadInput;
    }
    if (!args.has("yes"))
        return fail("the export will hold every secret of the vault; add --yes to confirm");
    const auto existing =
        args.has("force") ? platform::ExistingFile::Replace : platform::ExistingFile::Refuse;

    std::optional<otp::SecureString> passphrase;
    if (auto file = args.value("passphrase-file")) {
        passphrase = readPassphraseFile(*file);
        if (!passphrase)
            return kExitBadInput;
    }
    auto dataDir = dataDirectoryOption(args);
    if (!dataDir)
        return kExitBadInput;
    platform::QtKeychainKeyStore keyStore;
    platform::VaultSession session(*dataDir, &keyStore);
    if (auto ok = session.open(passphrase ? &*passphrase : nullptr); !ok)
        return fail(ok.error());
    if (!platform::isEncrypted(*exportFormat))
        warnUnencrypted();
    auto written = platform::exportTo(*exportFormat, session.vault(), QString::fromStdString(*path),
                                      backupPassphrase ? &*backupPassphrase : nullptr,
                                      platform::ExportOptions{.existing = existing});
    if (!written) {
        if (existing == platform::ExistingFile::Refuse &&
            written.error().code == platform::ErrorCode::ExportIo && std::filesystem::exists(*path))
            std::cerr << "otptool: hint: --force replaces it\n";
        return fail(written.error());
    }
    printSkipped(written->skipped);
    const std::size_t files = written->files.size();
    for (std::size_t i = 0; i < files; ++i) {
        std::cout << "wrote " << written->files[i].toStdString();
        if (*exportFormat == platform::ExportFormat::GaQr)
            std::cout << " (QR code " << i + 1 << " of " << files << ")";
        std::cout << '\n';
    }
    return kExitOk;
}

}  // namespace otptool
