import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Controls.Material

// The ≡ menu: Mode switch first, because the bank's registration page needs it.
Menu {
    font: Theme.controlsFont  // popups and window-level controls take no font from a parent (Main.qml)
    id: menu
    Material.background: Theme.surfaceContainer

    property bool registrationMode: false

    signal modeSwitchRequested()
    signal scanRequested()
    signal importExportRequested()
    signal settingsRequested()
    signal aboutRequested()

    MenuItem {
        objectName: "modeSwitchItem"
        text: menu.registrationMode ? qsTr("Mode switch: to normal mode") : qsTr("Mode switch: to registration mode")
        Accessible.name: text
        onTriggered: menu.modeSwitchRequested()
    }
    MenuSeparator {}
    MenuItem {
        objectName: "scanItem"
        text: qsTr("Scan QR code")
        onTriggered: menu.scanRequested()
    }
    MenuItem {
        objectName: "importExportItem"
        text: qsTr("Import / Export")
        onTriggered: menu.importExportRequested()
    }
    MenuItem {
        objectName: "settingsItem"
        text: qsTr("Settings")
        onTriggered: menu.settingsRequested()
    }
    MenuItem {
        objectName: "aboutItem"
        text: qsTr("About")
        onTriggered: menu.aboutRequested()
    }
}
