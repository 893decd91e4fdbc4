import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Layouts

Page {
    id: page

    required property AppController app
    readonly property AppSettings settings: app.settings
    readonly property var clearChoices: [0, 15, 30, 60, 120]
    readonly property var relockChoices: [0, 1, 5, 15, 60]
    readonly property LockController lock: app.lock

    signal message(string text)

    function clearLabel(seconds) {
        switch (seconds) {
        case 0: return qsTr("Never")
        case 15: return qsTr("After 15 seconds")
        case 30: return qsTr("After 30 seconds")
        case 60: return qsTr("After 1 minute")
        default: return qsTr("After 2 minutes")
        }
    }
    function relockLabel(minutes) {
        switch (minutes) {
        case 0: return qsTr("Immediately")
        case 1: return qsTr("After 1 minute")
        case 5: return qsTr("After 5 minutes")
        case 15: return qsTr("After 15 minutes")
        default: return qsTr("After 1 hour")
        }
    }

    title: qsTr("Settings")

    PinDialog {
        id: pinDialog
        objectName: "pinDialog"
        lock: page.lock
        onDone: text => page.message(text)
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
            spacing: Theme.spacingS

            Label { text: qsTr("Theme"); font.weight: Font.DemiBold }
            ComboBox {
                objectName: "themeBox"
                Layout.fillWidth: true
                model: [qsTr("Follow the system"), qsTr("Light", "colour theme"), qsTr("Dark")]
                currentIndex: page.settings.theme
                onActivated: index => page.settings.theme = index
                Accessible.name: qsTr("Theme")
            }

            Label { text: qsTr("Language"); font.weight: Font.DemiBold; Layout.topMargin: Theme.spacingS }
            ComboBox {
                objectName: "languageBox"
                Layout.fillWidth: true
                // Language names in their own language, so they can be found in any language.
                model: [qsTr("Follow the system"), "日本語", "English"]
                currentIndex: page.settings.language === "ja" ? 1 : page.settings.language === "en" ? 2 : 0
                onActivated: index => page.settings.language = ["", "ja", "en"][index]
                Accessible.name: qsTr("Language")
            }

            Switch {
                objectName: "showNextCodeSwitch"
                Layout.topMargin: Theme.spacingS
                Layout.fillWidth: true
                text: qsTr("Show the next code in the last seconds")
                checked: page.settings.showNextCode
                onToggled: page.settings.showNextCode = checked
            }
            Switch {
                objectName: "tapToCopySwitch"
                Layout.fillWidth: true
                text: qsTr("Tap a code to copy it")
                checked: page.settings.tapToCopy
                onToggled: page.settings.tapToCopy = checked
            }

            Label { text: qsTr("Clear copied codes from the clipboard"); font.weight: Font.DemiBold; Layout.topMargin: Theme.spacingS; Layout.fillWidth: true; wrapMode: Text.Wrap }
            ComboBox {
                id: clipboardBox
                objectName: "clipboardBox"
                Layout.fillWidth: true
                // The model holds numbers and the labels are translated in the delegate: a model
                // of translated strings is replaced on a language change, which resets the index.
                model: page.clearChoices
                displayText: page.clearLabel(currentValue)
                delegate: PlainItemDelegate {
                    required property var modelData
                    required property int index
                    width: clipboardBox.width
                    text: page.clearLabel(modelData)
                    highlighted: clipboardBox.highlightedIndex === index
                }
                currentIndex: Math.max(0, page.clearChoices.indexOf(page.settings.clipboardClearSeconds))
                onActivated: index => page.settings.clipboardClearSeconds = page.clearChoices[index]
                Accessible.name: qsTr("Clear copied codes from the clipboard")
            }

            // The app lock. The PIN itself only ever goes to LockController.
            Label { text: qsTr("App lock"); font.weight: Font.DemiBold; Layout.topMargin: Theme.spacingL }
            Label {
                objectName: "lockStatus"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textOnSurfaceVariant
                text: page.lock.enabled ? qsTr("On: the app asks for your PIN when it starts.")
                                        : qsTr("Off: anyone holding your unlocked phone can see your codes.")
            }
            Button {
                objectName: "setPinButton"
                visible: !page.lock.enabled
                text: qsTr("Set a PIN…")
                onClicked: pinDialog.start("set")
            }
            RowLayout {
                visible: page.lock.enabled
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Button {
                    objectName: "changePinButton"
                    text: qsTr("Change PIN…")
                    onClicked: pinDialog.start("change")
                }
                Button {
                    objectName: "removePinButton"
                    text: qsTr("Remove PIN…")
                    onClicked: pinDialog.start("remove")
                }
            }
            Label {
                visible: page.lock.enabled
                text: qsTr("Lock again after time in the background")
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            ComboBox {
                id: relockBox
                objectName: "relockBox"
                visible: page.lock.enabled
                Layout.fillWidth: true
                model: page.relockChoices
                displayText: page.relockLabel(currentValue)
                delegate: PlainItemDelegate {
                    required property var modelData
                    required property int index
                    width: relockBox.width
                    text: page.relockLabel(modelData)
                    highlighted: relockBox.highlightedIndex === index
                }
                currentIndex: Math.max(0, page.relockChoices.indexOf(page.lock.relockMinutes))
                onActivated: index => {
                    const minutes = page.relockChoices[index]
                    if (!page.lock.needsPinForRelock(minutes)) {
                        page.lock.relockMinutes = minutes
                        return
                    }
                    // A longer delay loosens the lock: the PIN first.
                    currentIndex = Qt.binding(() => Math.max(0, page.relockChoices.indexOf(page.lock.relockMinutes)))
                    pinDialog.confirm(qsTr("Enter your PIN to lock less often"),
                                      pin => page.lock.setRelockMinutesWithPin(minutes, pin))
                }
                Accessible.name: qsTr("Lock again after time in the background")
            }
            Switch {
                objectName: "biometricSwitch"
                visible: page.lock.enabled && page.lock.biometricAvailable
                Layout.fillWidth: true
                text: qsTr("Unlock with fingerprint or face")
                checked: page.lock.biometricEnabled
                onToggled: {
                    const on = checked
                    checked = Qt.binding(() => page.lock.biometricEnabled)
                    if (!page.lock.needsPinForBiometric(on))
                        page.lock.biometricEnabled = on
                    else
                        pinDialog.confirm(qsTr("Enter your PIN to allow fingerprint or face unlock"),
                                          pin => page.lock.setBiometricEnabledWithPin(on, pin))
                }
            }

            Label { text: qsTr("Clock"); font.weight: Font.DemiBold; Layout.topMargin: Theme.spacingL }
            Button {
                objectName: "clockCheckButton"
                text: qsTr("Check clock…")
                onClicked: page.StackView.view.push(Qt.resolvedUrl("ClockCheckPage.qml"), { app: page.app })
            }
        }
    }
}
