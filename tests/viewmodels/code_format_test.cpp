#include <gtest/gtest.h>

#include "code_format.h"

namespace {

struct GroupCase {
    const char* code;
    const char* grouped;
};

class GroupedTest : public ::testing::TestWithParam<GroupCase> {};

TEST_P(GroupedTest, GroupsForReading)
{
    const auto& c = GetParam();
    EXPECT_EQ(codeformat::grouped(QString::fromLatin1(c.code)), QString::fromLatin1(c.grouped))
        << "code " << c.code;
}

INSTANTIATE_TEST_SUITE_P(Lengths, GroupedTest,
                         ::testing::Values(GroupCase{"123456", "123 456"},
                                           GroupCase{"1234567", "123 4567"},
                                           GroupCase{"12345678", "1234 5678"},
                                           GroupCase{"123456789", "123 456 789"},
                                           GroupCase{"1234567890", "123 456 7890"},
                                           GroupCase{"12345", "12345"}, GroupCase{"", ""}));

TEST(Spoken, ReadsOneCharacterAtATime)
{
    EXPECT_EQ(codeformat::spoken(QStringLiteral("123 456")), QStringLiteral("1 2 3 4 5 6"));
    EXPECT_EQ(codeformat::spoken(QStringLiteral("ABCD 1234")), QStringLiteral("A B C D 1 2 3 4"));
    EXPECT_EQ(codeformat::spoken(QString()), QString());
}

}  // namespace
