#include "platform/auto_backup.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include "platform/error_code.h"
#include "platform/vault_session.h"
#include "posix_file.h"

namespace platform {

namespace {

std::int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Held while a backup is written and pruned, so the app and otptool never prune each other's
// new file or pick the same name.
// Returns the locked descriptor (closing it releases the lock).
otp::Result<int> lockBackups(const QString& dataDirectory)
{
    const QString path = QDir(dataDirectory).filePath(QStringLiteral("backup.lock"));
    posix::Fd fd(::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600));
    if (fd.get() < 0)
        return otp::Error{platform::ErrorCode::BackupIo,
                          "cannot open " + path.toStdString() + ": " + std::strerror(errno)};
    while (::flock(fd.get(), LOCK_EX) != 0) {
        if (errno != EINTR)
            return otp::Error{platform::ErrorCode::BackupIo,
                              "cannot lock " + path.toStdString() + ": " + std::strerror(errno)};
    }
    return fd.release();
}

}  // namespace

AutoBackup::AutoBackup(QString dataDirectory) : AutoBackup(std::move(dataDirectory), Options{}) {}

AutoBackup::AutoBackup(QString dataDirectory, Options options)
    : m_dataDirectory(std::move(dataDirectory)), m_options(std::move(options))
{}

otp::Result<backup::Written> AutoBackup::run(const otp::vault::Vault& vault)
{
    auto settings = otp::vault::backupSettings(vault);
    if (!settings)
        return settings.error();
    if (!*settings)
        return otp::Error{platform::ErrorCode::BackupNotConfigured, "automatic backups are off"};
    auto lock = lockBackups(m_dataDirectory);
    if (!lock)
        return lock.error();
    const posix::Fd held(*lock);

    auto folder = m_options.openFolder(**settings);
    auto written = backup::writeBackup(*folder, vault, (*settings)->passphrase, (*settings)->keep,
                                       m_options.write);
    BackupStatus status = readBackupStatus(m_dataDirectory);
    status.lastAttemptMs = m_options.write.nowMs ? m_options.write.nowMs() : nowMs();
    if (written) {
        status.lastBackupMs = written->file.unixMs;
        status.lastBackupName = written->file.name;
        status.lastBackupTokens = written->tokens;
        status.lastError.reset();
        status.lastWarning = written->pruneProblem;
    } else {
        status.lastError = written.error();
        status.lastWarning.reset();
    }
    // A status that cannot be recorded does not undo the backup; the folder is the truth.
    (void)writeBackupStatus(m_dataDirectory, status);
    return written;
}

BackupStatus AutoBackup::status() const
{
    return readBackupStatus(m_dataDirectory);
}

void AutoBackup::backUpAfterEverySave(
    VaultSession& session, std::function<void(const otp::Result<backup::Written>&)> report)
{
    session.setAfterSave([this, report = std::move(report)](const otp::vault::Vault& vault) {
        auto outcome = run(vault);
        if (report)
            report(outcome);
    });
}

// State shared with the worker and with the session's observer, which may outlive the QObject.
struct DebouncedBackup::Shared {
    mutable std::mutex mutex;
    std::optional<otp::vault::Vault> next;  // the newest content not yet backed up
    bool running = false;
    bool closed = false;  // the QObject is gone: the worker backs up what is left itself
};

DebouncedBackup::DebouncedBackup(std::shared_ptr<AutoBackup> backup,
                                 std::chrono::milliseconds delay, QObject* parent)
    : QObject(parent), m_backup(std::move(backup)), m_shared(std::make_shared<Shared>()),
      m_timer(this)  // a child, so moveToThread() takes it along
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delay);
    connect(&m_timer, &QTimer::timeout, this, &DebouncedBackup::start);
}

// A change saved just before the app quits must not wait for the next start: what is still
// waiting for its delay is backed up now (the last few hundred milliseconds of the exit).
DebouncedBackup::~DebouncedBackup()
{
    // Best effort: a failure here (no memory, a broken mutex) must not end the app, and the
    // backup after the next change covers it.
    try {
        std::optional<otp::vault::Vault> left;
        {
            const std::lock_guard lock(m_shared->mutex);
            m_shared->closed = true;
            if (!m_shared->running)
                left.swap(m_shared->next);
        }
        if (left)
            (void)m_backup->run(*left);
    } catch (...) {
    }
}

void DebouncedBackup::changed(const otp::vault::Vault& vault)
{
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->next = vault;
    }
    QMetaObject::invokeMethod(
        this, [this] { m_timer.start(); }, Qt::QueuedConnection);
}

void DebouncedBackup::attach(VaultSession& session)
{
    QPointer<DebouncedBackup> self(this);
    session.setAfterSave([self](const otp::vault::Vault& vault) {
        if (self)
            self->changed(vault);
    });
}

bool DebouncedBackup::pending() const
{
    const std::lock_guard lock(m_shared->mutex);
    return m_shared->next.has_value() || m_shared->running || m_timer.isActive();
}

void DebouncedBackup::start()
{
    std::optional<otp::vault::Vault> content;
    {
        const std::lock_guard lock(m_shared->mutex);
        if (m_shared->running || !m_shared->next)
            return;  // the running backup's end starts the next one
        content.swap(m_shared->next);
        m_shared->running = true;
    }
    QPointer<DebouncedBackup> self(this);
    QThreadPool::globalInstance()->start(
        [self, backup = m_backup, shared = m_shared, content = std::move(content)]() mutable {
            bool again = false;
            for (;;) {
                (void)backup->run(*content);  // the outcome is in the status
                const std::lock_guard lock(shared->mutex);
                again = shared->next.has_value();
                if (!again || !shared->closed) {
                    shared->running = false;
                    break;
                }
                content.swap(shared->next);  // no one left to schedule it
                shared->next.reset();
            }
            if (self)
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, again] {
                        if (!self)
                            return;
                        Q_EMIT self->finished();
                        if (again)
                            self->start();
                    },
                    Qt::QueuedConnection);
        });
}

std::shared_ptr<DebouncedBackup> backUpAfterSavesDebounced(VaultSession& session,
                                                           std::chrono::milliseconds delay)
{
    auto backup = std::make_shared<AutoBackup>(session.dataDirectory());
    // Deleted on its own thread: at once there (the app's exit), else by its event loop.
    std::shared_ptr<DebouncedBackup> debounced(new DebouncedBackup(backup, delay),
                                               [](DebouncedBackup* d) {
                                                   if (d->thread() == QThread::currentThread())
                                                       delete d;
                                                   else
                                                       d->deleteLater();
                                               });
    if (auto* app = QCoreApplication::instance())
        debounced->moveToThread(app->thread());
    session.setAfterSave(
        [debounced](const otp::vault::Vault& vault) { debounced->changed(vault); });
    return debounced;
}

}  // namespace platform
