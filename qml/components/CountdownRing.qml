import QtQuick
import SoftToken

// Seconds left as a ring plus the number. It changes once a second (no animation), so an idle
// token screen repaints at 1 Hz. Plain Qt Quick: it is on the start screen (Theme.qml). The ring
// is CountdownArc (C++, its own scene-graph mesh), not QtQuick.Shapes, whose plugin load and
// triangulation cost the start screen about 4 ms.
Item {
    id: ring

    property int secondsRemaining: 0
    property int period: 30
    property real lineWidth: Math.max(3, width / 12)
    property bool showNumber: true
    property int numberPixelSize: Math.round(height * 0.34)
    readonly property bool urgent: secondsRemaining <= 5

    implicitWidth: 64
    implicitHeight: 64

    Accessible.role: Accessible.ProgressBar
    Accessible.name: qsTr("%n second(s) left", "", secondsRemaining)

    CountdownArc {
        objectName: "countdownArc"
        anchors.fill: parent
        progress: ring.period > 0 ? ring.secondsRemaining / ring.period : 0
        lineWidth: ring.lineWidth
        trackColor: Theme.outlineVariant
        color: ring.urgent ? Theme.error : Theme.primary
    }
    Text {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        visible: ring.showNumber
        text: ring.secondsRemaining
        font.pixelSize: ring.numberPixelSize
        font.weight: Font.DemiBold
        color: ring.urgent ? Theme.error : Theme.textOnSurface
    }
}
