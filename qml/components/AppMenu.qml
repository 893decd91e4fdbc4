import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Controls.Material

// The ≡ menu: Mode switch first, because the bank's registration page needs it.
Menu {
    font: Theme.controlsFont  // popups and window-level controls take no font from a parent (Main.qml)
    id: menu
    Material.background: Theme.surfaceContainer

    required property AppSettings settings
    required property Navigation navigation

    MenuItem {
        objectName: "modeSwitchItem"
        text: menu.settings.registrationMode ? qsTr("Mode switch: to normal mode") : qsTr("Mode switch: to registration mode")
        Accessible.name: text
        onTriggered: menu.settings.toggleMode()
    }
    MenuSeparator {}
    MenuItem {
        objectName: "scanItem"
        text: qsTr("Scan QR code")
        onTriggered: menu.navigation.open(Navigation.Scan)
    }
    MenuItem {
        objectName: "importExportItem"
        text: qsTr("Import / Export")
        onTriggered: menu.navigation.open(Navigation.ImportExport)
    }
    MenuItem {
        objectName: "settingsItem"
        text: qsTr("Settings")
        onTriggered: menu.navigation.open(Navigation.Settings)
    }
    MenuItem {
        objectName: "aboutItem"
        text: qsTr("About")
        onTriggered: menu.navigation.open(Navigation.About)
    }
}
