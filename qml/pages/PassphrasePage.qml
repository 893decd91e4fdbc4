import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Layouts

// The vault's passphrase, typed in the app: create mode (no device key store answered, so a
// passphrase protects the tokens instead; typed twice) or unlock mode (the tokens are protected
// by a passphrase only). The text goes to PassphrasePrompt.submit(), which copies it into
// zeroizing C++ memory; the fields are cleared right after. Nothing is written before
// "Create passphrase" / "Unlock" and nothing on Cancel.
Page {
    id: page

    required property AppController app
    readonly property PassphrasePrompt prompt: app.passphrase
    readonly property bool creating: prompt.mode === PassphrasePrompt.Create

    title: creating ? qsTr("Create a passphrase") : qsTr("Enter your passphrase")

    StackView.onRemoved: prompt.cancel()  // ← is Cancel (a no-op once the prompt is done)

    function submit() {
        if (!submitButton.enabled)
            return
        prompt.submit(passphraseField.text, creating ? repeatField.text : "")
        passphraseField.clear()
        repeatField.clear()
        passphraseField.forceActiveFocus()
    }

    Flickable {
        anchors.fill: parent
        contentHeight: form.implicitHeight + 2 * Theme.spacingXl
        clip: true

        ColumnLayout {
            id: form
            x: Theme.pageMargin
            y: Theme.spacingL
            width: parent.width - 2 * Theme.pageMargin
            spacing: Theme.spacingS

            Label {
                objectName: "explanation"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: page.creating
                      ? qsTr("No device key store answered, so your tokens cannot be protected by this device's key. Choose a passphrase instead: it encrypts your tokens and you will enter it each time you open the app.")
                      : qsTr("Your tokens are protected by a passphrase. Enter it to open them.")
            }
            Label {
                textFormat: Text.PlainText
                objectName: "detail"
                Layout.fillWidth: true
                visible: page.creating && page.prompt.detail !== ""
                wrapMode: Text.Wrap
                font.pixelSize: Theme.bodySmall
                color: Theme.textOnSurfaceVariant
                text: qsTr("Details: %1").arg(page.prompt.detail)
            }
            Label {
                objectName: "rule"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                visible: page.creating
                wrapMode: Text.Wrap
                text: qsTr("At least %n character(s). If you forget it, your tokens cannot be recovered.", "", page.prompt.minimumLength)
            }
            Label {
                Layout.topMargin: Theme.spacingS
                text: qsTr("Passphrase")
            }
            TextField {
                id: passphraseField
                objectName: "passphraseField"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                enabled: !page.prompt.busy
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                Accessible.name: qsTr("Passphrase")
                focus: true
                onAccepted: page.creating ? repeatField.forceActiveFocus() : page.submit()
            }
            Label {
                visible: page.creating
                text: qsTr("Passphrase again")
            }
            TextField {
                id: repeatField
                objectName: "repeatField"
                Layout.fillWidth: true
                visible: page.creating
                echoMode: TextInput.Password
                enabled: !page.prompt.busy
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                Accessible.name: qsTr("Passphrase again")
                onAccepted: page.submit()
            }
            Label {
                textFormat: Text.PlainText
                id: errorLabel
                objectName: "errorLabel"
                Layout.fillWidth: true
                visible: text !== ""
                text: page.prompt.error
                color: Theme.error
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                spacing: Theme.spacingS
                BusyIndicator {
                    objectName: "passphraseBusy"
                    running: page.prompt.busy
                    visible: running
                    Layout.preferredWidth: 40
                    Layout.preferredHeight: 40
                    Accessible.name: page.creating ? qsTr("Creating…") : qsTr("Unlocking…")
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "cancelButton"
                    text: qsTr("Cancel")
                    flat: true
                    enabled: !page.prompt.busy
                    Accessible.name: text
                    onClicked: page.prompt.cancel()
                }
                Button {
                    id: submitButton
                    objectName: "submitButton"
                    text: page.creating ? qsTr("Create passphrase") : qsTr("Unlock")
                    highlighted: true
                    enabled: !page.prompt.busy && passphraseField.text.length > 0
                             && (!page.creating || repeatField.text.length > 0)
                    Accessible.name: text
                    onClicked: page.submit()
                }
            }
        }
    }
}
