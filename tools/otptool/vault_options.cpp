#include "vault_options.h"

#include <QCoreApplication>
#include <QFile>

#include "args.h"
#include "output.h"
#include "platform/data_location.h"

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

}  // namespace otptool
