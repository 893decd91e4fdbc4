#pragma once

#include <string_view>

#include <QObject>
#include <QString>

// What the scan page's ScanController needs from the app. ScanController lives in the plugin
// "SoftToken.Scan" (qml/scan), which links QtMultimedia and is loaded only when the scan page
// first opens; the plugin must not link this module (that would be a second copy of its types),
// so it reaches AppController through this interface, found with qobject_cast by its IID.
class ScanTarget {
public:
    virtual ~ScanTarget() = default;

    // A decoded QR payload, which may carry a secret (the caller wipes its copy). "" when it was
    // taken (a confirmation sheet, or a part of a Google Authenticator export), else the
    // translated reason it was not.
    virtual QString offerPayload(std::string_view payload) = 0;
    // True while parts of a Google Authenticator export are being collected: scanning goes on.
    virtual bool collectingBatch() const = 0;
};

#define SoftToken_ScanTarget_iid "jp.softtoken.ScanTarget/1.0"
Q_DECLARE_INTERFACE(ScanTarget, SoftToken_ScanTarget_iid)
