#include "vault_options.h"

#include <iostream>

#include <QCoreApplication>
#include <QFile>

#include "args.h"
#include "output.h"
#include "platform/auto_backup.h"
#include "platform/data_location.h"
#include "platform/error_code.h"
#include "platform/vault_session.h"

namespace otptool {

std::optional<otp::SecureString> readPassphraseFile(const std::string& path)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly)) {
        fail("cannot read passphrase file " + path + ": " + file.errorString().toStdString());
        return std::nullopt;
    }
    otp::SecureString passphrase;
    char c = 0;
    while (file.getChar(&c))
        passphrase.push_back(c);
    std::string_view v = passphrase.view();
    std::size_t keep = v.size();
    if (v.ends_with("\r\n"))
        keep -= 2;
    else if (v.ends_with('\n'))
        keep -= 1;
    otp::SecureString trimmed(v.substr(0, keep));
    if (trimmed.empty()) {
        fail("passphrase file " + path + " is empty");
        return std::nullopt;
    }
    return trimmed;
}

std::optional<QString> dataDirectoryOption(const Args& args)
{
    QString overrideDir;
    if (auto dir = args.value("data-dir")) {
        if (dir->empty()) {
            fail("--data-dir needs a directory");
            return std::nullopt;
        }
        overrideDir = QString::fromStdString(*dir);
    } else {
        // The same location the app uses.
        QCoreApplication::setOrganizationName(QStringLiteral("SoftToken"));
        QCoreApplication::setApplicationName(QStringLiteral("SoftToken"));
    }
    return platform::dataDirectory(overrideDir);
}

void backUpAfterEverySave(platform::VaultSession& session, platform::AutoBackup& backup)
{
    backup.backUpAfterEverySave(session, [](const otp::Result<platform::backup::Written>& done) {
        if (done) {
            std::cerr << "otptool: backed up " << done->tokens << " tokens to " << done->file.name
                      << '\n';
            if (done->pruneProblem)
                std::cerr << "otptool: warning: an old backup could not be removed: "
                          << done->pruneProblem->message << '\n';
        } else if (done.error().code != platform::ErrorCode::BackupNotConfigured) {
            std::cerr << "otptool: warning: the automatic backup failed: " << done.error().message
                      << " (" << platform::errorCodeName(done.error().code)
                      << "); the vault change is saved, older backups are unchanged\n";
        }
    });
}

}  // namespace otptool
