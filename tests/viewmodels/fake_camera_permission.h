#pragma once

#include <memory>

#include "platform/camera_permission.h"

// A camera permission that answers as told, like Android's: no rationale before the first
// request; a refusal either keeps asking possible (rationale) or is for good.
struct FakeCameraAnswers {
    bool granted = false;
    bool grantOnRequest = false;
    bool rationaleAfterRefusal = false;
    int requests = 0;
};

class FakeCameraPermission final : public platform::CameraPermission {
public:
    explicit FakeCameraPermission(std::shared_ptr<FakeCameraAnswers> answers)
        : m_answers(std::move(answers))
    {}
    bool isGranted() const override { return m_answers->granted; }
    bool shouldShowRationale() const override { return m_rationale; }
    void request() override
    {
        ++m_answers->requests;
        m_answers->granted = m_answers->grantOnRequest;
        m_rationale = !m_answers->granted && m_answers->rationaleAfterRefusal;
        Q_EMIT changed();  // the OS dialog closed
    }

private:
    std::shared_ptr<FakeCameraAnswers> m_answers;
    bool m_rationale = false;
};
