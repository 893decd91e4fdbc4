#include <QSignalSpy>

#include <gtest/gtest.h>

#include "app_clock.h"
#include "single_token.h"
#include "test_support.h"
#include "token_list_model.h"

namespace {

// SingleToken against a real TokenListModel (test_support.h: clock frozen at 94287082).
class SingleTokenTest : public FrozenClockModelTest {
protected:
    std::uint64_t add(const otp::KeyUri& uri)
    {
        auto id = model.add(uri);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }
};

TEST_F(SingleTokenTest, ShowsTheFirstRowForIdZero)
{
    SingleToken token;
    token.setModel(&model);
    EXPECT_FALSE(token.present());
    EXPECT_EQ(token.groupedCode(), QString());

    QSignalSpy changed(&token, &SingleToken::tokenChanged);
    const auto id = add(totpUri("ACME"));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(token.present());
    EXPECT_EQ(token.shownId(), id);
    EXPECT_EQ(token.issuer(), QStringLiteral("ACME"));
    EXPECT_EQ(token.account(), QStringLiteral("user"));
    EXPECT_EQ(token.groupedCode(), QStringLiteral("9428 7082"));
    EXPECT_EQ(token.spokenCode(), QStringLiteral("9 4 2 8 7 0 8 2"));
    EXPECT_EQ(token.secondsRemaining(), 1);
    EXPECT_EQ(token.period(), 30);
    EXPECT_FALSE(token.isHotp());
    EXPECT_EQ(token.serial(), model.index(0).data(TokenListModel::SerialRole).toString());
    EXPECT_EQ(token.serial().size(), 14);  // "ABCD 1234 5678"
    EXPECT_EQ(token.spokenSerial(), token.serial()
                                        .remove(QLatin1Char(' '))
                                        .split(QString(), Qt::SkipEmptyParts)
                                        .join(QLatin1Char(' ')));
    EXPECT_EQ(token.error(), QString());
}

TEST_F(SingleTokenTest, FollowsItsTokenByIdThroughMovesAndRemoval)
{
    add(totpUri("First"));
    const auto second = add(totpUri("Second", "JBSWY3DPEHPK3PXP"));
    SingleToken token;
    token.setModel(&model);
    token.setTokenId(second);
    EXPECT_EQ(token.issuer(), QStringLiteral("Second"));

    QSignalSpy changed(&token, &SingleToken::tokenChanged);
    ASSERT_EQ(model.move(1, 0), QString());
    EXPECT_EQ(token.issuer(), QStringLiteral("Second"));
    EXPECT_EQ(changed.count(), 0);  // the same token, only at another row

    ASSERT_EQ(model.remove(second), QString());
    EXPECT_FALSE(token.present());
    EXPECT_EQ(token.shownId(), 0u);
    EXPECT_EQ(token.issuer(), QString());
    EXPECT_EQ(changed.count(), 1);

    ASSERT_EQ(model.undoRemove(), QString());
    EXPECT_TRUE(token.present());
    EXPECT_EQ(token.issuer(), QStringLiteral("Second"));
}

TEST_F(SingleTokenTest, IdZeroMovesOnToTheNewFirstRow)
{
    const auto first = add(totpUri("First"));
    add(totpUri("Second", "JBSWY3DPEHPK3PXP"));
    SingleToken token;
    token.setModel(&model);
    QSignalSpy changed(&token, &SingleToken::tokenChanged);
    ASSERT_EQ(model.remove(first), QString());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(token.issuer(), QStringLiteral("Second"));
}

TEST_F(SingleTokenTest, ClockTicksChangeOnlyTheCode)
{
    add(totpUri("ACME"));
    SingleToken token;
    token.setModel(&model);
    QSignalSpy details(&token, &SingleToken::tokenChanged);
    QSignalSpy code(&token, &SingleToken::codeChanged);
    clock.setFakeTime(1111111109);  // RFC 6238: 07081804
    EXPECT_GE(code.count(), 1);
    EXPECT_EQ(details.count(), 0);
    EXPECT_EQ(token.groupedCode(), QStringLiteral("0708 1804"));
}

TEST_F(SingleTokenTest, RenameChangesTheDetailsNotTheCode)
{
    const auto id = add(totpUri("ACME"));
    SingleToken token;
    token.setModel(&model);
    QSignalSpy details(&token, &SingleToken::tokenChanged);
    QSignalSpy code(&token, &SingleToken::codeChanged);
    ASSERT_EQ(model.rename(id, QStringLiteral("Renamed"), QStringLiteral("bob")), QString());
    EXPECT_EQ(details.count(), 1);
    EXPECT_EQ(code.count(), 0);
    EXPECT_EQ(token.issuer(), QStringLiteral("Renamed"));
    EXPECT_EQ(token.account(), QStringLiteral("bob"));
}

TEST_F(SingleTokenTest, HotpNextCodeChangesTheCode)
{
    const auto id = add(hotpUri("Counter", 0));
    SingleToken token;
    token.setModel(&model);
    EXPECT_TRUE(token.isHotp());
    EXPECT_EQ(token.groupedCode(), QStringLiteral("755 224"));  // RFC 4226, count 0
    QSignalSpy code(&token, &SingleToken::codeChanged);
    ASSERT_EQ(model.nextHotpCode(id), QString());
    EXPECT_EQ(code.count(), 1);
    EXPECT_EQ(token.groupedCode(), QStringLiteral("287 082"));  // count 1
}

TEST_F(SingleTokenTest, ForgetsAModelThatIsDestroyed)
{
    SingleToken token;
    QSignalSpy changed(&token, &SingleToken::tokenChanged);
    {
        TokenListModel other;
        other.setClock(&clock);
        other.setRepository(std::make_shared<platform::MemoryTokenRepository>());
        ASSERT_TRUE(other.add(totpUri("Gone")).ok());
        token.setModel(&other);
        EXPECT_TRUE(token.present());
    }
    EXPECT_EQ(token.model(), nullptr);
    EXPECT_FALSE(token.present());
    EXPECT_EQ(token.issuer(), QString());
    EXPECT_EQ(changed.count(), 2);  // shown, then gone with its model
}

}  // namespace
