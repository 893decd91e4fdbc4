// otptool export: write the vault's tokens in a format another device or app reads
// (docs/interop.md). Every format carries the secrets, so --yes is required.

#include <array>
#include <filesystem>
#include <iostream>
#include <optional>

#include <QBuffer>
#include <QImage>

#include "args.h"
#include "commands.h"
#include "otp/display_text.h"
#include "otp/interop/aegis.h"
#include "otp/interop/app_backups.h"
#include "otp/interop/softtoken_backup.h"
#include "otp/random.h"
#include "output.h"
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

std::vector<otp::KeyUri> tokensOf(const otp::vault::Vault& vault)
{
    std::vector<otp::KeyUri> out;
    for (const auto& t : vault.tokens)
        out.push_back(t.uri);
    return out;
}

int writeBytes(const std::string& path, std::span<const std::uint8_t> bytes,
               platform::ExistingFile existing)
{
    if (auto ok = platform::writeExportFile(QString::fromStdString(path), bytes, existing); !ok) {
        if (existing == platform::ExistingFile::Refuse && std::filesystem::exists(path))
            std::cerr << "otptool: hint: --force replaces it\n";
        return fail(ok.error());
    }
    std::cout << "wrote " << path << '\n';
    return kExitOk;
}

int writeGaQr(const std::string& path, const std::vector<otp::KeyUri>& tokens,
              platform::ExistingFile existing)
{
    std::string base = path;
    if (base.ends_with(".png"))
        base.resize(base.size() - 4);
    auto id = otp::randomBytes(4);
    if (!id)
        return fail(id.error());
    const auto batchId = static_cast<std::int32_t>(
        (std::uint32_t{(*id)[0]} << 23) | (std::uint32_t{(*id)[1]} << 15) |
        (std::uint32_t{(*id)[2]} << 7) | (std::uint32_t{(*id)[3]} >> 1));
    std::vector<otp::interop::UnsupportedEntry> skipped;
    auto images = platform::gaMigrationQrImages(tokens, batchId, skipped);
    if (!images)
        return fail(images.error());
    for (const auto& s : skipped)
        std::cerr << "otptool: left out token " << s.position << " ("
                  << otp::escapeControls(s.label) << "): " << otp::escapeControls(s.reason) << '\n';
    for (std::size_t i = 0; i < images->size(); ++i) {
        const std::string file = base + "-" + std::to_string(i + 1) + ".png";
        QByteArray png;
        QBuffer buffer(&png);
        if (!buffer.open(QIODevice::WriteOnly) || !(*images)[i].save(&buffer, "PNG"))
            return fail("cannot encode " + file);
        const std::span bytes(reinterpret_cast<const std::uint8_t*>(png.constData()),
                              static_cast<std::size_t>(png.size()));
        if (auto ok = platform::writeExportFile(QString::fromStdString(file), bytes, existing); !ok)
            return fail(ok.error());
        std::cout << "wrote " << file << " (QR code " << i + 1 << " of " << images->size() << ")\n";
    }
    return kExitOk;
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
    if (*format != "softtoken" && *format != "uris" && *format != "aegis" && *format != "ga-qr")
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
    const auto& vault = session.vault();

    if (*format == "softtoken") {
        auto bytes = otp::interop::writeSoftTokenBackup(vault, *backupPassphrase);
        if (!bytes)
            return fail(bytes.error());
        return writeBytes(*path, *bytes, existing);
    }
    warnUnencrypted();
    const auto tokens = tokensOf(vault);
    if (*format == "uris") {
        const otp::SecureString text = otp::interop::formatUriList(tokens);
        return writeBytes(*path, otp::asBytes(text), existing);
    }
    if (*format == "aegis") {
        auto text = otp::interop::formatAegisPlainJson(tokens, otp::vault::systemRandom());
        if (!text)
            return fail(text.error());
        return writeBytes(*path, otp::asBytes(*text), existing);
    }
    return writeGaQr(*path, tokens, existing);
}

}  // namespace otptool
