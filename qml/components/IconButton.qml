import QtQuick
import SoftToken

// A tool-bar button with a one-character icon (≡, ←), in plain Qt Quick so the start screen
// needs no Controls (Theme.qml). Looks like Material's ToolButton: 48 px, a round press shade.
// ≡ is drawn as Material's three bars rather than set as a glyph: the menu button is on the start
// screen, and every font size there is one more font to load before the first code (docs/ui.md,
// Performance).
Item {
    id: button

    property string text  // the icon
    property color color: Theme.textOnAppBar
    readonly property bool drawnMenuIcon: text === "≡"

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
        radius: width / 2
        color: Theme.appBarStateLayer
        visible: tap.pressed || button.activeFocus
    }
    Column {
        anchors.centerIn: parent
        visible: button.drawnMenuIcon
        spacing: Theme.spacingXs
        Rectangle { width: 18; height: 2; color: button.color }
        Rectangle { width: 18; height: 2; color: button.color }
        Rectangle { width: 18; height: 2; color: button.color }
    }
    Loader {
        anchors.centerIn: parent
        active: !button.drawnMenuIcon
        sourceComponent: Text {
            textFormat: Text.PlainText
            text: button.text
            color: button.color
            font.pixelSize: Theme.titleLarge
        }
    }
    TapHandler {
        id: tap
        onTapped: button.clicked()
    }
}
