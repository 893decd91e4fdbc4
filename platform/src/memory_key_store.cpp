#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include "platform/key_store.h"

namespace platform {

QString keyStoreEntryName(const QString& dataDirectory)
{
    QString canonical = QFileInfo(dataDirectory).canonicalFilePath();
    if (canonical.isEmpty())  // does not exist (yet): the cleaned absolute path
        canonical = QDir::cleanPath(QDir(dataDirectory).absolutePath());
    const QByteArray hash =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("vault-key-") + QString::fromLatin1(hash.left(32));
}

namespace {
otp::Error unavailable(const QString& why)
{
    return otp::Error{otp::ErrorCode::VaultKeystoreUnavailable,
                      "no OS keystore answered: " + why.toStdString()};
}
}  // namespace

otp::Result<otp::SecureBytes> MemoryKeyStore::readKey(const QString& entry)
{
    std::lock_guard lock(m_mutex);
    if (m_unavailable)
        return unavailable(*m_unavailable);
    auto it = m_entries.find(entry);
    if (it == m_entries.end())
        return otp::Error{otp::ErrorCode::VaultNoKeystoreKey,
                          "the OS keystore has no key " + entry.toStdString()};
    return it->second;
}

otp::Result<void> MemoryKeyStore::writeKey(const QString& entry, std::span<const std::uint8_t> key)
{
    std::lock_guard lock(m_mutex);
    if (m_unavailable)
        return unavailable(*m_unavailable);
    m_entries[entry] = otp::SecureBytes(key.begin(), key.end());
    return {};
}

otp::Result<void> MemoryKeyStore::removeKey(const QString& entry)
{
    std::lock_guard lock(m_mutex);
    if (m_unavailable)
        return unavailable(*m_unavailable);
    m_entries.erase(entry);
    return {};
}

void MemoryKeyStore::setUnavailable(std::optional<QString> message)
{
    std::lock_guard lock(m_mutex);
    m_unavailable = std::move(message);
}

bool MemoryKeyStore::contains(const QString& entry) const
{
    std::lock_guard lock(m_mutex);
    return m_entries.count(entry) > 0;
}

std::size_t MemoryKeyStore::size() const
{
    std::lock_guard lock(m_mutex);
    return m_entries.size();
}

}  // namespace platform
