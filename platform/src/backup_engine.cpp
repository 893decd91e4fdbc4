#include "platform/backup_engine.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>

#include "otp/interop/softtoken_backup.h"
#include "otp/vault/backup_settings.h"
#include "otp/vault/vault_file.h"
#include "platform/error_code.h"

namespace platform::backup {

std::optional<std::int64_t> timeOfName(std::string_view name);

namespace {

using otp::Error;

constexpr std::string_view kPrefix = "softtoken-backup-";
constexpr std::string_view kSuffix = ".stbackup";
// kPrefix + "YYYYMMDD-HHMMSS-mmm" + kSuffix
constexpr std::size_t kStampLength = 19;

std::int64_t systemNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::optional<int> digits(std::string_view text, std::size_t pos, std::size_t n)
{
    int value = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int64_t>(era) * 146097 + doe - 719468;
}

// Temp files of earlier attempts that failed or were killed (".NAME.tmp", see
// DirectoryBackupFolder). Only called under the backup lock, when no other write is running.
void removeLeftoverTemps(BackupFolder& folder)
{
    auto names = folder.list();
    if (!names)
        return;
    for (const auto& name : *names) {
        if (name.size() > 5 && name.starts_with('.') && name.ends_with(".tmp") &&
            timeOfName(std::string_view(name).substr(1, name.size() - 5)))
            (void)folder.remove(name);
    }
}

}  // namespace

std::string fileName(std::int64_t unixMs)
{
    const std::time_t seconds = static_cast<std::time_t>(unixMs / 1000);
    std::tm utc{};
    ::gmtime_r(&seconds, &utc);
    char stamp[96];
    std::snprintf(stamp, sizeof stamp, "%04d%02d%02d-%02d%02d%02d-%03d", utc.tm_year + 1900,
                  utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                  static_cast<int>(unixMs % 1000));
    return std::string(kPrefix) + stamp + std::string(kSuffix);
}

std::optional<std::int64_t> timeOfName(std::string_view name)
{
    if (name.size() != kPrefix.size() + kStampLength + kSuffix.size() ||
        !name.starts_with(kPrefix) || !name.ends_with(kSuffix))
        return std::nullopt;
    const std::string_view s = name.substr(kPrefix.size(), kStampLength);
    if (s[8] != '-' || s[15] != '-')
        return std::nullopt;
    const auto y = digits(s, 0, 4), mo = digits(s, 4, 2), d = digits(s, 6, 2), h = digits(s, 9, 2),
               mi = digits(s, 11, 2), se = digits(s, 13, 2), ms = digits(s, 16, 3);
    if (!y || !mo || !d || !h || !mi || !se || !ms || *y < 1970 || *mo < 1 || *mo > 12 || *d < 1 ||
        *d > 31 || *h > 23 || *mi > 59 || *se > 60)
        return std::nullopt;
    const std::int64_t seconds =
        daysFromCivil(*y, *mo, *d) * 86400 + std::int64_t{*h} * 3600 + std::int64_t{*mi} * 60 + *se;
    return seconds * 1000 + *ms;
}

otp::Result<std::vector<BackupFile>> listBackups(const BackupFolder& folder)
{
    auto names = folder.list();
    if (!names)
        return names.error();
    std::vector<BackupFile> backups;
    for (auto& name : *names) {
        if (auto ms = timeOfName(name))
            backups.push_back(BackupFile{std::move(name), *ms});
    }
    std::sort(backups.begin(), backups.end(), [](const BackupFile& a, const BackupFile& b) {
        return a.unixMs != b.unixMs ? a.unixMs > b.unixMs : a.name > b.name;
    });
    return backups;
}

otp::Result<Written> writeBackup(BackupFolder& folder, const otp::vault::Vault& vault,
                                 const otp::SecureString& passphrase, std::uint32_t keep,
                                 const WriteOptions& options)
{
    const otp::vault::Vault content = otp::vault::withoutBackupSettings(vault);
    auto bytes =
        otp::interop::writeSoftTokenBackup(content, passphrase, options.scrypt, options.random);
    if (!bytes)
        return bytes.error();

    auto existing = listBackups(folder);
    if (!existing)
        return existing.error();
    // Later than every backup there, so the new one is the newest even after the clock went
    // back, and a name is never reused.
    std::int64_t when = options.nowMs ? options.nowMs() : systemNowMs();
    if (!existing->empty())
        when = std::max(when, existing->front().unixMs + 1);
    Written written;
    written.file = BackupFile{fileName(when), when};
    written.tokens = content.tokens.size();
    written.bytes = bytes->size();

    if (auto ok = folder.create(written.file.name, *bytes); !ok)
        return ok.error();
    // What is on the medium is what we meant: a flaky card or a network folder must not make
    // us prune the older, good backups for a broken one.
    auto readBack = folder.read(written.file.name);
    if (!readBack)
        return readBack.error();
    if (*readBack != *bytes || !otp::vault::parseVaultFile(*readBack))
        return Error{ErrorCode::BackupIo, "the backup read back from " + folder.describe() +
                                              " differs from what was written; older backups "
                                              "were kept"};

    removeLeftoverTemps(folder);
    auto all = listBackups(folder);
    if (!all) {
        written.pruneProblem = all.error();
        return written;
    }
    const std::size_t keepCount = std::max<std::uint32_t>(keep, 1);
    for (std::size_t i = keepCount; i < all->size(); ++i) {
        const std::string& name = (*all)[i].name;
        if (name == written.file.name)
            continue;  // never the one just written, whatever the names of the others
        if (auto ok = folder.remove(name); !ok) {
            written.pruneProblem = ok.error();
            break;
        }
        written.pruned.push_back(name);
    }
    return written;
}

otp::Result<otp::vault::Vault> openBackup(std::span<const std::uint8_t> bytes,
                                          const otp::SecureString& passphrase)
{
    auto file = otp::vault::parseVaultFile(bytes);
    if (!file)
        return Error{ErrorCode::BackupUnreadable, file.error().message};
    auto keys = otp::vault::unlockWithPassphrase(*file, passphrase);
    if (!keys)
        return Error{ErrorCode::BackupUnreadable,
                     keys.error().code == otp::ErrorCode::VaultWrongPassphrase
                         ? "the backup passphrase does not open it"
                         : keys.error().message};
    auto content = otp::vault::decryptVault(*file, *keys);
    if (!content)
        return Error{ErrorCode::BackupUnreadable, content.error().message};
    return std::move(content).value();
}

otp::Result<Verified> verifyNewest(const BackupFolder& folder, const otp::vault::Vault& vault,
                                   const otp::SecureString& passphrase)
{
    auto backups = listBackups(folder);
    if (!backups)
        return backups.error();
    if (backups->empty())
        return Error{ErrorCode::BackupNone, "no backup in " + folder.describe()};
    const BackupFile& newest = backups->front();
    auto bytes = folder.read(newest.name);
    if (!bytes)
        return bytes.error();
    auto content = openBackup(*bytes, passphrase);
    if (!content)
        return Error{ErrorCode::BackupUnreadable,
                     newest.name + " cannot be opened: " + content.error().message};
    const auto& inBackup = content->tokens;
    const auto& inVault = vault.tokens;
    if (inBackup != inVault) {
        std::size_t differ = 0;
        for (std::size_t i = 0; i < std::min(inBackup.size(), inVault.size()); ++i)
            differ += inBackup[i] == inVault[i] ? 0 : 1;
        return Error{ErrorCode::BackupMismatch,
                     newest.name + " holds " + std::to_string(inBackup.size()) +
                         " tokens, the vault " + std::to_string(inVault.size()) + "; " +
                         std::to_string(differ) + " of the common positions differ"};
    }
    return Verified{newest, inBackup.size()};
}

}  // namespace platform::backup
