#include <chrono>
#include <memory>

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "app_controller.h"
#include "error_text.h"
#include "fake_camera_permission.h"
#include "fake_sntp_server.h"
#include "otp/uri_generators.h"
#include "platform/error_code.h"
#include "test_support.h"

// The protections as wired into AppController: clipboard clearing, lock + clipboard, clock
// correction.
namespace {

using namespace std::chrono_literals;

// The clipboard as the guard sees it; shared with the test after the guard takes ownership.
struct FakeClipboardState {
    QString text;
    bool sensitive = false;
};

class FakeClipboard final : public platform::ClipboardBackend {
public:
    explicit FakeClipboard(std::shared_ptr<FakeClipboardState> state) : m_state(std::move(state)) {}
    void setSensitiveText(const QString& text) override
    {
        m_state->text = text;
        m_state->sensitive = true;
    }
    void setPlainText(const QString& text) override
    {
        m_state->text = text;
        m_state->sensitive = false;
    }
    std::optional<QString> text() const override { return m_state->text; }
    void clear() override { m_state->text.clear(); }

private:
    std::shared_ptr<FakeClipboardState> m_state;
};

class ProtectionsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        app.clock()->setFakeTime(59);
        app.clock()->setFrozen(true);
        app.setStore(std::make_shared<platform::MemoryTokenRepository>());
        app.clipboard()->useBackend(std::make_unique<FakeClipboard>(clipboard),
                                    [this] { return nowMs; });
        platform::AppLock::Options options;
        options.clock = [this] { return nowMs; };
        options.kdf = {1024, 8, 1};
        app.lock()->open(QString(), std::move(options));
    }

    QString firstCode() { return app.tokens()->index(0).data(TokenListModel::CodeRole).toString(); }

    std::shared_ptr<FakeClipboardState> clipboard = std::make_shared<FakeClipboardState>();
    qint64 nowMs = 1'700'000'000'000;
    AppController app;
};

TEST_F(ProtectionsTest, CopiedCodeIsClearedAfterTheDelayFromSettings)
{
    app.settings()->setClipboardClearSeconds(15);
    EXPECT_EQ(app.clipboard()->clearSeconds(), 15);
    app.clipboard()->copyCode(QStringLiteral("123 456"));
    EXPECT_EQ(clipboard->text, QStringLiteral("123456"));
    EXPECT_TRUE(clipboard->sensitive);
    EXPECT_TRUE(app.clipboard()->isPending());

    nowMs += 14'000;
    EXPECT_FALSE(app.clipboard()->guard()->clearIfDue());
    EXPECT_EQ(clipboard->text, QStringLiteral("123456"));
    nowMs += 1'000;
    QSignalSpy cleared(app.clipboard(), &SecureClipboard::cleared);
    EXPECT_TRUE(app.clipboard()->guard()->clearIfDue());
    EXPECT_EQ(clipboard->text, QString());
    EXPECT_EQ(cleared.count(), 1);
    EXPECT_EQ(app.clipboard()->lastCopied(), QString());
}

TEST_F(ProtectionsTest, SomethingTheUserCopiedLaterStays)
{
    app.settings()->setClipboardClearSeconds(30);
    app.clipboard()->copyCode(QStringLiteral("123456"));
    clipboard->text = QStringLiteral("a note the user copied");
    nowMs += 31'000;
    EXPECT_FALSE(app.clipboard()->guard()->clearIfDue());
    EXPECT_EQ(clipboard->text, QStringLiteral("a note the user copied"));
    EXPECT_FALSE(app.clipboard()->isPending());
}

TEST_F(ProtectionsTest, SerialsAreNotMarkedNorCleared)
{
    app.clipboard()->copyText(QStringLiteral("ABCD 1234 5678"));
    EXPECT_EQ(clipboard->text, QStringLiteral("ABCD12345678"));
    EXPECT_FALSE(clipboard->sensitive);
    EXPECT_FALSE(app.clipboard()->isPending());
}

TEST_F(ProtectionsTest, LockingClearsTheClipboardIfOurs)
{
    ASSERT_EQ(app.lock()->setPin({}, QStringLiteral("4826"), QStringLiteral("4826")), QString());
    app.clipboard()->copyCode(QStringLiteral("123456"));
    app.lock()->lockNow();
    EXPECT_TRUE(app.lock()->isLocked());
    EXPECT_EQ(clipboard->text, QString());

    ASSERT_TRUE(app.lock()->unlock(QStringLiteral("4826")));
    app.clipboard()->copyCode(QStringLiteral("654321"));
    clipboard->text = QStringLiteral("mine");
    app.lock()->lockNow();
    EXPECT_EQ(clipboard->text, QStringLiteral("mine"));
}

TEST_F(ProtectionsTest, BackgroundTimeoutLocksTheApp)
{
    ASSERT_EQ(app.lock()->setPin({}, QStringLiteral("4826"), QStringLiteral("4826")), QString());
    app.lock()->setRelockMinutes(1);
    app.clipboard()->copyCode(QStringLiteral("123456"));
    app.lock()->setApplicationState(Qt::ApplicationSuspended);
    nowMs += 61'000;
    app.lock()->setApplicationState(Qt::ApplicationActive);
    EXPECT_TRUE(app.lock()->isLocked());
    EXPECT_EQ(clipboard->text, QString());
}

TEST_F(ProtectionsTest, AppliedClockOffsetShiftsTheCode)
{
    ASSERT_TRUE(app.tokens()->add(totpUri("ACME")).ok());
    ASSERT_EQ(firstCode(), QStringLiteral("94287082"));  // RFC 6238 at T = 59

    FakeSntpServer server(3'600'000);  // the server is an hour ahead of this device
    EXPECT_EQ(app.clockCheck()->server(), QStringLiteral("pool.ntp.org"));
    app.clockCheck()->setServer(QStringLiteral("127.0.0.1"));
    app.clockCheck()->setPort(server.port());
    EXPECT_EQ(server.requests, 0);  // nothing is sent before the user asks
    QSignalSpy finished(app.clockCheck(), &ClockCheckController::finished);
    app.clockCheck()->check();
    EXPECT_TRUE(app.clockCheck()->isBusy());
    ASSERT_TRUE(finished.wait(5000));
    ASSERT_TRUE(app.clockCheck()->hasResult()) << app.clockCheck()->errorText().toStdString();
    EXPECT_EQ(app.clockCheck()->offsetSeconds(), 3600);
    EXPECT_EQ(app.clockCheck()->resultText(),
              QStringLiteral("Your clock is off by 3600 s: it is slow."));
    EXPECT_EQ(firstCode(), QStringLiteral("94287082"));  // measuring changes nothing

    app.clockCheck()->applyOffset();
    EXPECT_EQ(app.settings()->clockCorrectionSeconds(), 3600);
    EXPECT_EQ(app.clock()->now(), 59 + 3600);
    const auto shifted = otp::totpGeneratorFor(totpUri("ACME"))->codeAt(59 + 3600);
    ASSERT_TRUE(shifted.ok());
    EXPECT_EQ(firstCode(), QString::fromStdString(*shifted));
    EXPECT_NE(firstCode(), QStringLiteral("94287082"));

    app.clockCheck()->removeCorrection();
    EXPECT_EQ(app.clock()->now(), 59);
    EXPECT_EQ(firstCode(), QStringLiteral("94287082"));
}

TEST_F(ProtectionsTest, CorrectionIsNotATestClockAndIsKeptInTheProfile)
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    {
        AppController first;
        first.settings()->openFile(ini);
        EXPECT_FALSE(first.clock()->isTestClock());
        first.settings()->setClockCorrectionSeconds(-42);
        first.settings()->setTimeServer(QStringLiteral("ntp.example.org"));
        EXPECT_EQ(first.clock()->correctionSeconds(), -42);
        EXPECT_FALSE(first.clock()->isTestClock());  // no TEST CLOCK strip for a correction
    }
    AppController second;
    second.settings()->openFile(ini);
    EXPECT_EQ(second.clock()->correctionSeconds(), -42);
    EXPECT_EQ(second.clockCheck()->server(), QStringLiteral("ntp.example.org"));
    EXPECT_EQ(second.clockCheck()->correctionSeconds(), -42);
}

TEST_F(ProtectionsTest, ClockCheckErrorsAreSentences)
{
    FakeSntpServer server;
    server.silent = true;
    app.clockCheck()->setServer(QStringLiteral("127.0.0.1"));
    app.clockCheck()->setPort(server.port());
    app.clockCheck()->setTimeout(200ms);
    QSignalSpy finished(app.clockCheck(), &ClockCheckController::finished);
    app.clockCheck()->check();
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_FALSE(app.clockCheck()->hasResult());
    // The client's error reaches the view model as a code, and only the view model translates it.
    ASSERT_TRUE(app.clockCheck()->lastError());
    EXPECT_EQ(app.clockCheck()->lastError()->code, platform::ErrorCode::SntpTimeout);
    EXPECT_EQ(app.clockCheck()->errorText(), ErrorText::forCode(platform::ErrorCode::SntpTimeout));
    EXPECT_EQ(app.clockCheck()->resultText(), QString());
    app.clockCheck()->applyOffset();  // nothing measured: nothing applied
    EXPECT_EQ(app.settings()->clockCorrectionSeconds(), 0);
}

TEST(ErrorTextProtections, EveryPinSntpAndBiometricCodeHasItsOwnSentence)
{
    const QString generic = ErrorText::forCode(static_cast<otp::ErrorCode>(999));
    for (int value = 800; value <= 813; ++value) {
        const auto code = static_cast<otp::ErrorCode>(value);
        const QString text = ErrorText::forCode(code);
        EXPECT_NE(text, generic) << value;
        EXPECT_FALSE(text.contains(QString::number(value))) << value;
        const QString name = QString::fromLatin1(platform::errorCodeName(code));
        EXPECT_NE(name, QStringLiteral("unknown")) << value;
        EXPECT_FALSE(text.contains(name)) << value;
    }
}

}  // namespace

namespace {

TEST(CameraAccess, DesktopNeedsNoPermission)
{
    CameraAccess camera;  // the system backend: desktop grants the camera
    EXPECT_TRUE(camera.granted());
    EXPECT_FALSE(camera.canAsk());
    EXPECT_FALSE(camera.deniedForGood());
    EXPECT_EQ(camera.explanation(), QString());
}

TEST(CameraAccess, RationaleThenAllowed)
{
    auto answers = std::make_shared<FakeCameraAnswers>();
    answers->grantOnRequest = true;
    CameraAccess camera;
    camera.usePermission(std::make_unique<FakeCameraPermission>(answers));
    EXPECT_FALSE(camera.granted());
    EXPECT_TRUE(camera.canAsk());
    EXPECT_TRUE(camera.explanation().contains(QStringLiteral("only to read the QR code")));
    QSignalSpy changed(&camera, &CameraAccess::changed);
    camera.request();
    EXPECT_EQ(answers->requests, 1);
    EXPECT_TRUE(camera.granted());
    EXPECT_FALSE(camera.canAsk());
    EXPECT_GE(changed.count(), 1);
}

TEST(CameraAccess, RefusedOnceMayAskAgainRefusedForGoodPointsToTheSettings)
{
    auto answers = std::make_shared<FakeCameraAnswers>();
    answers->rationaleAfterRefusal = true;
    CameraAccess camera;
    camera.usePermission(std::make_unique<FakeCameraPermission>(answers));
    camera.request();
    EXPECT_FALSE(camera.granted());
    EXPECT_TRUE(camera.canAsk());  // "Deny" once: Android still shows the dialog next time

    answers->rationaleAfterRefusal = false;  // "Don't ask again"
    camera.request();
    EXPECT_FALSE(camera.canAsk());
    EXPECT_TRUE(camera.deniedForGood());
    EXPECT_TRUE(camera.explanation().contains(QStringLiteral("system settings")));
    camera.request();  // no harm; the settings remain the only way
    EXPECT_TRUE(camera.deniedForGood());
}

}  // namespace
