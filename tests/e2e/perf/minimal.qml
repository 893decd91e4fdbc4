// The baseline for perf.sh: a plain Qt Quick window with a list and a 1-second timer.
import QtQuick

Window {
    id: root
    width: 390
    height: 844
    visible: true
    property int tick: 0

    Timer { interval: 1000; running: true; repeat: true; onTriggered: root.tick++ }
    ListView {
        anchors.fill: parent
        model: 3
        delegate: Text {
            required property int index
            text: "Row " + index + "  " + (30 - root.tick % 30)
            font.pixelSize: 32
        }
    }
}
