import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// Settings → App lock: set a PIN (typed twice), change it (current + new twice) or remove it
// (current). The texts go straight to LockController and every field is cleared afterwards.
Dialog {
    font: Theme.controlsFont
    id: dialog

    required property LockController lock
    // "set", "change", "remove", or "confirm" (the PIN for a change that loosens the lock:
    // `confirmAction(pin)` makes it and returns "" or the reason it was refused)
    property string mode: "set"
    property var confirmAction: null
    property string confirmTitle: ""
    readonly property bool needsCurrent: mode !== "set"
    readonly property bool needsNew: mode !== "remove" && mode !== "confirm"
    signal done(string message)

    function confirm(title, action) {
        confirmTitle = title
        confirmAction = action
        start("confirm")
    }
    function start(newMode) {
        mode = newMode
        errorLabel.text = ""
        open();
        (needsCurrent ? currentField : newField).forceActiveFocus()
    }
    function clearFields() {
        currentField.clear()
        newField.clear()
        repeatField.clear()
    }
    function submit() {
        let error = ""
        if (mode === "confirm")
            error = confirmAction(currentField.text)
        else if (mode === "remove")
            error = lock.removePin(currentField.text)
        else
            error = lock.setPin(currentField.text, newField.text, repeatField.text)
        clearFields()
        errorLabel.text = error
        if (error === "") {
            close()
            done(mode === "confirm" ? qsTr("Setting changed")
                 : mode === "remove" ? qsTr("App lock turned off")
                 : mode === "change" ? qsTr("PIN changed") : qsTr("App lock turned on"))
        }
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacingL : 360, 420)
    modal: true
    Material.background: Theme.surfaceContainerHigh
    Overlay.modal: Rectangle { color: Theme.scrim }  // Material's is a light wash in dark
    title: mode === "confirm" ? confirmTitle
         : mode === "remove" ? qsTr("Remove the PIN") : mode === "change" ? qsTr("Change the PIN") : qsTr("Set a PIN")
    // The caller's confirmTitle is shown as plain text like every other text.
    header: Label {
        text: dialog.title
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.bold: true
        font.pixelSize: Theme.titleLarge
        padding: Theme.spacingXl
        bottomPadding: 0
    }
    onClosed: clearFields()

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: dialog.needsNew
            text: qsTr("The app will ask for this PIN when it starts and after it was in the background. At least 4 digits.")
        }
        Label { visible: dialog.needsCurrent; text: qsTr("Current PIN") }
        TextField {
            id: currentField
            objectName: "currentPinField"
            Layout.fillWidth: true
            visible: dialog.needsCurrent
            echoMode: TextInput.Password
            maximumLength: 16
            validator: RegularExpressionValidator { regularExpression: /[0-9]*/ }
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Current PIN")
        }
        Label { visible: dialog.needsNew; text: qsTr("New PIN") }
        TextField {
            id: newField
            objectName: "newPinField"
            Layout.fillWidth: true
            visible: dialog.needsNew
            echoMode: TextInput.Password
            maximumLength: 16
            validator: RegularExpressionValidator { regularExpression: /[0-9]*/ }
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("New PIN")
        }
        Label { visible: dialog.needsNew; text: qsTr("New PIN again") }
        TextField {
            id: repeatField
            objectName: "repeatPinField"
            Layout.fillWidth: true
            visible: dialog.needsNew
            echoMode: TextInput.Password
            maximumLength: 16
            validator: RegularExpressionValidator { regularExpression: /[0-9]*/ }
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("New PIN again")
            onAccepted: dialog.submit()
        }
        Label {
            textFormat: Text.PlainText
            id: errorLabel
            objectName: "pinErrorLabel"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: text !== ""
            color: Theme.error
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            Item { Layout.fillWidth: true }
            Button {
                objectName: "pinCancelButton"
                text: qsTr("Cancel")
                flat: true
                onClicked: dialog.close()
            }
            Button {
                objectName: "pinOkButton"
                text: dialog.mode === "remove" ? qsTr("Remove") : dialog.mode === "confirm" ? qsTr("OK") : qsTr("Save")
                highlighted: true
                onClicked: dialog.submit()
            }
        }
    }
}
