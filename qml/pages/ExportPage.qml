import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// Export every token: choose the format, confirm explicitly (every export carries the secret
// keys), then a save dialog or the QR codes. Every format but the encrypted SoftToken backup
// shows a warning before and in the confirmation. The backup's new passphrase goes to
// ExportFlow.setBackupPassphrase() (zeroizing C++ memory) and the fields are cleared at once.
Page {
    id: page

    required property AppController app
    readonly property ExportFlow flow: app.exportFlow
    // An ExportFlow.Format, or -1 for one token's QR code.
    property int format: ExportFlow.SoftTokenBackup
    readonly property bool oneToken: format === -1
    readonly property bool isQr: oneToken || format === ExportFlow.GaQr
    readonly property bool encrypted: !oneToken && flow.isEncrypted(format)
    readonly property alias confirmDialog: confirmDialog

    title: qsTr("Export")

    function warningText() {
        return isQr ? qsTr("Not encrypted: anyone who sees or photographs these QR codes can copy your tokens.")
                    : qsTr("Not encrypted: anyone with this file can copy all your tokens. Keep it safe and delete it when you are done.")
    }

    // Step 1: check the choice (and take the passphrase), then ask for confirmation.
    function requestExport() {
        problem.text = ""
        result.text = ""
        if (format === ExportFlow.SoftTokenBackup) {
            const error = flow.setBackupPassphrase(passphraseField.text, repeatField.text)
            passphraseField.clear()
            repeatField.clear()
            if (error !== "") {
                problem.text = error
                return
            }
        }
        confirmDialog.open()
    }

    // The confirmation's Export button: the PIN is asked again (seeds leave). ExportFlow checks
    // it in C++ and refuses every export without it; with no PIN set, it says to set one first.
    function confirmExport() {
        const pin = pinField.text
        pinField.clear()
        const refused = flow.authorize(pin)
        if (refused !== "") {
            pinError.text = refused
            return
        }
        pinError.text = ""
        confirmDialog.close()
        proceed()
    }

    // Step 2, confirmed: a file goes through the save dialog, QR codes are shown.
    function proceed() {
        if (isQr) {
            const error = oneToken ? flow.showTokenQr(tokenBox.currentValue) : flow.showGaQr()
            if (error !== "") {
                problem.text = error
                return
            }
            page.StackView.view.push(Qt.resolvedUrl("ExportQrPage.qml"), { app: page.app })
            return
        }
        saveDialogLoader.active = true
        saveDialogLoader.item.open()
    }

    Connections {
        target: page.flow
        function onFinished(ok, text) {
            result.color = ok ? Theme.textOnSurface : Theme.error
            result.text = text
        }
    }

    Loader {
        id: saveDialogLoader
        active: false
        source: "ExportFileDialog.qml"
        onLoaded: {
            item.accepted.connect(() => page.flow.writeFile(page.format, item.selectedFile))
            item.rejected.connect(() => page.flow.forgetPassphrase())
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        clip: true

        ColumnLayout {
            id: column
            x: Theme.pageMargin
            y: Theme.spacingL
            width: parent.width - 2 * Theme.pageMargin
            spacing: Theme.spacingXs

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("%n token(s) with their secret keys.", "", page.app.tokens.count)
            }
            Label { text: qsTr("Format"); font.weight: Font.DemiBold; Layout.topMargin: Theme.spacingS }
            ButtonGroup { id: formats }
            RadioButton {
                objectName: "formatBackup"
                Layout.fillWidth: true
                ButtonGroup.group: formats
                checked: page.format === ExportFlow.SoftTokenBackup
                text: qsTr("SoftToken backup (encrypted)")
                onClicked: page.format = ExportFlow.SoftTokenBackup
            }
            RadioButton {
                objectName: "formatUris"
                Layout.fillWidth: true
                ButtonGroup.group: formats
                checked: page.format === ExportFlow.UriList
                text: qsTr("List of otpauth:// links (text)")
                onClicked: page.format = ExportFlow.UriList
            }
            RadioButton {
                objectName: "formatAegis"
                Layout.fillWidth: true
                ButtonGroup.group: formats
                checked: page.format === ExportFlow.AegisPlain
                text: qsTr("Aegis (unencrypted JSON)")
                onClicked: page.format = ExportFlow.AegisPlain
            }
            RadioButton {
                objectName: "formatGaQr"
                Layout.fillWidth: true
                ButtonGroup.group: formats
                checked: page.format === ExportFlow.GaQr
                text: qsTr("Google Authenticator QR codes")
                onClicked: page.format = ExportFlow.GaQr
            }
            RadioButton {
                objectName: "formatTokenQr"
                Layout.fillWidth: true
                ButtonGroup.group: formats
                checked: page.oneToken
                text: qsTr("QR code of one token")
                onClicked: page.format = -1
            }
            ComboBox {
                id: tokenBox
                objectName: "tokenBox"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingXxl
                visible: page.oneToken
                model: page.app.tokens
                textRole: "issuer"
                valueRole: "tokenId"
                Accessible.name: qsTr("Token")
                // Issuer and account: two accounts at one bank must be told apart.
                delegate: PlainItemDelegate {
                    required property int index
                    required property string issuer
                    required property string account
                    width: tokenBox.width
                    text: account !== "" ? issuer + " — " + account : issuer
                    highlighted: tokenBox.highlightedIndex === index
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                visible: page.format === ExportFlow.SoftTokenBackup
                spacing: Theme.spacingXs
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("Choose a passphrase for the backup (at least %n character(s)). You need it to import the backup; it cannot be recovered.", "", page.flow.minimumPassphraseLength)
                }
                TextField {
                    id: passphraseField
                    objectName: "backupPassphraseField"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                    placeholderText: qsTr("Backup passphrase")
                    Accessible.name: qsTr("Backup passphrase")
                    onAccepted: repeatField.forceActiveFocus()
                }
                TextField {
                    id: repeatField
                    objectName: "backupRepeatField"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                    placeholderText: qsTr("Backup passphrase again")
                    Accessible.name: qsTr("Backup passphrase again")
                    onAccepted: page.requestExport()
                }
            }

            Rectangle {
                objectName: "unencryptedWarning"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                visible: !page.encrypted
                implicitHeight: warningLabel.implicitHeight + 2 * Theme.spacingM
                radius: Theme.radiusSmall
                color: Theme.warningContainer
                border.color: Theme.warning
                Label {
                    textFormat: Text.PlainText
                    id: warningLabel
                    x: Theme.spacingM
                    y: Theme.spacingM
                    width: parent.width - 2 * Theme.spacingM
                    wrapMode: Text.Wrap
                    color: Theme.textOnWarningContainer
                    text: "⚠ " + page.warningText()
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: page.warningText()
                }
            }

            Label {
                textFormat: Text.PlainText
                id: problem
                objectName: "exportProblem"
                Layout.fillWidth: true
                visible: text !== ""
                color: Theme.error
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Button {
                objectName: "exportButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                text: page.isQr ? qsTr("Show QR codes…") : qsTr("Export…")
                highlighted: true
                enabled: page.app.tokens.count > 0 && !page.flow.busy
                         && (page.format !== ExportFlow.SoftTokenBackup
                             || (passphraseField.text.length > 0 && repeatField.text.length > 0))
                onClicked: page.requestExport()
            }
            RowLayout {
                Layout.fillWidth: true
                visible: page.flow.busy
                BusyIndicator {
                    running: page.flow.busy
                    Layout.preferredWidth: 40
                    Layout.preferredHeight: 40
                    Accessible.name: qsTr("Exporting…")
                }
                Label { text: qsTr("Exporting…") }
            }
            Label {
                textFormat: Text.PlainText
                id: result
                objectName: "exportResult"
                Layout.fillWidth: true
                visible: text !== ""
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
    }

    Dialog {
        font: Theme.controlsFont
        id: confirmDialog
        objectName: "confirmDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.spacingL, 420)
        modal: true
        Material.background: Theme.surfaceContainerHigh
        Overlay.modal: Rectangle { color: Theme.scrim }  // Material's is a light wash in dark
        title: qsTr("Export your secret keys?")
        onRejected: page.flow.forgetPassphrase()
        onAboutToShow: { pinField.clear(); pinError.text = "" }

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingM
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: page.oneToken
                      ? qsTr("The QR code contains this token's secret key. Whoever has it can make the same one-time passwords.")
                      : qsTr("The export contains the secret keys of %n token(s). Whoever has it can make the same one-time passwords.", "", page.app.tokens.count)
            }
            Label {
                textFormat: Text.PlainText
                objectName: "confirmWarning"
                Layout.fillWidth: true
                visible: !page.encrypted
                wrapMode: Text.Wrap
                color: Theme.error
                text: page.warningText()
            }
            TextField {
                id: pinField
                objectName: "confirmPinField"
                Layout.fillWidth: true
                visible: page.app.lock.enabled
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData
                placeholderText: qsTr("Your PIN")
                Accessible.name: qsTr("Your PIN")
                onAccepted: page.confirmExport()
            }
            Label {
                textFormat: Text.PlainText
                id: pinError
                objectName: "confirmPinError"
                Layout.fillWidth: true
                visible: text !== ""
                wrapMode: Text.Wrap
                color: Theme.error
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
        }
        footer: DialogButtonBox {
            Material.foreground: Theme.primary  // its text buttons (Material: the accent)
            Button {
                objectName: "confirmCancelButton"
                text: qsTr("Cancel")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "confirmExportButton"
                text: qsTr("Export")
                highlighted: true
                // Not AcceptRole: a wrong PIN keeps the dialog open.
                DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
                onClicked: page.confirmExport()
            }
        }
    }
}
