// otptool vault: the encrypted token vault for testers and scripts (docs/vault.md).

#include <array>
#include <iostream>
#include <limits>
#include <optional>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "args.h"
#include "commands.h"
#include "otp/display_text.h"
#include "otp/secure_bytes.h"
#include "otp/uri_generators.h"
#include "output.h"
#include "platform/auto_backup.h"
#include "platform/data_location.h"
#include "platform/error_code.h"
#include "platform/key_store.h"
#include "platform/vault_check.h"
#include "platform/vault_session.h"
#include "uri_argument.h"
#include "vault_options.h"

namespace otptool {
namespace {

constexpr std::string_view kUsage =
    R"(usage: otptool vault SUBCOMMAND [ARGS] [--data-dir DIR] [--passphrase-file FILE]

The encrypted token vault the app uses (docs/vault.md).
  add URI|-        add a token ("-" reads the URI from stdin); creates the vault if needed
  list             one line per token: INDEX, issuer, account, serial, type (tab-separated)
  code [INDEX]     the current code of token INDEX (1-based; may be omitted with one token).
                   HOTP: the counter is advanced and saved before the code is printed.
                   --at UNIX_SECONDS for TOTP.
  remove INDEX     remove a token
  passwd --new-passphrase-file FILE [--passphrase-only]
                   set the passphrase: a new master key re-encrypts the vault and its backup,
                   so old copies and old passphrases open nothing new. The OS keystore still
                   opens the vault unless --passphrase-only removes its slot.
  check            check every file of the vault on its own (vault.stv, its backup copy
                   vault.stv.bak; vault.stv.damaged is listed): one line per file, FILE,
                   intact|missing|DAMAGED|set aside, token count. Exit 0 all intact, 1 a
                   finding: a damaged file (the backup copy too) or a missing main file

Once `otptool backup configure` has turned automatic backups on, add, remove and code (HOTP)
write a new backup after saving (see otptool backup --help).

  --data-dir DIR          the data directory (default: the app's data location)
  --passphrase-file FILE  open (or create) the vault with the passphrase in FILE (one
                          trailing newline is ignored) instead of the OS keystore

exit status: 0 success, 1 "no" (check found damage), 2 error (message on stderr)
)";

constexpr std::array kOptions = {
    OptionSpec{"data-dir", true},
    OptionSpec{"passphrase-file", true},
    OptionSpec{"new-passphrase-file", true},
    OptionSpec{"passphrase-only", false},
    OptionSpec{"at", true},
};

// Everything a subcommand needs: the session and how it was opened.
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
    {
        backUpAfterEverySave(session, autoBackup);
    }
    const otp::SecureString* pass() const { return passphrase ? &*passphrase : nullptr; }
};

void warnIfRecovered(const platform::VaultSession& session)
{
    if (session.recoveredFromBackup())
        std::cerr << "otptool: warning: " << session.mainFileProblem()->message
                  << "; loaded the backup (vault.stv.bak)\n";
}

int openExisting(Context& c)
{
    if (auto ok = c.session.open(c.pass()); !ok)
        return fail(ok.error());
    warnIfRecovered(c.session);
    return kExitOk;
}

// The token at 1-based position `text`, or nullopt after printing why.
std::optional<std::uint64_t> tokenAt(const platform::VaultSession& session, std::string_view text)
{
    const auto count = static_cast<std::int64_t>(session.vault().tokens.size());
    if (count == 0) {
        fail("the vault holds no tokens");
        return std::nullopt;
    }
    auto index = parseInteger(text, 1, count);
    if (!index) {
        fail("INDEX must be 1 to " + std::to_string(count) + ", got '" + std::string(text) + "'");
        return std::nullopt;
    }
    return session.vault().tokens[static_cast<std::size_t>(*index - 1)].id;
}

int add(Context& c)
{
    if (c.args.positional().size() != 2)
        return fail("vault add takes one URI (or - for stdin)");
    auto uri = keyUriFromArgument(c.args.positional()[1]);
    if (!uri)
        return fail(uri.error());
    if (auto ok = c.session.openOrCreate(c.pass()); !ok) {
        if (ok.error().code == otp::ErrorCode::VaultKeystoreUnavailable)
            std::cerr << "otptool: hint: --passphrase-file FILE creates a passphrase vault\n";
        return fail(ok.error());
    }
    warnIfRecovered(c.session);
    auto id = c.session.addToken(std::move(uri).value(), otp::systemClock()());
    if (!id)
        return fail(id.error());
    const auto& tokens = c.session.vault().tokens;
    const auto index = static_cast<std::size_t>(otp::vault::findToken(c.session.vault(), *id));
    std::cout << "added token " << index + 1 << " (serial " << tokens[index].serial.display()
              << ")\n";
    return kExitOk;
}

int list(Context& c)
{
    if (int rc = openExisting(c); rc != kExitOk)
        return rc;
    int index = 1;
    for (const auto& t : c.session.vault().tokens) {
        std::cout << index++ << '\t' << otp::escapeControls(t.uri.issuer) << '\t'
                  << otp::escapeControls(t.uri.account) << '\t' << t.serial.compact() << '\t'
                  << (t.uri.type == otp::OtpType::Totp ? "totp" : "hotp") << '\n';
    }
    return kExitOk;
}

int code(Context& c)
{
    if (c.args.positional().size() > 2)
        return fail("vault code takes at most one INDEX");
    if (int rc = openExisting(c); rc != kExitOk)
        return rc;
    const auto& tokens = c.session.vault().tokens;
    if (c.args.positional().size() == 1 && tokens.size() != 1)
        return fail("the vault holds " + std::to_string(tokens.size()) +
                    " tokens; give an INDEX (see otptool vault list)");
    auto id = tokenAt(c.session, c.args.positional().size() == 2 ? c.args.positional()[1] : "1");
    if (!id)
        return kExitBadInput;
    const auto& token =
        tokens[static_cast<std::size_t>(otp::vault::findToken(c.session.vault(), *id))];
    if (token.uri.type == otp::OtpType::Hotp) {
        if (auto exitCode = rejectTimeOptionForHotp(c.args))
            return *exitCode;
        auto next = c.session.nextHotpCode(*id);  // saved before it is printed
        if (!next)
            return fail(next.error());
        std::cout << *next << '\n';
        return kExitOk;
    }
    auto at = timeOption(c.args);
    if (!at)
        return kExitBadInput;
    auto generator = otp::totpGeneratorFor(token.uri);
    if (!generator)
        return fail(generator.error());
    auto totp = generator->codeAt(*at);
    if (!totp)
        return fail(totp.error());
    std::cout << *totp << '\n';
    return kExitOk;
}

int remove(Context& c)
{
    if (c.args.positional().size() != 2)
        return fail("vault remove takes one INDEX");
    if (int rc = openExisting(c); rc != kExitOk)
        return rc;
    auto id = tokenAt(c.session, c.args.positional()[1]);
    if (!id)
        return kExitBadInput;
    if (auto ok = c.session.removeToken(*id); !ok)
        return fail(ok.error());
    std::cout << "removed token " << c.args.positional()[1] << '\n';
    return kExitOk;
}

int passwd(Context& c)
{
    auto file = c.args.value("new-passphrase-file");
    if (!file)
        return fail("vault passwd needs --new-passphrase-file FILE");
    auto newPassphrase = readPassphraseFile(*file);
    if (!newPassphrase)
        return kExitBadInput;
    if (int rc = openExisting(c); rc != kExitOk)
        return rc;
    const bool had = c.session.hasPassphraseSlot();
    const auto use = c.args.has("passphrase-only")
                         ? platform::VaultSession::PassphraseUse::PassphraseOnly
                         : platform::VaultSession::PassphraseUse::AlongsideKeystore;
    if (auto ok = c.session.setPassphrase(*newPassphrase, use); !ok)
        return fail(ok.error());
    std::cout << (had ? "passphrase changed" : "passphrase slot added")
              << "; new master key, vault and backup re-encrypted\n"
              << (c.session.hasKeystoreSlot()
                      ? "opens with: the passphrase or the OS keystore (--passphrase-only to "
                        "remove the keystore slot)\n"
                      : "opens with: the passphrase only\n");
    return kExitOk;
}

const char* stateName(platform::VaultFileCheck::State state)
{
    using State = platform::VaultFileCheck::State;
    switch (state) {
    case State::Intact: return "intact";
    case State::Missing: return "missing";
    case State::Failed: return "DAMAGED";
    case State::SetAside: return "set aside";
    }
    return "?";
}

// Every file on its own, so a damaged backup copy is found while the main file still opens.
int check(Context& c)
{
    if (c.args.positional().size() != 1)
        return fail("vault check takes no arguments");
    auto checks = platform::checkVaultFiles(c.dataDir, &c.keyStore, c.pass());
    if (!checks)
        return fail(checks.error());
    for (const auto& file : *checks) {
        const std::string name = QFileInfo(file.path).fileName().toStdString();
        std::cout << name << '\t' << stateName(file.state);
        if (file.state == platform::VaultFileCheck::State::Intact)
            std::cout << '\t' << file.tokens << " tokens";
        std::cout << '\n';
        if (file.problem)
            std::cerr << "otptool: " << name << ": " << file.problem->message << " ("
                      << platform::errorCodeName(file.problem->code) << ")\n";
    }
    const auto& main = checks->front();
    const auto& copy = (*checks)[1];
    using State = platform::VaultFileCheck::State;
    if (main.state == State::Intact && copy.state == State::Failed)
        std::cerr << "otptool: the main file is intact but its backup copy is not: the next save "
                     "replaces the copy with the current vault\n";
    else if (main.state != State::Intact && copy.state == State::Intact)
        std::cerr << "otptool: the backup copy is intact (" << copy.tokens
                  << " tokens); the next save restores the main file from it\n";
    return platform::hasFinding(*checks) ? kExitNo : kExitOk;
}

}  // namespace

int runVault(CommandArgs args)
{
    auto parsed = parseCommand(args, kOptions, kUsage);
    if (auto* exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const Args& opts = std::get<Args>(parsed);
    if (opts.positional().empty())
        return fail("vault needs a subcommand: add, list, code, remove, passwd, check");

    std::optional<otp::SecureString> passphrase;
    if (auto file = opts.value("passphrase-file")) {
        passphrase = readPassphraseFile(*file);
        if (!passphrase)
            return kExitBadInput;
    }
    auto dataDir = dataDirectoryOption(opts);
    if (!dataDir)
        return kExitBadInput;
    Context context(opts, *dataDir, std::move(passphrase));

    const std::string& sub = opts.positional()[0];
    if (sub != "passwd" && (opts.has("new-passphrase-file") || opts.has("passphrase-only")))
        return fail("--new-passphrase-file and --passphrase-only belong to vault passwd");
    if (sub != "code" && opts.has("at"))
        return fail("--at belongs to vault code");
    if (sub == "add")
        return add(context);
    if (sub == "list")
        return list(context);
    if (sub == "code")
        return code(context);
    if (sub == "remove")
        return remove(context);
    if (sub == "passwd")
        return passwd(context);
    if (sub == "check")
        return check(context);
    return fail("unknown vault subcommand '" + sub + "' (see otptool vault --help)");
}

}  // namespace otptool
