#include "platform/backup_status.h"

#include <charconv>
#include <sstream>
#include <string_view>

#include <QDir>
#include <QFile>

#include "platform/error_code.h"
#include "platform/private_file.h"

namespace platform {

namespace {

QString statusPath(const QString& dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("backup-status"));
}

std::optional<std::int64_t> number(std::string_view text)
{
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<otp::ErrorCode> codeNamed(std::string_view name)
{
    for (int value = 0; value < 1000; ++value) {
        const auto code = static_cast<otp::ErrorCode>(value);
        if (platform::errorCodeName(code) == name)
            return code;
    }
    return std::nullopt;
}

// One line per value: a message never holds a line break.
std::string oneLine(std::string text)
{
    for (char& c : text) {
        if (c == '\n' || c == '\r')
            c = ' ';
    }
    return text;
}

void writeError(std::ostringstream& out, const char* key, const std::optional<otp::Error>& e)
{
    if (e)
        out << key << '=' << platform::errorCodeName(e->code) << ' ' << oneLine(e->message) << '\n';
}

std::optional<otp::Error> parseError(std::string_view value)
{
    const auto space = value.find(' ');
    auto code = codeNamed(value.substr(0, space));
    if (!code)
        return std::nullopt;
    return otp::Error{*code, space == std::string_view::npos
                                 ? std::string()
                                 : std::string(value.substr(space + 1))};
}

}  // namespace

BackupStatus readBackupStatus(const QString& dataDirectory)
{
    BackupStatus status;
    QFile file(statusPath(dataDirectory));
    if (!file.open(QIODevice::ReadOnly))
        return status;
    const QByteArray all = file.read(qint64{64} * 1024);
    std::istringstream in(all.toStdString());
    for (std::string line; std::getline(in, line);) {
        const auto eq = line.find('=');
        if (eq == std::string::npos)
            continue;
        const std::string_view key = std::string_view(line).substr(0, eq);
        const std::string_view value = std::string_view(line).substr(eq + 1);
        if (key == "last_backup_ms")
            status.lastBackupMs = number(value);
        else if (key == "last_backup_name")
            status.lastBackupName = value;
        else if (key == "last_backup_tokens")
            status.lastBackupTokens = static_cast<std::size_t>(number(value).value_or(0));
        else if (key == "last_attempt_ms")
            status.lastAttemptMs = number(value);
        else if (key == "last_error")
            status.lastError = parseError(value);
        else if (key == "last_warning")
            status.lastWarning = parseError(value);
    }
    return status;
}

otp::Result<void> writeBackupStatus(const QString& dataDirectory, const BackupStatus& status)
{
    std::ostringstream out;
    out << "# SoftToken automatic backups: the last attempt (docs/backups.md)\n";
    if (status.lastBackupMs)
        out << "last_backup_ms=" << *status.lastBackupMs << '\n'
            << "last_backup_name=" << oneLine(status.lastBackupName) << '\n'
            << "last_backup_tokens=" << status.lastBackupTokens << '\n';
    if (status.lastAttemptMs)
        out << "last_attempt_ms=" << *status.lastAttemptMs << '\n';
    writeError(out, "last_error", status.lastError);
    writeError(out, "last_warning", status.lastWarning);
    const std::string text = out.str();
    return writePrivateFile(
        statusPath(dataDirectory),
        std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()),
        ExistingFile::Replace, platform::ErrorCode::BackupIo);
}

}  // namespace platform
