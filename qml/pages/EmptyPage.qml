import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Layouts

// First run: no token yet. Says what to do and offers the three ways to add one.
Page {
    id: page

    required property AppController app

    signal scanRequested()
    signal importRequested()
    signal manualRequested()

    title: qsTr("SoftToken")

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, 420)
        spacing: Theme.spacingL

        Label {
            Layout.fillWidth: true
            text: qsTr("Add your token")
            font.pixelSize: Theme.headlineSmall
            font.weight: Font.DemiBold
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "instructions"
            Layout.fillWidth: true
            text: qsTr("Scan the QR code shown by your bank")
            font.pixelSize: Theme.titleMedium
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacingL
            text: qsTr("Your bank shows it on its token registration page. The secret stays on this device.")
            color: Theme.textOnSurfaceVariant
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        Button {
            objectName: "scanButton"
            Layout.fillWidth: true
            text: qsTr("Scan QR code")
            highlighted: true
            onClicked: page.scanRequested()
        }
        Button {
            objectName: "importButton"
            Layout.fillWidth: true
            text: qsTr("Import image")
            onClicked: page.importRequested()
        }
        Button {
            objectName: "manualButton"
            Layout.fillWidth: true
            text: qsTr("Enter key manually")
            flat: true
            onClicked: page.manualRequested()
        }
    }
}
