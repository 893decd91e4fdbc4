import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import SoftToken

ApplicationWindow {
    id: window
    width: 390
    height: 844
    visible: true
    title: qsTr("SoftToken")

    TotpViewModel {
        id: token
        Component.onCompleted: showDemoToken()
    }

    ColumnLayout {
        anchors.centerIn: parent
        spacing: 12

        Label {
            Layout.alignment: Qt.AlignHCenter
            text: token.issuer
            font.pixelSize: 20
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: token.code.length === 6 ? token.code.slice(0, 3) + " " + token.code.slice(3) : token.code
            font.pixelSize: 48
            font.family: "monospace"
            Accessible.name: token.code.split("").join(" ")
        }
        ProgressBar {
            Layout.fillWidth: true
            from: 0
            to: token.period
            value: token.secondsRemaining
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("%n second(s) left", "", token.secondsRemaining)
        }
    }
}
