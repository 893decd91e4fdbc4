import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import SoftToken

// The pages above the start screen (Main.qml). Created with the first page, menu, sheet or
// message, it is where Qt Quick Controls first load, so it also hands Material the start
// screen's theme (Theme.qml): set on the window, every page and popup inherits it.
StackView {
    id: stack

    required property Window window

    anchors.fill: parent
    font: Theme.controlsFont
    // Depth 1 is this empty item: the home screen under the stack shows through.
    initialItem: Item {}

    Component.onCompleted: {
        window.Material.theme = Qt.binding(() => Theme.dark ? Material.Dark : Material.Light)
        window.Material.primary = Qt.binding(() => Theme.primary)
        window.Material.accent = Qt.binding(() => Theme.accent)
        window.Material.background = Qt.binding(() => Theme.surface)
        window.Material.foreground = Qt.binding(() => Theme.textOnSurface)
    }
}
