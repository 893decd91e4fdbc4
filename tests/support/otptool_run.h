#pragma once

#include <string>

#include <QFile>
#include <QProcess>
#include <QStringList>

#include <gtest/gtest.h>

// Runs the otptool binary the test was built against (SOFTTOKEN_OTPTOOL) as a tester's script
// would: exit code, standard output and standard error. A run that does not finish within two
// minutes reports exit code -1. writeFile makes the input files it reads.
namespace testsupport {

struct ToolRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

inline ToolRun otptool(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(SOFTTOKEN_OTPTOOL), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput().toStdString(),
            p.readAllStandardError().toStdString()};
}

inline void writeFile(const QString& path, const std::string& text)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text.data(), static_cast<qint64>(text.size()));
}

}  // namespace testsupport
