// GoogleTest main with a QCoreApplication (QtKeychain jobs and QStandardPaths need one).

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("softtoken-vault-test"));
    return RUN_ALL_TESTS();
}
