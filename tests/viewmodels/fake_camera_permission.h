#pragma once

#include <memory>

#include "camera_access.h"

// A camera permission that answers as told, like Android's: no rationale before the first
// request; a refusal either keeps asking possible (rationale) or is for good.
struct FakeCameraAnswers {
    bool granted = false;
    bool grantOnRequest = false;
    bool rationaleAfterRefusal = false;
    int requests = 0;
};

class FakeCameraPermission final : public CameraPermissionBackend {
public:
    explicit FakeCameraPermission(std::shared_ptr<FakeCameraAnswers> answers)
        : m_answers(std::move(answers))
    {}
    bool granted() const override { return m_answers->granted; }
    bool showRationale() const override { return m_rationale; }
    void request() override
    {
        ++m_answers->requests;
        m_answers->granted = m_answers->grantOnRequest;
        m_rationale = !m_answers->granted && m_answers->rationaleAfterRefusal;
        if (changed)
            changed();  // the OS dialog closed
    }

private:
    std::shared_ptr<FakeCameraAnswers> m_answers;
    bool m_rationale = false;
};
