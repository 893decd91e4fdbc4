#pragma once

#include <optional>

#include <QString>

#include "otp/result.h"

class QCoreApplication;

// Everything the command line can set. Documented in --help and README "For testers".
struct CommandLineOptions {
    QString dataDir;                  // --data-dir: a separate profile
    QString virtualCamera;            // --virtual-camera: a video or image instead of a camera
    std::optional<qint64> fakeTime;   // --fake-time: Unix seconds the clock starts at
    qint64 timeOffset = 0;            // --time-offset: seconds added to the clock
    QString language;                 // --lang: "ja" or "en"
    QString passphraseFile;           // --passphrase-file: the vault passphrase, first line
    QString screenshot;               // --screenshot: save the settled start screen and quit
    int screenshotDelayMs = 700;      // --screenshot-delay
    bool registrationMode = false;    // --registration-mode
    bool demo = false;                // --demo: an in-memory demo token, nothing saved
    int demoCount = 1;                // --demo-count: how many demo tokens (1..5)
    bool printFirstCodeTime = false;  // --print-first-code-time (perf.sh)
    QString screen;                   // --screen: open this screen first (screenshots)
};

// Parses the application's arguments. --help and --version print and exit. Bad values give
// an error naming the option and the value (the process exits with status 2).
// Built without SOFTTOKEN_TESTER_OPTIONS (phone release builds), every argument is ignored and
// the options are the defaults: no tester option exists there.
struct CommandLineResult {
    std::optional<CommandLineOptions> options;
    QString errorText;

    explicit operator bool() const { return options.has_value(); }
    CommandLineOptions* operator->() { return &*options; }
    CommandLineOptions& operator*() { return *options; }
    const QString& error() const { return errorText; }
};
CommandLineResult parseCommandLine(const QCoreApplication& app);
