import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Layouts

// Scanning. The live camera viewfinder joins when the camera worker of the QR issue lands;
// until then this page offers the fallbacks that always work.
Page {
    id: page

    required property AppController app

    signal importRequested()
    signal manualRequested()
    signal message(string text)

    title: qsTr("Scan QR code")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 20
        spacing: 12

        Rectangle {
            objectName: "viewfinder"
            Layout.fillWidth: true
            Layout.preferredHeight: width
            color: "#202020"
            radius: 8
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Camera preview")
            Rectangle {
                anchors.centerIn: parent
                width: parent.width * 0.65
                height: width
                color: "transparent"
                border.color: "white"
                border.width: 3
                radius: 12
            }
            Label {
                anchors.bottom: parent.bottom
                anchors.bottomMargin: 12
                anchors.horizontalCenter: parent.horizontalCenter
                width: parent.width - 24
                text: qsTr("The camera is not available. Use one of the options below.")
                color: "white"
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Scan the QR code shown by your bank")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Button {
            Layout.fillWidth: true
            text: qsTr("Import image")
            onClicked: page.importRequested()
        }
        Button {
            Layout.fillWidth: true
            text: qsTr("Paste from clipboard")
            onClicked: {
                const error = page.app.pasteFromClipboard()
                if (error !== "")
                    page.message(error)
            }
        }
        Button {
            Layout.fillWidth: true
            text: qsTr("Enter key manually")
            flat: true
            onClicked: page.manualRequested()
        }
        Item { Layout.fillHeight: true }
    }
}
