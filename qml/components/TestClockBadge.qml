import QtQuick
import SoftToken

// A strip under the top bar whenever codes come from --fake-time or --time-offset, so a
// tester's profile can never be mistaken for real use. Plain Qt Quick (Theme.qml).
Rectangle {
    id: badge

    property AppClock clock

    implicitWidth: label.implicitWidth + 16
    implicitHeight: label.implicitHeight + 6
    color: "#ffb300"

    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Text {
        id: label
        anchors.centerIn: parent
        width: parent.width - 16
        horizontalAlignment: Text.AlignHCenter
        elide: Text.ElideRight
        text: qsTr("TEST CLOCK: codes use a simulated time")
        color: "black"
        font.family: Theme.fontFamily
        font.pixelSize: 13
        font.bold: true
    }
}
