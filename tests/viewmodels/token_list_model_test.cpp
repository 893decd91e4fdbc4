#include <limits>

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include "app_clock.h"
#include "test_support.h"
#include "token_filter_model.h"
#include "token_list_model.h"

namespace {

class TokenListModelTest : public FrozenClockModelTest {
protected:
    QString roleAt(int row, int role) { return model.index(row).data(role).toString(); }
    qulonglong idAt(int row) { return model.index(row).data(TokenListModel::IdRole).toULongLong(); }
};

TEST_F(TokenListModelTest, ShowsRfc6238CodeGroupedAndSpoken)
{
    ASSERT_TRUE(model.add(totpUri("ACME")).ok());
    EXPECT_EQ(roleAt(0, TokenListModel::CodeRole), QStringLiteral("94287082"));
    EXPECT_EQ(roleAt(0, TokenListModel::GroupedCodeRole), QStringLiteral("9428 7082"));
    EXPECT_EQ(roleAt(0, TokenListModel::SpokenCodeRole), QStringLiteral("9 4 2 8 7 0 8 2"));
    EXPECT_EQ(model.index(0).data(TokenListModel::SecondsRemainingRole).toInt(), 1);
    EXPECT_EQ(roleAt(0, TokenListModel::IssuerRole), QStringLiteral("ACME"));
    EXPECT_EQ(roleAt(0, TokenListModel::SerialRole).size(), 14);  // "ABCD 1234 5678"
}

TEST_F(TokenListModelTest, RefreshFollowsTheClockAndSignalsOnlyCodeRoles)
{
    ASSERT_TRUE(model.add(totpUri("ACME")).ok());
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    clock.setFakeTime(1111111109);
    clock.setFrozen(true);
    EXPECT_EQ(roleAt(0, TokenListModel::CodeRole), QStringLiteral("07081804"));
    ASSERT_GE(spy.count(), 1);
    const auto roles = spy.last().at(2).value<QList<int>>();
    EXPECT_TRUE(roles.contains(TokenListModel::CodeRole));
    EXPECT_FALSE(roles.contains(TokenListModel::IssuerRole));

    spy.clear();
    model.refresh();  // same second: nothing changed, nothing repainted
    EXPECT_EQ(spy.count(), 0);
}

TEST_F(TokenListModelTest, RunningClockTicksAboutOnceASecond)
{
    ASSERT_TRUE(model.add(totpUri("ACME")).ok());
    clock.setFakeTime(1234567890);
    clock.setFrozen(false);  // running from here
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(spy.wait(1500));
    spy.clear();
    QTest::qWait(2100);
    EXPECT_GE(spy.count(), 1);
    EXPECT_LE(spy.count(), 3);
}

TEST_F(TokenListModelTest, AddSavesAndAFailedSaveChangesNothing)
{
    ASSERT_TRUE(model.add(totpUri("A")).ok());
    EXPECT_EQ(store->tokens().size(), 1u);
    store->failNextSave();
    auto failed = model.add(totpUri("B"));
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, otp::ErrorCode::VaultIo);
    EXPECT_EQ(model.count(), 1);
    EXPECT_EQ(store->tokens().size(), 1u);
}

TEST_F(TokenListModelTest, RemoveThenUndoRestoresPlaceAndSecret)
{
    ASSERT_TRUE(model.add(totpUri("A")).ok());
    ASSERT_TRUE(model.add(totpUri("B", "JBSWY3DPEHPK3PXP")).ok());
    ASSERT_TRUE(model.add(totpUri("C", "KRUGS4ZANFZSA5DIMUQGC3LB")).ok());
    const QString codeB = roleAt(1, TokenListModel::CodeRole);
    EXPECT_EQ(model.remove(idAt(1)), QString());
    EXPECT_EQ(model.count(), 2);
    EXPECT_EQ(store->tokens().size(), 2u);
    EXPECT_TRUE(model.canUndoRemove());
    EXPECT_EQ(model.undoRemove(), QString());
    EXPECT_EQ(model.count(), 3);
    EXPECT_EQ(roleAt(1, TokenListModel::IssuerRole), QStringLiteral("B"));
    EXPECT_EQ(roleAt(1, TokenListModel::CodeRole), codeB);
    EXPECT_EQ(store->tokens().size(), 3u);
    EXPECT_FALSE(model.canUndoRemove());
}

TEST_F(TokenListModelTest, MoveReordersAndSaves)
{
    for (const char* name : {"A", "B", "C"})
        ASSERT_TRUE(model.add(totpUri(name)).ok());
    EXPECT_EQ(model.move(0, 2), QString());
    EXPECT_EQ(roleAt(0, TokenListModel::IssuerRole), QStringLiteral("B"));
    EXPECT_EQ(roleAt(2, TokenListModel::IssuerRole), QStringLiteral("A"));
    EXPECT_EQ(store->tokens().at(2).uri.issuer, "A");
    EXPECT_EQ(model.move(2, 1), QString());
    EXPECT_EQ(roleAt(1, TokenListModel::IssuerRole), QStringLiteral("A"));
}

TEST_F(TokenListModelTest, RenameNeedsANameAndSaves)
{
    ASSERT_TRUE(model.add(totpUri("A")).ok());
    EXPECT_FALSE(model.rename(idAt(0), QStringLiteral(" "), QString()).isEmpty());
    EXPECT_EQ(model.rename(idAt(0), QStringLiteral("みずほ"), QStringLiteral("taro")), QString());
    EXPECT_EQ(roleAt(0, TokenListModel::IssuerRole), QStringLiteral("みずほ"));
    EXPECT_EQ(store->tokens().at(0).uri.issuer, "みずほ");
    EXPECT_FALSE(model.rename(999, QStringLiteral("x"), QString()).isEmpty());
}

TEST_F(TokenListModelTest, HotpNextCodeIncrementsAndSavesTheCounter)
{
    ASSERT_TRUE(model.add(hotpUri("H", 0)).ok());
    EXPECT_EQ(roleAt(0, TokenListModel::CodeRole), QStringLiteral("755224"));
    EXPECT_EQ(model.nextHotpCode(idAt(0)), QString());
    EXPECT_EQ(roleAt(0, TokenListModel::CodeRole), QStringLiteral("287082"));
    EXPECT_EQ(store->tokens().at(0).uri.counter, 1u);
    store->failNextSave();
    EXPECT_FALSE(model.nextHotpCode(idAt(0)).isEmpty());
    EXPECT_EQ(roleAt(0, TokenListModel::CodeRole), QStringLiteral("287082"));  // not used up
}

// At the largest counter the next code would wrap to counter 0 and repeat old codes.
TEST_F(TokenListModelTest, HotpCounterDoesNotWrap)
{
    ASSERT_TRUE(model.add(hotpUri("H", std::numeric_limits<std::uint64_t>::max())).ok());
    EXPECT_FALSE(model.nextHotpCode(idAt(0)).isEmpty());
    EXPECT_EQ(store->tokens().at(0).uri.counter, std::numeric_limits<std::uint64_t>::max());
}

TEST_F(TokenListModelTest, FindsDuplicatesBySecretAndBySerial)
{
    ASSERT_TRUE(model.add(totpUri("A")).ok());
    TokenListModel::Duplicate kind{};
    EXPECT_EQ(model.findDuplicate(totpUri("Other"), &kind), 0);
    EXPECT_EQ(kind, TokenListModel::Duplicate::SameSecret);

    auto withSerial = uriFrom("otpauth://totp/X:y?secret=JBSWY3DPEHPK3PXP&serial=ABCD12345678");
    ASSERT_TRUE(model.add(withSerial).ok());
    auto sameSerial =
        uriFrom("otpauth://totp/Z:y?secret=KRUGS4ZANFZSA5DIMUQGC3LB&serial=ABCD12345678");
    EXPECT_EQ(model.findDuplicate(sameSerial, &kind), 1);
    EXPECT_EQ(kind, TokenListModel::Duplicate::SameSerial);
    EXPECT_EQ(model.findDuplicate(uriFrom("otpauth://totp/N:y?secret=MFRGGZDFMZTWQ2LK"), &kind),
              -1);
}

TEST_F(TokenListModelTest, ReloadsFromTheStore)
{
    ASSERT_TRUE(model.add(totpUri("A")).ok());
    ASSERT_TRUE(model.add(totpUri("B")).ok());
    TokenListModel reloaded;
    reloaded.setClock(&clock);
    reloaded.setRepository(store);
    EXPECT_EQ(reloaded.count(), 2);
    auto added = reloaded.add(totpUri("C"));
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(*added, 3u);  // ids are never reused
}

TEST_F(TokenListModelTest, FilterMatchesIssuerAccountAndSerialIgnoringCase)
{
    ASSERT_TRUE(model.add(totpUri("Mizuho")).ok());
    ASSERT_TRUE(model
                    .add(uriFrom(
                        "otpauth://totp/Resona:hanako?secret=JBSWY3DPEHPK3PXP&serial=WXYZ00001111"))
                    .ok());
    TokenFilterModel filter;
    filter.setSourceModel(&model);
    EXPECT_EQ(filter.count(), 2);
    filter.setQuery(QStringLiteral("mizu"));
    EXPECT_EQ(filter.count(), 1);
    filter.setQuery(QStringLiteral("HANAKO"));
    EXPECT_EQ(filter.count(), 1);
    filter.setQuery(QStringLiteral("wxyz 0000"));
    EXPECT_EQ(filter.count(), 1);
    EXPECT_EQ(filter.sourceRow(0), 1);
    filter.setQuery(QStringLiteral("nothing"));
    EXPECT_EQ(filter.count(), 0);
    filter.setQuery(QString());
    EXPECT_EQ(filter.count(), 2);
}

TEST(AppClock, OffsetAndFakeTimeMakeATestClock)
{
    AppClock clock;
    EXPECT_FALSE(clock.isTestClock());
    clock.setOffset(90);
    EXPECT_TRUE(clock.isTestClock());
    clock.setFakeTime(1000);
    clock.setFrozen(true);
    EXPECT_EQ(clock.now(), 1090);
    clock.useSystemClock();
    EXPECT_FALSE(clock.isTestClock());
    EXPECT_GT(clock.now(), 1700000000);
}

}  // namespace

TEST_F(TokenListModelTest, AnIssuedIdInTheLabelIsTheSerialShownSearchedAndSaid)
{
    // A VIP Access URI as provisioning tools write it: the credential ID is the account.
    ASSERT_TRUE(model
                    .add(uriFrom("otpauth://totp/VIP%20Access:SYMC67913149?secret="
                                 "JBSWY3DPEHPK3PXP&issuer=Symantec"))
                    .ok());
    ASSERT_TRUE(model.add(totpUri("Mizuho")).ok());
    EXPECT_EQ(roleAt(0, TokenListModel::SerialRole), QStringLiteral("SYMC 6791 3149"));
    EXPECT_EQ(roleAt(0, TokenListModel::SerialSourceRole), QStringLiteral("From your bank"));
    EXPECT_EQ(roleAt(0, TokenListModel::IssuerRole), QStringLiteral("Symantec"));
    EXPECT_EQ(roleAt(1, TokenListModel::SerialSourceRole),
              QStringLiteral("Made by SoftToken from the key"));
    TokenFilterModel filter;
    filter.setSourceModel(&model);
    filter.setQuery(QStringLiteral("symc 6791"));
    ASSERT_EQ(filter.count(), 1);
    EXPECT_EQ(filter.sourceRow(0), 0);
}

TEST_F(TokenListModelTest, SteamTokensShowSteamCodes)
{
    // Google's example secret at T = 59 s: the Python reference (pyotp_codes.py steam_code)
    // gives this code, as steam_test checks in otp-core.
    ASSERT_TRUE(
        model.add(uriFrom("otpauth://totp/Steam:me?secret=JBSWY3DPEHPK3PXP&encoder=steam")).ok());
    EXPECT_EQ(roleAt(0, TokenListModel::CodeRole), QStringLiteral("2YXGV"));
    EXPECT_EQ(roleAt(0, TokenListModel::GroupedCodeRole), QStringLiteral("2YXGV"));
    EXPECT_EQ(roleAt(0, TokenListModel::DigitsRole), QStringLiteral("5"));
}
