import QtQuick
import SoftToken
import QtQuick.Shapes

// Seconds left as a ring plus the number. It changes once a second (no animation), so an idle
// token screen repaints at 1 Hz. Plain Qt Quick: it is on the start screen (Theme.qml).
Item {
    id: ring

    property int secondsRemaining: 0
    property int period: 30
    property real lineWidth: Math.max(3, width / 12)
    property bool showNumber: true
    readonly property bool urgent: secondsRemaining <= 5

    implicitWidth: 64
    implicitHeight: 64

    Accessible.role: Accessible.ProgressBar
    Accessible.name: qsTr("%n second(s) left", "", secondsRemaining)

    Shape {
        anchors.fill: parent
        antialiasing: true

        ShapePath {
            fillColor: "transparent"
            strokeColor: Theme.divider
            strokeWidth: ring.lineWidth
            PathAngleArc {
                centerX: ring.width / 2
                centerY: ring.height / 2
                radiusX: (ring.width - ring.lineWidth) / 2
                radiusY: (ring.height - ring.lineWidth) / 2
                startAngle: 0
                sweepAngle: 360
            }
        }
        ShapePath {
            fillColor: "transparent"
            strokeColor: ring.urgent ? Theme.error : Theme.accent
            strokeWidth: ring.lineWidth
            capStyle: ShapePath.RoundCap
            PathAngleArc {
                centerX: ring.width / 2
                centerY: ring.height / 2
                radiusX: (ring.width - ring.lineWidth) / 2
                radiusY: (ring.height - ring.lineWidth) / 2
                startAngle: -90
                sweepAngle: ring.period > 0 ? 360 * ring.secondsRemaining / ring.period : 0
            }
        }
    }
    Text {
        anchors.centerIn: parent
        visible: ring.showNumber
        text: ring.secondsRemaining
        font.pixelSize: ring.height * 0.34
        font.weight: Font.DemiBold
        color: ring.urgent ? Theme.error : Theme.foreground
        font.family: Theme.fontFamily
    }
}
