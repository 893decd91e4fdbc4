import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// One row of the token list: issuer, account, code and countdown (and the serial in
// registration mode). Tap: copy (or open, when tap-to-copy is off); ⋮: the row's actions;
// the ⠿ handle drags the row to another place (Move up / Move down in ⋮ do the same without
// dragging, for screen readers and switch access).
ItemDelegate {
    id: row

    required property int index
    required property var tokenId
    required property string issuer
    required property string account
    required property string groupedCode
    required property string spokenCode
    required property int secondsRemaining
    required property int period
    required property bool isHotp
    required property string serial
    required property string spokenSerial
    required property string error

    property bool registrationMode: false
    property bool tapToCopy: true
    property bool isFirst: false
    property bool isLast: false
    property bool reorderable: true
    readonly property bool dragging: dragArea.drag.active
    // While dragged: by how many rows it would move if dropped now (for the list's drop marker).
    readonly property int dropOffset: dragging ? Math.round((y - dragArea.startY) / height) : 0
    readonly property real dragStartY: dragArea.startY

    signal copyRequested()
    signal openRequested()
    signal renameRequested()
    signal deleteRequested()
    signal moveRequested(int delta)

    width: ListView.view ? ListView.view.width : implicitWidth
    Accessible.name: (issuer + " " + account).trim() + ", " + qsTr("one-time password") + " " + spokenCode
                     + (registrationMode ? ", " + qsTr("serial number") + " " + spokenSerial : "")
    onClicked: tapToCopy ? copyRequested() : openRequested()
    // Lifted while dragged: drawn above the other rows and highlighted.
    z: dragging ? 2 : 0
    highlighted: dragging

    // The highlight is translucent: without this the rows underneath would show through.
    Rectangle {
        parent: row
        anchors.fill: parent
        z: -2
        visible: row.dragging
        color: row.palette.window
    }

    contentItem: RowLayout {
        spacing: Theme.spacingM
        Label {
            objectName: "dragHandle"
            visible: row.reorderable
            text: "⠿"
            font.pixelSize: Theme.titleLarge
            color: Theme.textOnSurfaceVariant
            Accessible.role: Accessible.Grip
            Accessible.name: qsTr("Drag to move %1").arg(row.issuer !== "" ? row.issuer : row.account)
            MouseArea {
                id: dragArea
                property real startY: 0
                anchors.fill: parent
                anchors.margins: -Theme.spacingM  // a finger-sized target around the small glyph
                cursorShape: Qt.SizeVerCursor
                // The list must not take the gesture over as a flick.
                preventStealing: true
                drag.target: row
                drag.axis: Drag.YAxis
                drag.smoothed: false
                drag.minimumY: 0
                drag.maximumY: row.ListView.view ? row.ListView.view.contentHeight - row.height : 0
                onPressed: startY = row.y
                // The row follows the finger; the order is saved once, on release.
                onReleased: {
                    const delta = Math.round((row.y - startY) / row.height)
                    row.y = startY  // the list places the row again after the move
                    if (delta !== 0)
                        row.moveRequested(delta)
                }
                onCanceled: row.y = startY
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXxs
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: row.issuer !== "" ? row.issuer : row.account
                font.pixelSize: Theme.titleMedium
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: row.account
                visible: row.issuer !== "" && row.account !== ""
                color: Theme.textOnSurfaceVariant
                elide: Text.ElideMiddle
            }
            Label {
                textFormat: Text.PlainText
                text: row.error !== "" ? row.error : row.groupedCode
                font.family: row.error !== "" ? row.font.family : Theme.monoFamily
                font.pixelSize: row.error !== "" ? Theme.bodyMedium : Theme.headlineMedium
                font.weight: Font.DemiBold
                color: row.error !== "" ? Theme.error : Theme.textOnSurface
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                visible: row.registrationMode
                text: qsTr("Serial number: %1").arg(row.serial)
                font.pixelSize: Theme.bodyMedium
                Accessible.name: qsTr("Serial number: %1").arg(row.spokenSerial)
            }
        }
        CountdownRing {
            visible: !row.isHotp
            Layout.preferredWidth: 36
            Layout.preferredHeight: 36
            secondsRemaining: row.secondsRemaining
            period: row.period
        }
        ToolButton {
            objectName: "rowMenuButton"
            text: "⋮"
            font.pixelSize: Theme.titleLarge
            Accessible.name: qsTr("Actions for %1").arg(row.issuer !== "" ? row.issuer : row.account)
            onClicked: rowMenu.open()
            Menu {
                font: Theme.controlsFont
                id: rowMenu
                Material.background: Theme.surfaceContainer
                MenuItem { text: qsTr("Copy code"); onTriggered: row.copyRequested() }
                MenuItem { text: qsTr("Open"); onTriggered: row.openRequested() }
                MenuItem { text: qsTr("Rename"); onTriggered: row.renameRequested() }
                MenuItem { text: qsTr("Move up"); enabled: !row.isFirst; onTriggered: row.moveRequested(-1) }
                MenuItem { text: qsTr("Move down"); enabled: !row.isLast; onTriggered: row.moveRequested(1) }
                MenuItem { text: qsTr("Delete"); onTriggered: row.deleteRequested() }
            }
        }
    }
}
