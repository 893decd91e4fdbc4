#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include <QCoreApplication>

#include "commands.h"
#include "output.h"
#include "platform/process_hardening.h"

namespace {

struct Command {
    std::string_view name;
    int (*run)(otptool::CommandArgs);
    std::string_view summary;
};

constexpr Command kCommands[] = {
    {"code", otptool::runCode, "print the current (or --at, --next) code of a URI"},
    {"uri", otptool::runUri, "parse a URI to JSON, or make one"},
    {"serial", otptool::runSerial, "print a token's serial number"},
    {"verify", otptool::runVerify, "check a code against a URI within a window"},
    // the encrypted vault, read and changed in place
    {"vault", otptool::runVault, "the token vault: add, list, code, remove, passwd, check"},
    // QR images
    {"qr", otptool::runQr, "decode, encode and benchmark QR codes"},
    // other apps' exports and SoftToken backups
    {"import", otptool::runImport, "import an export or backup (dry run without --yes)"},
    {"export", otptool::runExport, "export the vault: softtoken backup, uris, aegis, ga-qr"},
    {"backup", otptool::runBackup, "automatic encrypted backups: configure, now, list, verify"},
};

int printHelp()
{
    std::cout << "usage: otptool COMMAND [ARGS...]   (otptool COMMAND --help for details)\n\n"
                 "commands:\n";
    for (const Command& c : kCommands)
        std::cout << "  " << c.name << std::string(10 - c.name.size(), ' ') << c.summary << '\n';
    std::cout << "\nexit status: 0 success, 1 a \"no\" answer (e.g. verify failed), 2 bad input\n";
    return otptool::kExitOk;
}

}  // namespace

int main(int argc, char* argv[])
{
    // It decrypts vaults: no core dumps, no ptrace by the same user, files owner-only.
    platform::hardenProcess();
    // Some commands use Qt (key store, images); none needs a GUI.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("otptool"));

    std::vector<std::string> words(argv + 1, argv + argc);
    if (words.empty() || words[0] == "--help" || words[0] == "-h" || words[0] == "help")
        return words.empty() ? (printHelp(), otptool::kExitBadInput) : printHelp();

    for (const Command& c : kCommands) {
        if (words[0] == c.name)
            return c.run(otptool::CommandArgs(words).subspan(1));
    }
    return otptool::fail("unknown command '" + words[0] + "' (see otptool --help)");
}
