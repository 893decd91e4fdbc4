import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Layouts

// Typing a token in: issuer, account and the base32 secret (checked while typing by the C++
// Base32Validator); the rest under "Advanced". Nothing is saved before the confirmation sheet.
Page {
    id: page

    required property AppController app

    title: qsTr("Enter key manually")

    function submit() {
        const error = app.offerManual(issuerField.text, accountField.text, secretField.text,
                                      typeBox.currentIndex === 1, algorithmBox.currentText,
                                      digitsBox.value, periodBox.value,
                                      Number(counterField.text === "" ? "0" : counterField.text),
                                      serialField.text)
        formError.text = error
        if (error === "")
            secretField.clear()  // the pending token holds it now; do not keep it in the field
    }

    Base32Validator {
        id: secretValidator
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
            spacing: Theme.spacingXs

            Label { text: qsTr("Issuer (your bank)") }
            TextField {
                id: issuerField
                objectName: "issuerField"
                Layout.fillWidth: true
                Accessible.name: qsTr("Issuer (your bank)")
            }
            Label { text: qsTr("Account") }
            TextField {
                id: accountField
                objectName: "accountField"
                Layout.fillWidth: true
                Accessible.name: qsTr("Account")
            }
            Label { text: qsTr("Secret key") }
            TextField {
                id: secretField
                objectName: "secretField"
                Layout.fillWidth: true
                validator: secretValidator
                placeholderText: qsTr("e.g. JBSW Y3DP EHPK 3PXP")
                font.family: Theme.monoFamily
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase | Qt.ImhNoAutoUppercase
                Accessible.name: qsTr("Secret key")
                Accessible.description: secretProblem.text
            }
            Label {
                textFormat: Text.PlainText
                id: secretProblem
                objectName: "secretProblem"
                Layout.fillWidth: true
                text: secretField.text === "" ? qsTr("Letters A–Z and digits 2–7; spaces are ignored.")
                                               : secretValidator.problem(secretField.text)
                color: secretField.text !== "" && text !== "" ? Theme.error : Theme.textOnSurface
                opacity: secretField.text === "" ? 0.7 : 1
                wrapMode: Text.Wrap
                visible: text !== ""
            }

            Switch {
                id: advancedSwitch
                objectName: "advancedSwitch"
                Layout.topMargin: Theme.spacingS
                text: qsTr("Advanced")
            }
            GridLayout {
                visible: advancedSwitch.checked
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 12

                Label { text: qsTr("Type") }
                ComboBox {
                    id: typeBox
                    objectName: "typeBox"
                    Layout.fillWidth: true
                    model: [qsTr("Time-based (TOTP)"), qsTr("Counter-based (HOTP)")]
                    Accessible.name: qsTr("Type")
                }
                Label { text: qsTr("Algorithm") }
                ComboBox {
                    id: algorithmBox
                    Layout.fillWidth: true
                    model: ["SHA1", "SHA256", "SHA512"]
                    Accessible.name: qsTr("Algorithm")
                }
                Label { text: qsTr("Digits") }
                SpinBox {
                    id: digitsBox
                    objectName: "digitsBox"
                    from: 6
                    to: 10
                    value: 6
                    Accessible.name: qsTr("Digits")
                }
                Label { text: qsTr("Period (seconds)"); visible: typeBox.currentIndex === 0 }
                SpinBox {
                    id: periodBox
                    visible: typeBox.currentIndex === 0
                    from: 1
                    to: 600
                    value: 30
                    Accessible.name: qsTr("Period (seconds)")
                }
                Label { text: qsTr("Counter"); visible: typeBox.currentIndex === 1 }
                TextField {
                    id: counterField
                    visible: typeBox.currentIndex === 1
                    Layout.fillWidth: true
                    text: "0"
                    validator: RegularExpressionValidator { regularExpression: /[0-9]{1,15}/ }
                    inputMethodHints: Qt.ImhDigitsOnly
                    Accessible.name: qsTr("Counter")
                }
                Label { text: qsTr("Serial number") }
                TextField {
                    id: serialField
                    objectName: "serialField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Optional, e.g. ABCD 1234 5678")
                    Accessible.name: qsTr("Serial number")
                }
            }

            Label {
                textFormat: Text.PlainText
                id: formError
                objectName: "formError"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                visible: text !== ""
                color: Theme.error
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "checkButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                text: qsTr("Check and add")
                highlighted: true
                enabled: secretField.acceptableInput && (issuerField.text.trim() !== "" || accountField.text.trim() !== "")
                onClicked: page.submit()
            }
        }
    }
}
