#include "vault_token_store.h"

#include <algorithm>

VaultTokenStore::VaultTokenStore(std::unique_ptr<platform::KeyStore> keyStore,
                                 std::unique_ptr<platform::VaultSession> session)
    : m_keyStore(std::move(keyStore)), m_session(std::move(session))
{}

otp::Result<std::vector<StoredToken>> VaultTokenStore::load()
{
    std::vector<StoredToken> tokens;
    for (const auto& token : m_session->vault().tokens)
        tokens.push_back(StoredToken{token.id, token.uri, token.created});
    return tokens;
}

otp::Result<void> VaultTokenStore::save(const std::vector<StoredToken>& tokens)
{
    otp::vault::Vault changed = m_session->vault();
    std::vector<otp::vault::Token> next;
    next.reserve(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const StoredToken& stored = tokens[i];
        otp::vault::Token token{stored.id,
                                stored.uri,
                                otp::effectiveSerial(stored.uri),
                                static_cast<std::uint32_t>(i),
                                stored.created,
                                {}};
        const auto old =
            std::find_if(changed.tokens.begin(), changed.tokens.end(),
                         [&](const otp::vault::Token& t) { return t.id == stored.id; });
        if (old != changed.tokens.end())
            token.unknownFields = old->unknownFields;
        changed.nextId = std::max(changed.nextId, stored.id + 1);
        next.push_back(std::move(token));
    }
    changed.tokens = std::move(next);
    return m_session->save(std::move(changed));
}
