#include "camera_access.h"

#include <utility>

#include "platform/camera_permission.h"

namespace {

class SystemCameraPermission final : public CameraPermissionBackend {
public:
    SystemCameraPermission()
    {
        QObject::connect(&m_permission, &platform::CameraPermission::changed, [this] {
            if (changed)
                changed();
        });
    }
    bool granted() const override
    {
        return m_permission.status() == platform::CameraPermission::Status::Granted;
    }
    bool showRationale() const override { return m_permission.showRationale(); }
    void request() override { m_permission.request(); }

private:
    platform::CameraPermission m_permission;
};

}  // namespace

std::unique_ptr<CameraPermissionBackend> makeSystemCameraPermission()
{
    return std::make_unique<SystemCameraPermission>();
}

CameraAccess::CameraAccess(QObject* parent) : QObject(parent)
{
    useBackend(makeSystemCameraPermission());
}

CameraAccess::~CameraAccess() = default;

void CameraAccess::useBackend(std::unique_ptr<CameraPermissionBackend> backend)
{
    m_backend = std::move(backend);
    m_asked = false;
    m_backend->changed = [this] { Q_EMIT changed(); };
    Q_EMIT changed();
}

QString CameraAccess::explanation() const
{
    if (granted())
        return {};
    if (canAsk())
        // The same text as Android's own rationale (mobile/android/res, camera_rationale).
        return tr("SoftToken uses the camera only to read the QR code your bank gives you for a "
                  "new token. No picture is stored or sent.");
    return tr("Camera access is off for SoftToken. To scan, allow it in the system settings "
              "(Settings → Apps → SoftToken → Permissions → Camera). Meanwhile you can import a "
              "picture of the code, paste it or enter the key manually.");
}

void CameraAccess::request()
{
    if (granted())
        return;
    m_asked = true;
    m_backend->request();
    Q_EMIT changed();
}
