#pragma once

#include <vector>

#include "platform/token_repository.h"

namespace testsupport {

// An in-memory token repository that counts its saves and can fail the next one, to see how
// save errors surface (nothing may change on a failed save).
class ScriptedRepository : public platform::MemoryTokenRepository {
public:
    using MemoryTokenRepository::MemoryTokenRepository;

    otp::Result<void> save(otp::vault::Vault changed) override
    {
        if (m_failNextSave) {
            m_failNextSave = false;
            return otp::Error{otp::ErrorCode::VaultIo, "simulated save failure"};
        }
        ++m_saveCount;
        return MemoryTokenRepository::save(std::move(changed));
    }

    const std::vector<otp::vault::Token>& tokens() const { return vault().tokens; }
    int saveCount() const { return m_saveCount; }
    void failNextSave() { m_failNextSave = true; }

private:
    int m_saveCount = 0;
    bool m_failNextSave = false;
};

}  // namespace testsupport
