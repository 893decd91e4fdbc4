import QtQuick
import QtQuick.Controls

// Shown while the app works for longer than a moment (key derivation, imports): by URL from
// Main.qml, so the start screen needs no Controls.
BusyIndicator {
    running: true
    Accessible.name: qsTr("Working…")
}
