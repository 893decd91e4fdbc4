import QtQuick
import SoftToken

// Material's text button (sentence-case label, 36 px high) in plain Qt Quick, for the start
// screen (Theme.qml): `highlighted` is the filled one, otherwise flat. No elevation: Material's
// raised look is a layer and three shadow shaders drawn again with every frame of the countdown.
Item {
    id: button

    property alias text: label.text
    property bool highlighted: false
    readonly property bool down: tap.pressed

    signal clicked()

    implicitWidth: Math.max(64, label.implicitWidth + 2 * Theme.spacingL)
    implicitHeight: 48
    activeFocusOnTab: true
    opacity: enabled || highlighted ? 1 : 0.5

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: if (button.enabled) button.clicked()
    Keys.onSpacePressed: if (button.enabled) button.clicked()
    Keys.onReturnPressed: if (button.enabled) button.clicked()

    Rectangle {
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width
        height: 36  // square corners, as the panels' (TokenCard.qml)
        color: !button.highlighted ? (button.down || button.activeFocus ? Theme.stateLayer : "transparent")
             : !button.enabled ? Theme.disabledContainer
             : button.down ? Theme.accentPressed : Theme.accent
    }
    Text {
        textFormat: Text.PlainText
        id: label
        anchors.centerIn: parent
        color: button.highlighted ? (button.enabled ? Theme.textOnAccent : Theme.textDisabled) : Theme.primary
        font.pixelSize: Theme.labelLarge
        // Regular rather than Material's Medium: the start screen's 14 px labels' font, one
        // fewer to load before the first code (DejaVu Sans has no Medium face anyway).
    }
    TapHandler {
        id: tap
        onTapped: button.clicked()
    }
}
