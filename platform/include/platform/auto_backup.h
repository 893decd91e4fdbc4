#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

#include <QObject>
#include <QString>
#include <QTimer>

#include "otp/result.h"
#include "otp/vault/backup_settings.h"
#include "otp/vault/vault.h"
#include "platform/backup_engine.h"
#include "platform/backup_folder.h"
#include "platform/backup_status.h"

// Automatic backups after vault changes (docs/backups.md): the settings are read from the
// saved vault itself (otp/vault/backup_settings.h), so the app and otptool back up the same way.
namespace platform {

class VaultSession;

// One data directory's automatic backups. run() blocks (scrypt ~0.4 s, two fsyncs); it is
// safe to call from any one thread at a time, and from several processes (a lock file in the
// data directory serialises them).
class AutoBackup {
public:
    struct Options {
        backup::WriteOptions write;
        std::function<std::unique_ptr<BackupFolder>(const otp::vault::BackupSettings&)> openFolder =
            openBackupFolder;
    };

    explicit AutoBackup(QString dataDirectory);
    AutoBackup(QString dataDirectory, Options options);

    // Backs `vault` up if its settings turn backups on, and records the outcome in the status
    // (time, file, token count, or the error). Errors: BackupNotConfigured (backups are off;
    // nothing recorded), VaultDamaged (unreadable settings), backup::writeBackup's errors.
    otp::Result<backup::Written> run(const otp::vault::Vault& vault);

    // What was recorded by the last attempt from this data directory (any process).
    BackupStatus status() const;
    const QString& dataDirectory() const { return m_dataDirectory; }

    // Makes every successful save of `session` run a backup at once, then calls `report` with
    // the outcome (otptool prints a warning for an error other than BackupNotConfigured).
    // `session` must not save after this object is gone.
    void backUpAfterEverySave(VaultSession& session,
                              std::function<void(const otp::Result<backup::Written>&)> report);

private:
    QString m_dataDirectory;
    Options m_options;
};

// The app's trigger: saves come in bursts (an import, reordering, HOTP codes), so a backup is
// written `delay` after the last of them, on a worker thread, with the newest content. Lives on
// the thread that has the event loop (the GUI thread); changed() may be called from any thread.
// Destroying it backs up at once what still waits for its delay (a change just before exit).
class DebouncedBackup : public QObject {
    Q_OBJECT
public:
    DebouncedBackup(std::shared_ptr<AutoBackup> backup, std::chrono::milliseconds delay,
                    QObject* parent = nullptr);
    ~DebouncedBackup() override;

    // Remembers `vault` as the content to back up and restarts the delay. Thread-safe.
    void changed(const otp::vault::Vault& vault);
    // Hooks changed() to every successful save of `session`. The session holds a weak link:
    // saves after this object is gone are not backed up.
    void attach(VaultSession& session);

    BackupStatus status() const { return m_backup->status(); }
    bool pending() const;

Q_SIGNALS:
    // After each attempt (also when backups are off), on this object's thread; the outcome is
    // in status().
    void finished();

private:
    void start();
    struct Shared;
    std::shared_ptr<AutoBackup> m_backup;
    std::shared_ptr<Shared> m_shared;
    QTimer m_timer;
};

// The app's wiring in one call: every successful save of `session` schedules a backup `delay`
// later (DebouncedBackup on the application's thread, whatever thread calls this). The session
// keeps the trigger alive; the returned pointer is for the UI's status and finished() signal.
std::shared_ptr<DebouncedBackup>
backUpAfterSavesDebounced(VaultSession& session,
                          std::chrono::milliseconds delay = std::chrono::seconds(2));

}  // namespace platform
