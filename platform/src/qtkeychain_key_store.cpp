#include <memory>
#include <optional>

#include <QEventLoop>
#include <qt6keychain/keychain.h>

#include "otp/secure_bytes.h"
#include "platform/key_store.h"

namespace platform {

namespace {

// Runs a QtKeychain job to completion in the calling thread.
void runBlocking(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
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

// A QByteArray copy is unavoidable for QtKeychain; wipe ours before it is freed.
void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        otp::detail::secureWipe(bytes.data(), static_cast<std::size_t>(bytes.size()));
}

}  // namespace

QtKeychainKeyStore::QtKeychainKeyStore(QString service) : m_service(std::move(service)) {}

otp::Result<otp::SecureBytes> QtKeychainKeyStore::readKey(const QString& entry)
{
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
    job->setAutoDelete(false);
    job->setKey(entry);
    runBlocking(*job);
    if (job->error() != QKeychain::NoError)
        return failure(*job, entry);
    QByteArray data = job->binaryData();
    job.reset();  // drop the job's reference so wiping `data` wipes the shared buffer itself
    otp::SecureBytes key(data.begin(), data.end());
    wipe(data);
    return key;
}

otp::Result<void> QtKeychainKeyStore::writeKey(const QString& entry,
                                               std::span<const std::uint8_t> key)
{
    auto job = std::make_unique<QKeychain::WritePasswordJob>(m_service);
    job->setAutoDelete(false);
    job->setKey(entry);
    QByteArray data(reinterpret_cast<const char*>(key.data()), static_cast<qsizetype>(key.size()));
    job->setBinaryData(data);
    runBlocking(*job);
    std::optional<otp::Error> error;
    if (job->error() != QKeychain::NoError)
        error = failure(*job, entry);
    job.reset();  // as in readKey: then `data` is the only reference
    wipe(data);
    if (error)
        return *error;
    return {};
}

otp::Result<void> QtKeychainKeyStore::removeKey(const QString& entry)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setKey(entry);
    runBlocking(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return failure(job, entry);
    return {};
}

}  // namespace platform
