import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Layouts

Page {
    id: page

    required property AppController app

    signal importRequested()
    signal message(string text)

    title: qsTr("Import / Export")

    ColumnLayout {
        x: 20
        y: 16
        width: parent.width - 40
        spacing: 12

        Label { text: qsTr("Import"); font.weight: Font.DemiBold }
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
        Label { text: qsTr("Export"); font.weight: Font.DemiBold; Layout.topMargin: 16 }
        Label {
            Layout.fillWidth: true
            text: qsTr("Encrypted export arrives in a later version.")
            wrapMode: Text.Wrap
            opacity: 0.7
        }
    }
}
