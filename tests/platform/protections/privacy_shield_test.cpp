#include <QSignalSpy>
#include <QWindow>

#include <gtest/gtest.h>

#include "platform/screen_security.h"

namespace {

using Policy = platform::PrivacyShield::Policy;

TEST(PrivacyShield, PhonesHideWheneverNotActive)
{
    platform::PrivacyShield shield;
    shield.setPolicy(Policy::HideWhenInactive);
    shield.setApplicationState(Qt::ApplicationActive);
    EXPECT_FALSE(shield.isObscured());
    QSignalSpy changed(&shield, &platform::PrivacyShield::obscuredChanged);
    for (auto state : {Qt::ApplicationInactive, Qt::ApplicationHidden, Qt::ApplicationSuspended}) {
        shield.setApplicationState(state);
        EXPECT_TRUE(shield.isObscured()) << state;
    }
    shield.setApplicationState(Qt::ApplicationActive);
    EXPECT_FALSE(shield.isObscured());
    EXPECT_EQ(changed.count(), 2);  // once up, once down
}

TEST(PrivacyShield, DesktopKeepsAnUnfocusedWindowReadable)
{
    platform::PrivacyShield shield;
    shield.setPolicy(Policy::HideWhenHidden);
    shield.setApplicationState(Qt::ApplicationInactive);
    EXPECT_FALSE(shield.isObscured());
    shield.setApplicationState(Qt::ApplicationHidden);
    EXPECT_TRUE(shield.isObscured());
    shield.setApplicationState(Qt::ApplicationSuspended);
    EXPECT_TRUE(shield.isObscured());
    shield.setApplicationState(Qt::ApplicationActive);
    EXPECT_FALSE(shield.isObscured());
}

TEST(PrivacyShield, DesktopHidesWithAHiddenWindow)
{
    platform::PrivacyShield shield;
    shield.setPolicy(Policy::HideWhenHidden);
    shield.setApplicationState(Qt::ApplicationActive);
    QWindow window;
    window.resize(100, 100);
    window.show();
    shield.watchWindow(&window);
    EXPECT_FALSE(shield.isObscured());
    window.hide();
    EXPECT_TRUE(shield.isObscured());
    window.show();
    EXPECT_FALSE(shield.isObscured());
    shield.watchWindow(nullptr);
    window.hide();
    EXPECT_FALSE(shield.isObscured());
}

TEST(PrivacyShield, DefaultPolicyAndSecureFlagOnDesktop)
{
    EXPECT_EQ(platform::PrivacyShield::defaultPolicy(), Policy::HideWhenHidden);
    EXPECT_EQ(platform::PrivacyShield().policy(), Policy::HideWhenHidden);
    // No FLAG_SECURE equivalent here: the call says so instead of pretending.
    EXPECT_FALSE(platform::secureWindowFlagSupported());
    EXPECT_FALSE(platform::applySecureWindowFlag());
}

}  // namespace
