#include "stores.h"

#include <memory>
#include <string>

#include <QFile>

#include "otp/key_uri.h"
#include "platform/key_store.h"
#include "platform/vault_session.h"

namespace {

// Demo tokens. The first uses RFC 6238's SHA1 test key, so anyone can check its codes with
// oathtool; the others use well-known example keys.
constexpr std::string_view kDemoUris[] = {
    "otpauth://totp/SoftToken%20Demo:demo%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
    "&issuer=SoftToken%20Demo",
    "otpauth://totp/Example%20Bank:taro.yamada?secret=JBSWY3DPEHPK3PXP&issuer=Example%20Bank"
    "&serial=EXBK12345678",
    "otpauth://totp/Sample%20Shinkin:hanako?secret=KRUGS4ZANFZSA5DIMUQGC3LB&issuer=Sample%20Shinkin"
    "&digits=8",
    "otpauth://hotp/Counter%20Co:ops?secret=MFRGGZDFMZTWQ2LK&issuer=Counter%20Co&counter=5",
    "otpauth://totp/Work:me%40example.org?secret=ONSWG4TFOQYTEMZU&issuer=Work",
};

// A vault session with the keystore it reads the vault key from (which must outlive it).
struct KeystoreSession {
    std::unique_ptr<platform::KeyStore> keyStore;
    platform::VaultSession session;

    KeystoreSession(std::unique_ptr<platform::KeyStore> keys, const QString& dataDir)
        : keyStore(std::move(keys)), session(dataDir, keyStore.get())
    {}
};

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

std::string demoSetupUri()
{
    return "otpauth://totp/"
           "Example%20Bank:taro.yamada?secret=NBSWY3DPO5XXE3DEEE&issuer=Example%20Bank"
           "&serial=EXBK87654321";
}

otp::Result<std::shared_ptr<platform::TokenRepository>>
openTokenStore(const CommandLineOptions& options, const QString& dataDir)
{
    if (options.demo) {
        otp::vault::Vault demo;
        for (int i = 0; i < options.demoCount; ++i) {
            auto uri = otp::parseKeyUri(kDemoUris[i]);
            if (!uri)
                return uri.error();
            otp::vault::addToken(demo, std::move(uri).value(), 0);
        }
        return std::shared_ptr<platform::TokenRepository>(
            std::make_shared<platform::MemoryTokenRepository>(std::move(demo)));
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
    auto opened = std::make_shared<KeystoreSession>(std::move(keyStore), dataDir);
    // Blocks (keystore, scrypt ~0.5 s with a passphrase): startApp() calls this on a worker
    // thread through AppController::openStoreAsync(), which shows the busy indicator.
    if (auto ok = opened->session.openOrCreate(passphrase ? &*passphrase : nullptr); !ok)
        return ok.error();
    // The session, kept alive together with its keystore.
    return std::shared_ptr<platform::TokenRepository>(opened, &opened->session);
}
