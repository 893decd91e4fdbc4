#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include "platform/clipboard_guard.h"

namespace {

struct FakeClock {
    qint64 nowMs = 1'700'000'000'000;
    otp::MsClock function()
    {
        return [this] { return nowMs; };
    }
};

// A clipboard the test can make unreadable, as Android does for apps in the background.
class FakeBackend final : public platform::ClipboardBackend {
public:
    void setSensitiveText(const QString& text) override
    {
        content = text;
        sensitive = true;
    }
    void setPlainText(const QString& text) override
    {
        content = text;
        sensitive = false;
    }
    std::optional<QString> text() const override
    {
        if (!readable)
            return std::nullopt;
        return content;
    }
    void clear() override
    {
        content.clear();
        ++clears;
    }

    QString content;
    bool sensitive = false;
    bool readable = true;
    int clears = 0;
};

QClipboard* clipboard()
{
    return QGuiApplication::clipboard();
}

TEST(ClipboardGuard, CopiesCodeMarkedSecretAndClearsAfterDelay)
{
    clipboard()->clear();
    FakeClock clock;
    platform::ClipboardGuard guard(std::make_unique<platform::QtClipboardBackend>(),
                                   clock.function());
    EXPECT_EQ(guard.clearSeconds(), 30);
    QSignalSpy cleared(&guard, &platform::ClipboardGuard::cleared);

    guard.copyCode(QStringLiteral("123 456"));
    EXPECT_EQ(clipboard()->text(), QStringLiteral("123456"));
    const QMimeData* mime = clipboard()->mimeData();
    ASSERT_NE(mime, nullptr);
    EXPECT_EQ(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    EXPECT_TRUE(guard.isPending());

    clock.nowMs += 29'999;
    EXPECT_FALSE(guard.clearIfDue());
    EXPECT_EQ(clipboard()->text(), QStringLiteral("123456"));

    clock.nowMs += 1;
    EXPECT_TRUE(guard.clearIfDue());
    EXPECT_TRUE(clipboard()->text().isEmpty());
    EXPECT_FALSE(guard.isPending());
    EXPECT_EQ(cleared.count(), 1);
}

TEST(ClipboardGuard, LeavesSomethingElseAlone)
{
    FakeClock clock;
    platform::ClipboardGuard guard(std::make_unique<platform::QtClipboardBackend>(),
                                   clock.function());
    QSignalSpy cleared(&guard, &platform::ClipboardGuard::cleared);
    guard.copyCode(QStringLiteral("654321"));
    clipboard()->setText(QStringLiteral("the user's own text"));
    clock.nowMs += 60'000;
    EXPECT_FALSE(guard.clearIfDue());
    EXPECT_EQ(clipboard()->text(), QStringLiteral("the user's own text"));
    EXPECT_FALSE(guard.isPending());
    EXPECT_EQ(cleared.count(), 0);
}

TEST(ClipboardGuard, TimerClearsWithRealTime)
{
    platform::ClipboardGuard guard(std::make_unique<platform::QtClipboardBackend>());
    guard.setClearSeconds(1);
    QSignalSpy cleared(&guard, &platform::ClipboardGuard::cleared);
    guard.copyCode(QStringLiteral("777 888"));
    EXPECT_EQ(clipboard()->text(), QStringLiteral("777888"));
    ASSERT_TRUE(cleared.wait(5000));
    EXPECT_TRUE(clipboard()->text().isEmpty());
}

TEST(ClipboardGuard, WaitsUntilTheClipboardCanBeRead)
{
    FakeClock clock;
    auto backend = std::make_unique<FakeBackend>();
    FakeBackend* fake = backend.get();
    platform::ClipboardGuard guard(std::move(backend), clock.function());
    guard.copyCode(QStringLiteral("246 810"));
    EXPECT_TRUE(fake->sensitive);
    EXPECT_EQ(fake->content, QStringLiteral("246810"));

    fake->readable = false;  // the app went to the background
    clock.nowMs += 31'000;
    EXPECT_FALSE(guard.clearIfDue());
    EXPECT_TRUE(guard.isPending());
    EXPECT_EQ(fake->content, QStringLiteral("246810"));

    fake->readable = true;
    guard.setApplicationState(Qt::ApplicationActive);  // back in front
    EXPECT_TRUE(fake->content.isEmpty());
    EXPECT_EQ(fake->clears, 1);
    EXPECT_FALSE(guard.isPending());
}

TEST(ClipboardGuard, SerialsAreNotMarkedNorCleared)
{
    FakeClock clock;
    auto backend = std::make_unique<FakeBackend>();
    FakeBackend* fake = backend.get();
    platform::ClipboardGuard guard(std::move(backend), clock.function());
    guard.copyCode(QStringLiteral("111111"));
    guard.copyText(QStringLiteral("VSST 1234 5678"));
    EXPECT_FALSE(fake->sensitive);
    EXPECT_EQ(fake->content, QStringLiteral("VSST12345678"));
    EXPECT_FALSE(guard.isPending());
    clock.nowMs += 3'600'000;
    EXPECT_FALSE(guard.clearIfDue());
    EXPECT_EQ(fake->clears, 0);
}

TEST(ClipboardGuard, ZeroMeansNeverAndLockClearsAtOnce)
{
    FakeClock clock;
    auto backend = std::make_unique<FakeBackend>();
    FakeBackend* fake = backend.get();
    platform::ClipboardGuard guard(std::move(backend), clock.function());
    guard.setClearSeconds(-5);
    EXPECT_EQ(guard.clearSeconds(), 0);
    guard.copyCode(QStringLiteral("999000"));
    EXPECT_FALSE(guard.isPending());

    guard.setClearSeconds(30);
    guard.copyCode(QStringLiteral("999001"));
    EXPECT_TRUE(guard.clearNowIfOurs());  // the app locks: no waiting for the deadline
    EXPECT_TRUE(fake->content.isEmpty());
}

}  // namespace
