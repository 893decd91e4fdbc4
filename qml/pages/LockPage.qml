import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The app lock screen, shown by LockOverlay above everything while app.lock.locked.
// Shows the app's icon and name only: no code, serial, issuer or account. The PIN goes straight
// to LockController.unlock() and the field is cleared right after, so the QString lives briefly.
Page {
    id: page

    required property AppController app
    readonly property LockController lock: app.lock
    readonly property bool waiting: lock.remainingLockoutSeconds > 0

    title: qsTr("SoftToken is locked")
    background: Rectangle { color: page.Material.backgroundColor }

    function submit() {
        if (pinField.text.length === 0 || waiting)
            return
        lock.unlock(pinField.text)
        pinField.clear()
        pinField.forceActiveFocus()
    }
    function press(digit) {
        if (pinField.text.length < 16 && !waiting)
            pinField.insert(pinField.cursorPosition, digit)
        pinField.forceActiveFocus()
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingXl
        clip: true

        ColumnLayout {
            id: column
            x: Theme.spacingXl
            y: Theme.spacingXxl
            width: parent.width - 2 * Theme.spacingXl
            spacing: Theme.spacingM

            Image {
                objectName: "appIcon"
                Layout.alignment: Qt.AlignHCenter
                source: "qrc:/SoftToken/app_icon.png"
                sourceSize.width: 72
                sourceSize.height: 72
                Accessible.ignored: true
            }
            Label {
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("SoftToken")
                font.pixelSize: Theme.titleLarge
                font.weight: Font.DemiBold
            }
            Label {
                objectName: "prompt"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("Enter your PIN to open your tokens.")
            }
            TextField {
                id: pinField
                objectName: "pinField"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: 220
                horizontalAlignment: TextInput.AlignHCenter
                font.pixelSize: Theme.headlineSmall
                font.letterSpacing: 4
                echoMode: TextInput.Password
                maximumLength: 16
                enabled: !page.waiting
                validator: RegularExpressionValidator { regularExpression: /[0-9]*/ }
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                placeholderText: qsTr("PIN")
                Accessible.name: qsTr("PIN")
                focus: true
                onAccepted: page.submit()
            }
            Label {
                textFormat: Text.PlainText
                objectName: "errorLabel"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: text !== ""
                color: Theme.error
                text: page.lock.errorText
            }
            Label {
                textFormat: Text.PlainText
                objectName: "countdownLabel"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                visible: text !== ""
                font.weight: Font.DemiBold
                text: page.lock.countdownText
                Accessible.role: Accessible.StaticText
            }

            GridLayout {
                objectName: "pinPad"
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Theme.spacingXs
                columns: 3
                rowSpacing: 4
                columnSpacing: 12
                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                    RoundButton {
                        id: digit
                        required property string modelData
                        objectName: "digit" + modelData
                        text: modelData
                        font.pixelSize: Theme.titleLarge
                        contentItem: Label {
                            text: digit.text
                            textFormat: Text.PlainText
                            font: digit.font
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                        }
                        implicitWidth: 68
                        implicitHeight: 68
                        flat: true
                        enabled: !page.waiting
                        onClicked: page.press(modelData)
                    }
                }
                RoundButton {
                    objectName: "deleteButton"
                    text: "⌫"
                    font.pixelSize: Theme.titleLarge
                    implicitWidth: 68
                    implicitHeight: 68
                    flat: true
                    enabled: !page.waiting && pinField.text.length > 0
                    Accessible.name: qsTr("Delete", "keypad: erase the last digit")
                    onClicked: { pinField.remove(pinField.text.length - 1, pinField.text.length); pinField.forceActiveFocus() }
                }
                RoundButton {
                    objectName: "digit0"
                    text: "0"
                    font.pixelSize: Theme.titleLarge
                    implicitWidth: 68
                    implicitHeight: 68
                    flat: true
                    enabled: !page.waiting
                    onClicked: page.press("0")
                }
                RoundButton {
                    objectName: "okButton"
                    text: "OK"
                    font.pixelSize: Theme.titleMedium
                    implicitWidth: 68
                    implicitHeight: 68
                    highlighted: true
                    enabled: !page.waiting && pinField.text.length > 0
                    Accessible.name: qsTr("Unlock")
                    onClicked: page.submit()
                }
            }
            Button {
                objectName: "biometricButton"
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Theme.spacingS
                visible: page.lock.biometricAvailable && page.lock.biometricEnabled
                text: qsTr("Use fingerprint or face")
                onClicked: page.lock.unlockWithBiometric()
            }
        }
    }
}
