import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Layouts

// Settings → Check clock. Contacting a time server is the user's decision: nothing is
// sent until "Check now" is tapped, and the page says so. The measured offset can be applied as
// the app's own correction for codes; the device clock is never changed.
Page {
    id: page

    required property AppController app
    readonly property ClockCheckController check: app.clockCheck

    title: qsTr("Check clock")

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingXl
        clip: true

        ColumnLayout {
            id: column
            x: Theme.pageMargin
            y: Theme.spacingL
            width: parent.width - 2 * Theme.pageMargin
            spacing: Theme.spacingS

            Label {
                objectName: "explanation"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("One-time passwords are wrong when this device's clock is wrong. SoftToken can ask a time server how far off the clock is.")
            }
            Label {
                objectName: "consent"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Only when you tap “Check now”, the app sends one small request over the internet to the server below. It sends no information about you or your tokens.")
            }
            Label { text: qsTr("Time server"); font.weight: Font.DemiBold; Layout.topMargin: Theme.spacingS }
            TextField {
                id: serverField
                objectName: "serverField"
                Layout.fillWidth: true
                text: page.check.server
                enabled: !page.check.busy
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Time server")
                onEditingFinished: page.check.server = text
            }
            RowLayout {
                Layout.topMargin: Theme.spacingXs
                spacing: Theme.spacingM
                Button {
                    objectName: "checkButton"
                    text: qsTr("Check now")
                    highlighted: true
                    enabled: !page.check.busy
                    onClicked: {
                        page.check.server = serverField.text
                        page.check.check()
                    }
                }
                BusyIndicator {
                    objectName: "busyIndicator"
                    running: page.check.busy
                    visible: running
                    implicitWidth: 40
                    implicitHeight: 40
                    Accessible.name: qsTr("Checking…")
                }
            }
            Label {
                textFormat: Text.PlainText
                objectName: "resultLabel"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                wrapMode: Text.Wrap
                visible: text !== "" && !page.check.busy
                font.pixelSize: Theme.titleMedium
                text: page.check.resultText
            }
            Label {
                textFormat: Text.PlainText
                objectName: "errorLabel"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                wrapMode: Text.Wrap
                visible: text !== "" && !page.check.busy
                color: Theme.error
                text: page.check.errorText
            }
            Button {
                objectName: "applyButton"
                visible: page.check.hasResult && !page.check.busy
                         && page.check.offsetSeconds !== page.check.correctionSeconds
                text: qsTr("Apply offset")
                onClicked: page.check.applyOffset()
            }
            Label {
                textFormat: Text.PlainText
                objectName: "correctionLabel"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                wrapMode: Text.Wrap
                text: page.check.correctionSeconds === 0
                      ? qsTr("No correction is in use: codes follow the device clock.")
                      : qsTr("Codes use a correction of %1 s.").arg(page.check.correctionSeconds > 0 ? "+" + page.check.correctionSeconds : page.check.correctionSeconds)
            }
            Button {
                objectName: "removeCorrectionButton"
                visible: page.check.correctionSeconds !== 0
                text: qsTr("Remove correction")
                onClicked: page.check.removeCorrection()
            }
        }
    }
}
