#pragma once

#include <QQmlApplicationEngine>
#include <QString>

#include "app_controller.h"
#include "command_line.h"

// The running app: the root view model and the QML engine showing Main.qml. main() makes one;
// the end-to-end test makes several in one process (restart = a new RunningApp on the same
// --data-dir). The controller outlives the engine.
struct RunningApp {
    AppController controller;
    QQmlApplicationEngine engine;

    ~RunningApp();
};

// How the process draws, before its first window (main() and the end-to-end test, so the test
// runs what users run): text as native glyphs, and on desktop Linux (xcb) the scene graph on
// the GUI thread. Needs the QGuiApplication.
void chooseRendering();

// Applies `options` (profile, store, clock, language, mode, virtual camera) to `app` and loads
// Main.qml. Returns false if the window could not be created (QML errors are printed).
bool startApp(RunningApp& app, const CommandLineOptions& options);
