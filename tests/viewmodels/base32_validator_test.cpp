#include <gtest/gtest.h>

#include "base32_validator.h"

namespace {

QValidator::State validate(const Base32Validator& v, const char* text)
{
    QString s = QString::fromUtf8(text);
    int pos = 0;
    return v.validate(s, pos);
}

TEST(Base32Validator, AcceptsCompleteKeysInAnyCaseWithSpaces)
{
    Base32Validator v;
    EXPECT_EQ(validate(v, "JBSWY3DPEHPK3PXP"), QValidator::Acceptable);
    EXPECT_EQ(validate(v, "jbsw y3dp ehpk 3pxp"), QValidator::Acceptable);
    EXPECT_EQ(validate(v, "JBSW-Y3DP-EHPK-3PXP"), QValidator::Acceptable);
}

TEST(Base32Validator, RefusesCharactersThatCanNeverBeInAKey)
{
    Base32Validator v;
    EXPECT_EQ(validate(v, "JBSW1"), QValidator::Invalid);
    EXPECT_EQ(validate(v, "JBSW8"), QValidator::Invalid);
    EXPECT_EQ(validate(v, "JBSW!"), QValidator::Invalid);
    EXPECT_EQ(validate(v, "ＪＢＳＷ"), QValidator::Invalid);  // full-width
}

TEST(Base32Validator, PartialKeysAreIntermediate)
{
    Base32Validator v;
    EXPECT_EQ(validate(v, ""), QValidator::Intermediate);
    EXPECT_EQ(validate(v, "JBSWY3DP"), QValidator::Intermediate);         // 5 bytes < 10
    EXPECT_EQ(validate(v, "JBSWY3DPEHPK3PX"), QValidator::Intermediate);  // bad length
}

TEST(Base32Validator, MinimumLengthIsConfigurable)
{
    Base32Validator v;
    v.setMinimumBytes(5);
    EXPECT_EQ(validate(v, "JBSWY3DP"), QValidator::Acceptable);
}

TEST(Base32Validator, ProblemNamesTheCharacterAndItsPosition)
{
    Base32Validator v;
    const QString problem = v.problem(QStringLiteral("JBS1Y3DPEHPK3PXP"));
    EXPECT_TRUE(problem.contains(QStringLiteral("“1”"))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("position 4"))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("did you mean"))) << problem.toStdString();

    const QString other = v.problem(QStringLiteral("JB#"));
    EXPECT_TRUE(other.contains(QStringLiteral("position 3"))) << other.toStdString();
}

TEST(Base32Validator, ProblemExplainsLengthAndShortness)
{
    Base32Validator v;
    EXPECT_TRUE(v.problem(QStringLiteral("JBSWY3DPEHPK3PXP")).isEmpty());
    EXPECT_TRUE(v.problem(QStringLiteral("JBSWY3DPEHPK3PXPA")).contains(QStringLiteral("length")));
    EXPECT_TRUE(v.problem(QStringLiteral("JBSWY3DP")).contains(QStringLiteral("too short")));
    EXPECT_FALSE(v.problem(QString()).isEmpty());
}

TEST(Base32Validator, FixupUppercasesAndTrims)
{
    Base32Validator v;
    QString s = QStringLiteral("  jbsw y3dp ");
    v.fixup(s);
    EXPECT_EQ(s, QStringLiteral("JBSW Y3DP"));
}

}  // namespace
