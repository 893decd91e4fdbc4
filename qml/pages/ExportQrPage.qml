import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Layouts

// The export's QR codes, one after another ("1 of 3"): Google Authenticator's "Transfer
// accounts" codes, or one token's otpauth:// code. The pixels stay in C++ (QrImage) and are
// wiped when the page closes.
Page {
    id: page

    required property AppController app
    readonly property ExportFlow flow: app.exportFlow

    title: flow.qrTitle !== "" ? flow.qrTitle : qsTr("QR codes")

    StackView.onRemoved: flow.clearQr()

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        clip: true

        ColumnLayout {
            id: column
            x: Theme.pageMargin
            y: Theme.spacingM
            width: parent.width - 2 * Theme.pageMargin
            spacing: Theme.spacingS

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.error
                text: qsTr("Anyone who sees or photographs these QR codes can copy your tokens.")
            }
            QrImage {
                objectName: "qrImage"
                flow: page.flow
                Layout.fillWidth: true
                Layout.preferredHeight: width
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("QR code %1 of %2").arg(page.flow.qrIndex + 1).arg(page.flow.qrCount)
            }
            Label {
                textFormat: Text.PlainText
                objectName: "qrPosition"
                Layout.alignment: Qt.AlignHCenter
                visible: page.flow.qrCount > 1
                text: qsTr("%1 of %2").arg(page.flow.qrIndex + 1).arg(page.flow.qrCount)
                font.pixelSize: Theme.titleMedium
            }
            RowLayout {
                Layout.fillWidth: true
                visible: page.flow.qrCount > 1
                Button {
                    objectName: "previousQrButton"
                    Layout.fillWidth: true
                    text: qsTr("Previous")
                    enabled: page.flow.qrIndex > 0
                    onClicked: page.flow.qrIndex = page.flow.qrIndex - 1
                }
                Button {
                    objectName: "nextQrButton"
                    Layout.fillWidth: true
                    text: qsTr("Next")
                    highlighted: true
                    enabled: page.flow.qrIndex < page.flow.qrCount - 1
                    onClicked: page.flow.qrIndex = page.flow.qrIndex + 1
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                visible: page.flow.skipped.length > 0
                wrapMode: Text.Wrap
                font.weight: Font.DemiBold
                text: qsTr("Not included (Google Authenticator cannot hold them):")
            }
            Repeater {
                model: page.flow.skipped
                Label {
                    textFormat: Text.PlainText
                    required property string modelData
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: "• " + modelData
                }
            }
        }
    }
}
