import QtQuick
import SoftToken
import QtQuick.Controls

// Shown whenever codes come from --fake-time or --time-offset, so a tester's profile can never
// be mistaken for real use.
Rectangle {
    id: badge

    property AppClock clock

    implicitWidth: label.implicitWidth + 16
    implicitHeight: label.implicitHeight + 8
    radius: height / 2
    color: "#ffb300"

    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Label {
        id: label
        anchors.centerIn: parent
        text: qsTr("TEST CLOCK")
        color: "black"
        font.pixelSize: 12
        font.bold: true
    }
}
