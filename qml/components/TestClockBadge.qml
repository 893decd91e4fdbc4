import QtQuick
import SoftToken

// A strip under the top bar whenever codes come from --fake-time or --time-offset, so a
// tester's profile can never be mistaken for real use. Plain Qt Quick (Theme.qml).
Rectangle {
    id: badge

    property AppClock clock

    implicitWidth: label.implicitWidth + 2 * Theme.spacingS
    implicitHeight: label.implicitHeight + 2 * Theme.spacingXs
    color: Theme.warningContainer

    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Text {
        id: label
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingS
        horizontalAlignment: Text.AlignHCenter
        elide: Text.ElideRight
        text: qsTr("TEST CLOCK: codes use a simulated time")
        color: Theme.textOnWarningContainer
        font.pixelSize: Theme.bodySmall
        font.bold: true
    }
}
