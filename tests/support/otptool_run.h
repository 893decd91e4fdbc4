#pragma once

#include <string>

#include <QProcess>
#include <QStringList>

// Runs the otptool binary the test was built against (SOFTTOKEN_OTPTOOL) as a tester's script
// would: exit code, standard output and standard error. A run that does not finish within two
// minutes reports exit code -1.
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

} // namespace testsupport
