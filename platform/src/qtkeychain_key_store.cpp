#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <qt6keychain/keychain.h>

#include "otp/secure_bytes.h"
#include "platform/key_store.h"

namespace platform {

namespace {

// Runs one QtKeychain job to completion and hands it to `finished` before it is deleted.
// Jobs always run in the application's main thread: QtKeychain's libsecret backend delivers its
// callbacks there, and a job living in another thread is used after it was freed (seen with
// QtKeychain 0.13). A worker thread therefore waits while the main thread runs the job; the main
// thread's event loop must be running. In the main thread (otptool) a local event loop waits.
void runJob(const std::function<QKeychain::Job*()>& make,
            const std::function<void(QKeychain::Job&)>& finished)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (app == nullptr || QThread::currentThread() == app->thread()) {
        std::unique_ptr<QKeychain::Job> job(make());
        job->setAutoDelete(false);
        QEventLoop loop;
        QObject::connect(job.get(), &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        job->start();
        loop.exec();
        finished(*job);
        return;
    }
    std::mutex mutex;
    std::condition_variable cv;
    bool done = false;
    QMetaObject::invokeMethod(
        app,
        [&] {
            QKeychain::Job* job = make();
            job->setAutoDelete(true);  // deleted by QtKeychain, in the main thread
            QObject::connect(job, &QKeychain::Job::finished, job, [&](QKeychain::Job* j) {
                finished(*j);
                std::lock_guard lock(mutex);
                done = true;
                cv.notify_one();
            });
            job->start();
        },
        Qt::QueuedConnection);
    std::unique_lock lock(mutex);
    cv.wait(lock, [&] { return done; });
}

otp::Error failure(const QKeychain::Job& job, const QString& entry)
{
    if (job.error() == QKeychain::EntryNotFound)
        return otp::Error{otp::ErrorCode::VaultNoKeystoreKey,
                          "the OS keystore has no key " + entry.toStdString()};
    // QtKeychain 0.13 reports a missing Secret Service, D-Bus or libsecret as OtherError (7)
    // with an explanatory message (TOOLCHAIN.md §6); pass that message on.
    return otp::Error{otp::ErrorCode::VaultKeystoreUnavailable,
                      "no OS keystore answered: " + job.errorString().toStdString() +
                          " (QtKeychain error " + std::to_string(int(job.error())) + ")"};
}

// QtKeychain needs the key in a QByteArray; wipe our copy once nobody else shares it.
void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        otp::detail::secureWipe(bytes.data(), static_cast<std::size_t>(bytes.size()));
}

}  // namespace

QtKeychainKeyStore::QtKeychainKeyStore(QString service) : m_service(std::move(service)) {}

otp::Result<otp::SecureBytes> QtKeychainKeyStore::readKey(const QString& entry)
{
    std::optional<otp::Error> error;
    otp::SecureBytes key;
    runJob(
        [&]() -> QKeychain::Job* {
            auto* job = new QKeychain::ReadPasswordJob(m_service);
            job->setKey(entry);
            return job;
        },
        [&](QKeychain::Job& job) {
            if (job.error() != QKeychain::NoError) {
                error = failure(job, entry);
                return;
            }
            QByteArray data = static_cast<QKeychain::ReadPasswordJob&>(job).binaryData();
            key.assign(data.begin(), data.end());
            wipe(data);  // detaches: wipes our copy; the job's is freed with the job
        });
    if (error)
        return *error;
    return key;
}

otp::Result<void> QtKeychainKeyStore::writeKey(const QString& entry,
                                               std::span<const std::uint8_t> key)
{
    QByteArray data(reinterpret_cast<const char*>(key.data()), static_cast<qsizetype>(key.size()));
    std::optional<otp::Error> error;
    runJob(
        [&]() -> QKeychain::Job* {
            auto* job = new QKeychain::WritePasswordJob(m_service);
            job->setKey(entry);
            job->setBinaryData(data);
            return job;
        },
        [&](QKeychain::Job& job) {
            if (job.error() != QKeychain::NoError)
                error = failure(job, entry);
            // Drop the job's reference so that wiping `data` wipes the shared buffer itself.
            static_cast<QKeychain::WritePasswordJob&>(job).setBinaryData(QByteArray());
        });
    wipe(data);
    if (error)
        return *error;
    return {};
}

otp::Result<void> QtKeychainKeyStore::removeKey(const QString& entry)
{
    std::optional<otp::Error> error;
    runJob(
        [&]() -> QKeychain::Job* {
            auto* job = new QKeychain::DeletePasswordJob(m_service);
            job->setKey(entry);
            return job;
        },
        [&](QKeychain::Job& job) {
            if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
                error = failure(job, entry);
        });
    if (error)
        return *error;
    return {};
}

}  // namespace platform
