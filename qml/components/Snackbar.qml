import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Layouts

// A short message at the bottom, optionally with one action (Undo). Hides itself after a while.
Rectangle {
    id: bar

    property string text: ""
    property string actionText: ""
    property var action: null

    function show(message, actionLabel, callback) {
        text = message
        actionText = actionLabel || ""
        action = callback || null
        visible = message !== ""
        hideTimer.restart()
    }

    visible: false
    implicitHeight: row.implicitHeight + 2 * Theme.spacingS
    radius: Theme.radiusExtraSmall
    color: Theme.inverseSurface

    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Timer {
        id: hideTimer
        interval: bar.actionText !== "" ? 6000 : 3000
        onTriggered: bar.visible = false
    }
    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingS
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: bar.text
            color: Theme.inverseOnSurface
            font: Theme.controlsFont
            wrapMode: Text.Wrap
        }
        Button {
            id: actionButton
            objectName: "snackbarAction"
            visible: bar.actionText !== ""
            text: bar.actionText
            flat: true
            font: Theme.controlsFont
            contentItem: Label {
                text: actionButton.text
                textFormat: Text.PlainText
                font: actionButton.font
                color: Theme.inversePrimary
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            onClicked: {
                bar.visible = false
                if (bar.action)
                    bar.action()
            }
        }
    }
}
