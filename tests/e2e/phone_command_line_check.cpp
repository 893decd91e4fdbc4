// mobile/command_line.cpp built with SOFTTOKEN_TESTER_OPTIONS=0 (phones) must ignore the
// arguments another Android app can hand to SoftToken's exported launcher; built with 1
// (desktop, tester builds) it must parse them, so this check can tell the two apart.
#include <cstdio>

#include <QCoreApplication>

#include "command_line.h"

int main()
{
    char name[] = "softtoken";
    char screenshot[] = "--screenshot";
    char target[] = "/data/user/0/jp.softtoken.app/files/vault.stv";
    char dataDir[] = "--data-dir";
    char dir[] = "/data/user/0/jp.softtoken.app/files/empty";
    char demo[] = "--demo";
    char offset[] = "--time-offset=3600";
    char mode[] = "--registration-mode";
    char* argv[] = {name, screenshot, target, dataDir, dir, demo, offset, mode, nullptr};
    int argc = 8;
    QCoreApplication app(argc, argv);
    auto result = parseCommandLine(app);
    if (!result) {
        std::printf("FAIL parse error: %s\n", qPrintable(result.error()));
        return 1;
    }
    const CommandLineOptions& o = *result;
    const bool anySet = !o.screenshot.isEmpty() || !o.dataDir.isEmpty() || o.demo ||
                        o.timeOffset != 0 || o.registrationMode;
#if EXPECT_TESTER_OPTIONS
    if (!anySet || o.screenshot != QLatin1String(target)) {
        std::printf("FAIL the tester build did not parse the options\n");
        return 1;
    }
    std::printf("ok: tester build parses --screenshot, --data-dir, --demo, ...\n");
#else
    if (anySet) {
        std::printf("FAIL the phone build took options from its arguments (screenshot \"%s\", "
                    "data-dir \"%s\", demo %d, offset %lld)\n",
                    qPrintable(o.screenshot), qPrintable(o.dataDir), o.demo,
                    static_cast<long long>(o.timeOffset));
        return 1;
    }
    std::printf("ok: the phone build ignored every argument\n");
#endif
    return 0;
}
