#include "stores.h"

#include <QFile>

#include "otp/key_uri.h"
#include "platform/key_store.h"
#include "platform/vault_session.h"
#include "vault_token_store.h"

namespace {

// RFC 6238's SHA1 test key: a token anyone can reproduce with oathtool.
constexpr std::string_view kDemoUri =
    "otpauth://totp/SoftToken%20Demo:demo%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
    "&issuer=SoftToken%20Demo";

otp::Result<otp::SecureString> readPassphrase(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return otp::Error{otp::ErrorCode::VaultIo,
                          "cannot read passphrase file: " + file.errorString().toStdString()};
    QByteArray bytes = file.readAll();
    qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        end = bytes.size();
    if (end > 0 && bytes.at(end - 1) == '\r')
        --end;
    otp::SecureString passphrase(std::string_view(bytes.constData(), static_cast<size_t>(end)));
    bytes.fill('\0');
    if (passphrase.empty())
        return otp::Error{otp::ErrorCode::VaultPassphraseRequired, "the passphrase file is empty"};
    return passphrase;
}

}  // namespace

otp::Result<std::shared_ptr<TokenStore>> openTokenStore(const CommandLineOptions& options,
                                                        const QString& dataDir)
{
    if (options.demo) {
        auto uri = otp::parseKeyUri(kDemoUri);
        if (!uri)
            return uri.error();
        std::vector<StoredToken> tokens;
        tokens.push_back(StoredToken{1, std::move(uri).value(), 0});
        return std::shared_ptr<TokenStore>(std::make_shared<MemoryTokenStore>(std::move(tokens)));
    }

    std::unique_ptr<platform::KeyStore> keyStore;
    std::optional<otp::SecureString> passphrase;
    if (!options.passphraseFile.isEmpty()) {
        auto read = readPassphrase(options.passphraseFile);
        if (!read)
            return read.error();
        passphrase = std::move(read).value();
    } else {
        keyStore = std::make_unique<platform::QtKeychainKeyStore>();
    }
    auto session = std::make_unique<platform::VaultSession>(dataDir, keyStore.get());
    // TODO(issue 5): unlock on a worker thread behind a busy indicator; scrypt takes ~0.5 s.
    auto opened = session->openOrCreate(passphrase ? &*passphrase : nullptr);
    if (!opened)
        return opened.error();
    auto store = std::make_shared<VaultTokenStore>(std::move(keyStore), std::move(session));
    return std::shared_ptr<TokenStore>(std::move(store));
}
