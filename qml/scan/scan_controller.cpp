#include "scan_controller.h"

#include <QCamera>

#include "platform/qr/camera_status.h"
#include "platform/qr/frame_scanner.h"
#include "platform/qr/qr_decoder.h"
#include "platform/qr/virtual_camera.h"

namespace {

// How long a hint outlives the last frame that showed the undecoded symbol, and how long the
// message about a decoded code keeps hints from replacing it.
constexpr int kHintLingerMs = 2000;
constexpr int kMessageHoldMs = 4000;

ScanController::CameraState fromStatus(const platform::qr::CameraStatus& status)
{
    using S = platform::qr::CameraStatus::State;
    switch (status.state) {
    case S::Available: return ScanController::Available;
    case S::NoCamera: return ScanController::NoCamera;
    case S::PermissionDenied: return ScanController::PermissionDenied;
    case S::Failed: return ScanController::Failed;
    }
    return ScanController::Failed;
}

}  // namespace

ScanController::ScanController(QObject* parent)
    : QObject(parent), m_scanner(std::make_unique<platform::qr::FrameScanner>())
{
    connect(m_scanner.get(), &platform::qr::FrameScanner::codesFound, this,
            &ScanController::onCodesFound);
    connect(m_scanner.get(), &platform::qr::FrameScanner::enabledChanged, this,
            &ScanController::scanningChanged);
    connect(m_scanner.get(), &platform::qr::FrameScanner::codeNotDecoded, this,
            &ScanController::onCodeNotDecoded);
    m_hintExpiry.setSingleShot(true);
    m_hintExpiry.setInterval(kHintLingerMs);
    connect(&m_hintExpiry, &QTimer::timeout, this, [this] { setHint({}); });
}

ScanController::~ScanController()
{
    stop();
}

void ScanController::setTarget(QObject* target)
{
    if (target == m_target)
        return;
    if (target != nullptr && qobject_cast<ScanTarget*>(target) == nullptr)
        qWarning("ScanController: %s does not implement ScanTarget",
                 target->metaObject()->className());
    m_target = target;
    Q_EMIT targetChanged();
}

ScanTarget* ScanController::scanTarget() const
{
    return qobject_cast<ScanTarget*>(m_target.data());
}

void ScanController::setVirtualCamera(const QString& path)
{
    if (path == m_virtualCameraPath)
        return;
    m_virtualCameraPath = path;
    Q_EMIT virtualCameraChanged();
}

void ScanController::setVideoSink(QVideoSink* sink)
{
    if (sink == m_sink)
        return;
    m_sink = sink;
    m_scanner->setVideoSink(sink);
    if (m_virtualCamera)
        m_virtualCamera->setVideoSink(sink);
    Q_EMIT videoSinkChanged();
}

bool ScanController::usesVirtualCamera() const
{
    return !m_virtualCameraPath.isEmpty();
}

bool ScanController::scanning() const
{
    return m_scanner->isEnabled();
}

void ScanController::setScanning(bool on)
{
    m_scanner->setEnabled(on);
    if (on)
        setMessage({});
}

QString ScanController::cameraMessage() const
{
    switch (m_cameraState) {
    case Available: return {};
    case NoCamera:
        return tr("No camera was found. Import an image of the QR code or enter the key manually.");
    case PermissionDenied:
        return tr("The app may not use the camera. Allow camera access in the system settings, "
                  "or import an image of the QR code.");
    case Failed:
        return tr("The camera could not be started. Import an image of the QR code instead.");
    }
    return {};
}

void ScanController::setCameraState(CameraState state)
{
    if (state == m_cameraState)
        return;
    m_cameraState = state;
    Q_EMIT cameraStateChanged();
}

void ScanController::setMessage(const QString& message)
{
    m_messageShown.start();
    if (message == m_message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

void ScanController::setHint(const QString& hint)
{
    if (hint == m_hint)
        return;
    m_hint = hint;
    Q_EMIT hintChanged();
}

QString ScanController::adviceText(platform::qr::ScanAdvice advice)
{
    using A = platform::qr::ScanAdvice;
    switch (advice) {
    case A::None: return {};
    case A::MoveCloser: return tr("A QR code is in view but too small to read. Move closer to it.");
    case A::AvoidGlare:
        return tr("A QR code is in view but a reflection covers part of it. Tilt the phone or "
                  "the screen a little to get rid of the glare.");
    case A::HoldStill:
        return tr("A QR code is in view but blurred. Hold the phone still for a moment.");
    }
    return {};
}

void ScanController::onCodeNotDecoded(platform::qr::ScanAdvice advice)
{
    if (!m_scanner->isEnabled())
        return;
    // What a decoded code was (a web link, a bad secret) stays a while: it is more specific.
    if (!m_message.isEmpty() && m_messageShown.isValid() &&
        m_messageShown.elapsed() >= kMessageHoldMs)
        setMessage({});
    setHint(adviceText(advice));
    m_hintExpiry.start();
}

void ScanController::start()
{
    if (!usesVirtualCamera()) {
        setCameraState(fromStatus(platform::qr::cameraStatus()));
        return;
    }
    m_virtualCamera = std::make_unique<platform::qr::VirtualCamera>();
    connect(m_virtualCamera.get(), &platform::qr::VirtualCamera::errorOccurred, this,
            [this](const QString& english) {
                qWarning("virtual camera: %s", qPrintable(english));
                setCameraState(Failed);
            });
    if (auto opened = m_virtualCamera->open(m_virtualCameraPath); !opened) {
        qWarning("virtual camera: %s", opened.error().message.c_str());
        setCameraState(Failed);
        m_virtualCamera.reset();
        return;
    }
    m_virtualCamera->setVideoSink(m_sink);
    m_virtualCamera->start();
    setCameraState(Available);
}

void ScanController::checkCamera(QObject* camera)
{
    if (auto* qcamera = qobject_cast<QCamera*>(camera))
        setCameraState(fromStatus(platform::qr::cameraStatus(*qcamera)));
}

void ScanController::stop()
{
    if (m_virtualCamera)
        m_virtualCamera->stop();
    m_scanner->setEnabled(false);
}

void ScanController::onCodesFound(const QStringList& payloads)
{
    ScanTarget* target = scanTarget();
    if (target == nullptr || payloads.isEmpty() || !m_scanner->isEnabled())
        return;
    m_hintExpiry.stop();
    setHint({});
    QString lastProblem;
    for (const QString& payload : payloads) {
        QByteArray utf8 = payload.toUtf8();
        const QString problem =
            target->offerPayload(std::string_view(utf8.constData(), utf8.size()));
        utf8.fill('\0');  // it may carry a secret
        if (problem.isEmpty()) {
            // A part of a Google Authenticator export: keep scanning for the others (the page
            // shows the progress).
            if (target->collectingBatch()) {
                setMessage({});
                continue;
            }
            // A token setup code: hold the scanner until the confirmation sheet is answered.
            setScanning(false);
            return;
        }
        lastProblem = problem;
    }
    setMessage(lastProblem);
}
