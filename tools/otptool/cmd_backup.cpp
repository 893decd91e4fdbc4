// otptool backup: the automatic encrypted backups (docs/backups.md) for testers and scripts.

#include <array>
#include <ctime>
#include <iostream>
#include <optional>

#include <QDir>
#include <QFileInfo>

#include "args.h"
#include "commands.h"
#include "otp/vault/backup_settings.h"
#include "output.h"
#include "platform/auto_backup.h"
#include "platform/backup_engine.h"
#include "platform/error_code.h"
#include "platform/key_store.h"
#include "platform/vault_session.h"
#include "uri_argument.h"
#include "vault_options.h"

namespace otptool {
namespace {

constexpr std::string_view kUsage =
    R"(usage: otptool backup SUBCOMMAND [ARGS] [--data-dir DIR] [--passphrase-file FILE]

Automatic encrypted backups of the vault (docs/backups.md). Once configured, every change of
the vault (otptool vault add/remove/code, import --yes, the app) writes a new backup to the
folder; each one opens with the backup passphrase alone, on any device:
  otptool import FOLDER/softtoken-backup-...stbackup --backup-passphrase-file FILE --yes

  configure --dir DIR --backup-passphrase-file FILE [--keep N]
            turn backups on (or change them) and write a first backup. DIR is made if missing.
            The passphrase (at least 8 characters) is kept encrypted inside the vault. N: how many backups to keep,
            newest first (1..1000, default 10); older ones are removed after each new backup.
  off       turn automatic backups off (the backups already written stay)
  now       write a backup now
  list      the settings, the backups (newest first) and the last attempt, tab-separated:
              folder   DIR   keep N
              backup   NAME  TIME (UTC)
              last     ok|failed  TIME  detail
  verify    open the newest backup with the backup passphrase and compare its tokens with the
            vault: exit 0 the same, 1 a finding (no backup, unreadable, other tokens)

  --data-dir DIR, --passphrase-file FILE   the vault, as for otptool vault

exit status: 0 success, 1 verify found a problem, 2 error (message on stderr)
)";

constexpr std::array kOptions = {
    OptionSpec{"data-dir", true}, OptionSpec{"passphrase-file", true},
    OptionSpec{"dir", true},      OptionSpec{"backup-passphrase-file", true},
    OptionSpec{"keep", true},
};

constexpr std::size_t kMinBackupPassphrase = 8;

std::string utcText(std::int64_t unixMs)
{
    const std::time_t seconds = static_cast<std::time_t>(unixMs / 1000);
    std::tm utc{};
    ::gmtime_r(&seconds, &utc);
    char text[64];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

struct Context {
    const Args& args;
    QString dataDir;
    std::optional<otp::SecureString> passphrase;
    platform::QtKeychainKeyStore keyStore;
    platform::VaultSession session;
    platform::AutoBackup autoBackup;

    Context(const Args& a, const QString& dir, std::optional<otp::SecureString> pass)
        : args(a), dataDir(dir), passphrase(std::move(pass)), session(dir, &keyStore),
          autoBackup(dir)
    {}
    const otp::SecureString* pass() const { return passphrase ? &*passphrase : nullptr; }

    int open()
    {
        if (auto ok = session.open(pass()); !ok)
            return fail(ok.error());
        if (session.recoveredFromBackup())
            std::cerr << "otptool: warning: " << session.mainFileProblem()->message
                      << "; loaded the backup copy (vault.stv.bak)\n";
        return kExitOk;
    }

    // The vault's settings, or nullopt after printing why.
    std::optional<otp::vault::BackupSettings> settings()
    {
        auto s = otp::vault::backupSettings(session.vault());
        if (!s) {
            fail(s.error());
            return std::nullopt;
        }
        if (!*s) {
            fail("automatic backups are off; turn them on with otptool backup configure "
                 "(backup.not_configured)");
            return std::nullopt;
        }
        return std::move(*s);
    }
};

int printWritten(const otp::Result<platform::backup::Written>& written,
                 const otp::vault::BackupSettings& settings)
{
    if (!written) {
        std::cerr << "otptool: nothing was lost: the vault and the older backups are unchanged\n";
        return fail(written.error());
    }
    std::cout << "wrote "
              << QDir(QString::fromStdString(settings.folder))
                     .filePath(QString::fromStdString(written->file.name))
                     .toStdString()
              << " (" << written->tokens << " tokens)";
    if (!written->pruned.empty())
        std::cout << "; removed " << written->pruned.size() << " older";
    std::cout << '\n';
    if (written->pruneProblem)
        std::cerr << "otptool: warning: an old backup could not be removed: "
                  << written->pruneProblem->message << '\n';
    return kExitOk;
}

int configure(Context& c)
{
    const auto dir = c.args.value("dir");
    const auto passFile = c.args.value("backup-passphrase-file");
    if (!dir || dir->empty() || !passFile)
        return fail("backup configure needs --dir DIR and --backup-passphrase-file FILE");
    otp::vault::BackupSettings settings;
    if (auto keep = c.args.value("keep")) {
        auto n = parseInteger(*keep, 1, otp::vault::kMaxBackupKeep);
        if (!n)
            return fail("--keep must be 1 to 1000, got '" + *keep + "'");
        settings.keep = static_cast<std::uint32_t>(*n);
    }
    auto backupPassphrase = readPassphraseFile(*passFile);
    if (!backupPassphrase)
        return kExitBadInput;
    // As the app asks for an export: the backups may end up in a synced folder, guarded by this
    // passphrase alone.
    if (backupPassphrase->size() < kMinBackupPassphrase)
        return fail("the backup passphrase must have at least " +
                    std::to_string(kMinBackupPassphrase) + " characters");
    settings.passphrase = std::move(*backupPassphrase);
    const QString folder = QFileInfo(QString::fromStdString(*dir)).absoluteFilePath();
    if (!QFileInfo(folder).isDir() && !QDir().mkpath(folder))
        return fail("cannot create the backup folder " + folder.toStdString());
    settings.folder = folder.toStdString();

    if (auto ok = c.session.openOrCreate(c.pass()); !ok)
        return fail(ok.error());
    std::optional<otp::Result<platform::backup::Written>> first;
    c.autoBackup.backUpAfterEverySave(
        c.session, [&first](const otp::Result<platform::backup::Written>& w) { first = w; });
    otp::vault::Vault changed = c.session.vault();
    otp::vault::setBackupSettings(changed, settings);
    if (auto ok = c.session.save(std::move(changed)); !ok)
        return fail(ok.error());
    std::cout << "automatic backups on: " << settings.folder << ", keeping the newest "
              << settings.keep << '\n';
    return first ? printWritten(*first, settings) : kExitOk;
}

int off(Context& c)
{
    if (int rc = c.open(); rc != kExitOk)
        return rc;
    otp::vault::Vault changed = c.session.vault();
    otp::vault::setBackupSettings(changed, std::nullopt);
    if (auto ok = c.session.save(std::move(changed)); !ok)
        return fail(ok.error());
    std::cout << "automatic backups off; the backups already written stay where they are\n";
    return kExitOk;
}

int now(Context& c)
{
    if (int rc = c.open(); rc != kExitOk)
        return rc;
    auto settings = c.settings();
    if (!settings)
        return kExitBadInput;
    return printWritten(c.autoBackup.run(c.session.vault()), *settings);
}

int list(Context& c)
{
    if (int rc = c.open(); rc != kExitOk)
        return rc;
    auto settings = c.settings();
    if (!settings)
        return kExitBadInput;
    std::cout << "folder\t" << settings->folder << "\tkeep " << settings->keep << '\n';
    const auto folder = platform::openBackupFolder(*settings);
    auto backups = platform::backup::listBackups(*folder);
    if (backups) {
        for (const auto& b : *backups)
            std::cout << "backup\t" << b.name << '\t' << utcText(b.unixMs) << '\n';
    }
    const platform::BackupStatus status = c.autoBackup.status();
    if (status.lastAttemptMs) {
        std::cout << "last\t" << (status.lastError ? "failed" : "ok") << '\t'
                  << utcText(*status.lastAttemptMs) << '\t';
        if (status.lastError)
            std::cout << platform::errorCodeName(status.lastError->code) << ": "
                      << status.lastError->message;
        else
            std::cout << status.lastBackupName << " (" << status.lastBackupTokens << " tokens)";
        std::cout << '\n';
    }
    return backups ? kExitOk : fail(backups.error());
}

int verify(Context& c)
{
    if (int rc = c.open(); rc != kExitOk)
        return rc;
    auto settings = c.settings();
    if (!settings)
        return kExitBadInput;
    const auto folder = platform::openBackupFolder(*settings);
    auto verified =
        platform::backup::verifyNewest(*folder, c.session.vault(), settings->passphrase);
    if (!verified) {
        const auto code = verified.error().code;
        if (code == platform::ErrorCode::BackupNone ||
            code == platform::ErrorCode::BackupUnreadable ||
            code == platform::ErrorCode::BackupMismatch) {
            std::cerr << "otptool: " << verified.error().message << " ("
                      << platform::errorCodeName(code) << ")\n";
            return kExitNo;
        }
        return fail(verified.error());
    }
    std::cout << "the newest backup " << verified->file.name << " opens and holds the same "
              << verified->tokens << " tokens as the vault\n";
    return kExitOk;
}

}  // namespace

int runBackup(CommandArgs argv)
{
    auto parsed = parseCommand(argv, kOptions, kUsage);
    if (auto* exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const Args& args = std::get<Args>(parsed);
    if (args.positional().size() != 1)
        return fail("backup needs one subcommand: configure, off, now, list, verify");
    const std::string& sub = args.positional()[0];
    if (sub != "configure" &&
        (args.has("dir") || args.has("backup-passphrase-file") || args.has("keep")))
        return fail("--dir, --backup-passphrase-file and --keep belong to backup configure");

    std::optional<otp::SecureString> passphrase;
    if (auto file = args.value("passphrase-file")) {
        passphrase = readPassphraseFile(*file);
        if (!passphrase)
            return kExitBadInput;
    }
    auto dataDir = dataDirectoryOption(args);
    if (!dataDir)
        return kExitBadInput;
    Context context(args, *dataDir, std::move(passphrase));
    if (sub == "configure")
        return configure(context);
    if (sub == "off")
        return off(context);
    if (sub == "now")
        return now(context);
    if (sub == "list")
        return list(context);
    if (sub == "verify")
        return verify(context);
    return fail("unknown backup subcommand '" + sub + "' (see otptool backup --help)");
}

}  // namespace otptool
