import QtQuick
import SoftToken

// A code or serial in large, grouped, fixed-width digits. Screen readers get it one character
// at a time ("1 2 3 4 5 6"). Tapping emits activated() (copy, when tap-to-copy is on).
// Plain Qt Quick: it is on the start screen (Theme.qml).
Text {
    textFormat: Text.PlainText
    id: view

    property string spoken: ""
    property string role: qsTr("One-time password")

    signal activated()

    color: Theme.textOnSurface
    font.family: Theme.monoFamily
    font.pixelSize: Theme.displayMedium
    font.weight: Font.DemiBold
    font.letterSpacing: 1
    horizontalAlignment: Text.AlignHCenter
    fontSizeMode: Text.HorizontalFit
    minimumPixelSize: Theme.titleMedium

    Accessible.role: Accessible.StaticText
    Accessible.name: role + ": " + (spoken !== "" ? spoken : text)

    TapHandler {
        onTapped: view.activated()
    }
}
