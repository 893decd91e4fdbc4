#include "camera_access.h"

#include <utility>

CameraAccess::CameraAccess(QObject* parent) : QObject(parent)
{
    usePermission(std::make_unique<platform::CameraPermission>());
}

CameraAccess::~CameraAccess() = default;

void CameraAccess::usePermission(std::unique_ptr<platform::CameraPermission> permission)
{
    m_permission = std::move(permission);
    m_asked = false;
    connect(m_permission.get(), &platform::CameraPermission::changed, this, &CameraAccess::changed);
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
    m_permission->request();
    Q_EMIT changed();
}
