import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Layouts

// Import: another app's export file (read and recognised off the GUI thread; an encrypted backup
// asks for its passphrase here), a QR image or the clipboard. The preview opens from Main.qml
// (ImportFlow.previewReady), also for Google Authenticator batches scanned on the scan page.
// Export: opens ExportPage.
Page {
    id: page

    required property AppController app
    readonly property ImportFlow flow: app.importFlow

    signal importRequested()
    signal message(string text)

    title: qsTr("Import / Export")

    // Leaving drops a file still being read or waiting for its passphrase (its bytes are wiped),
    // and the export codes collected from images here.
    StackView.onRemoved: {
        if (flow.state === ImportFlow.Reading || flow.state === ImportFlow.NeedsPassphrase)
            flow.cancel()
        flow.resetBatch()
    }

    Connections {
        target: page.flow
        function onFailed(text) { page.message(text) }
        function onPassphraseNeeded() { passphraseField.forceActiveFocus() }
    }

    function submitPassphrase() {
        if (passphraseField.text.length === 0)
            return
        page.flow.submitPassphrase(passphraseField.text)
        passphraseField.clear()
    }

    Loader {
        id: fileDialogLoader
        active: false
        source: "ImportFileDialog.qml"
        onLoaded: item.accepted.connect(() => page.flow.openFile(item.selectedFile))
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
            spacing: Theme.spacingM

            Label { text: qsTr("Import"); font.weight: Font.DemiBold }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textOnSurfaceVariant
                text: qsTr("From another authenticator's export (Aegis, Google Authenticator, Proton Authenticator, Ente Auth, Bitwarden, 2FAS, andOTP, FreeOTP+, a list of otpauth:// links) or a SoftToken backup. You see what was found before anything is saved.")
            }
            Button {
                objectName: "importFileButton"
                Layout.fillWidth: true
                text: qsTr("Import from a file")
                highlighted: true
                enabled: !page.flow.busy
                onClicked: { fileDialogLoader.active = true; fileDialogLoader.item.open() }
            }
            RowLayout {
                Layout.fillWidth: true
                visible: page.flow.busy
                BusyIndicator {
                    objectName: "importBusy"
                    running: page.flow.busy
                    Layout.preferredWidth: 40
                    Layout.preferredHeight: 40
                    Accessible.name: qsTr("Reading the file…")
                }
                Label { text: qsTr("Reading the file…"); Layout.fillWidth: true; wrapMode: Text.Wrap }
            }

            // An encrypted backup: its passphrase, turned into zeroizing C++ memory at once.
            ColumnLayout {
                objectName: "passphraseBox"
                Layout.fillWidth: true
                visible: page.flow.state === ImportFlow.NeedsPassphrase
                spacing: Theme.spacingS
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("This backup is encrypted. Enter the passphrase it was made with.")
                }
                TextField {
                    id: passphraseField
                    objectName: "importPassphraseField"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                    placeholderText: qsTr("Backup passphrase")
                    Accessible.name: qsTr("Backup passphrase")
                    onAccepted: page.submitPassphrase()
                }
                Label {
                    textFormat: Text.PlainText
                    objectName: "importError"
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: page.flow.error
                    color: Theme.error
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                RowLayout {
                    Layout.fillWidth: true
                    Item { Layout.fillWidth: true }
                    Button {
                        text: qsTr("Cancel")
                        flat: true
                        onClicked: { passphraseField.clear(); page.flow.cancel() }
                    }
                    Button {
                        objectName: "openBackupButton"
                        text: qsTr("Open backup")
                        highlighted: true
                        enabled: passphraseField.text.length > 0
                        onClicked: page.submitPassphrase()
                    }
                }
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
            Label {
                textFormat: Text.PlainText
                objectName: "batchProgress"
                Layout.fillWidth: true
                visible: text !== ""
                text: page.flow.batchProgress
                wrapMode: Text.Wrap
            }

            Label { text: qsTr("Export"); font.weight: Font.DemiBold; Layout.topMargin: Theme.spacingL }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textOnSurfaceVariant
                text: qsTr("Take your tokens to a new phone or another app: an encrypted SoftToken backup, a file other apps read, or QR codes.")
            }
            Button {
                objectName: "openExportButton"
                Layout.fillWidth: true
                text: qsTr("Export tokens…")
                enabled: page.app.tokens.count > 0
                onClicked: page.StackView.view.push(Qt.resolvedUrl("ExportPage.qml"), { app: page.app })
            }
            Label {
                Layout.fillWidth: true
                visible: page.app.tokens.count === 0
                wrapMode: Text.Wrap
                color: Theme.textOnSurfaceVariant
                text: qsTr("There are no tokens to export yet.")
            }
        }
    }
}
