import QtQuick
import SoftToken

// A tool-bar button with a one-character icon (≡, ←), in plain Qt Quick so the start screen
// needs no Controls (Theme.qml). Looks like Material's ToolButton: 48 px, a round press shade.
Item {
    id: button

    property alias text: glyph.text
    property alias font: glyph.font
    property color color: Theme.toolText

    signal clicked()

    implicitWidth: 48
    implicitHeight: 48
    activeFocusOnTab: true

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: button.clicked()
    Keys.onSpacePressed: button.clicked()
    Keys.onReturnPressed: button.clicked()

    Rectangle {
        anchors.centerIn: parent
        width: 40
        height: 40
        radius: 20
        color: "#33ffffff"
        visible: tap.pressed || button.activeFocus
    }
    Text {
        id: glyph
        anchors.centerIn: parent
        color: button.color
        font.family: Theme.fontFamily
        font.pixelSize: 22
    }
    TapHandler {
        id: tap
        onTapped: button.clicked()
    }
}
