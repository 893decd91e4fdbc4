import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// One token, big: what the user reads and types. In registration mode the serial number is
// shown above the one-time password, like the back and front of a hardware token.
ColumnLayout {
    id: card

    required property string issuer
    required property string account
    required property string groupedCode
    required property string spokenCode
    required property string nextCode
    required property int secondsRemaining
    required property int period
    required property bool isHotp
    required property string serial
    required property string spokenSerial
    required property string error

    property bool registrationMode: false
    property bool showNextCode: true
    property bool tapToCopy: true

    signal copyCodeRequested()
    signal copySerialRequested()
    signal nextHotpRequested()

    spacing: 12
    onRegistrationModeChanged: if (registrationMode) serialLoader.active = true
    Component.onCompleted: if (registrationMode) serialLoader.active = true

    Label {
        Layout.fillWidth: true
        text: card.issuer
        font.pixelSize: 22
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignHCenter
        elide: Text.ElideRight
        visible: text !== ""
    }
    Label {
        Layout.fillWidth: true
        text: card.account
        font.pixelSize: 16
        opacity: 0.7
        horizontalAlignment: Text.AlignHCenter
        elide: Text.ElideMiddle
        visible: text !== ""
    }

    // Serial number (registration mode only)
    Frame {
        objectName: "serialFrame"
        Layout.fillWidth: true
        Layout.topMargin: 8
        visible: card.registrationMode
        // Its contents are created the first time registration mode is on (start-up).
        Loader {
            id: serialLoader
            anchors.fill: parent
            active: false
            sourceComponent: ColumnLayout {
                Label {
                    text: qsTr("Serial number")
                    font.pixelSize: 14
                    opacity: 0.7
                }
                RowLayout {
                    Layout.fillWidth: true
                    CodeView {
                        objectName: "serialView"
                        Layout.fillWidth: true
                        text: card.serial
                        spoken: card.spokenSerial
                        role: qsTr("Serial number")
                        font.pixelSize: 30
                        onActivated: if (card.tapToCopy) card.copySerialRequested()
                    }
                    Button {
                        objectName: "copySerialButton"
                        text: qsTr("Copy")
                        flat: true
                        Accessible.name: qsTr("Copy serial number")
                        onClicked: card.copySerialRequested()
                    }
                }
            }
        }
    }

    // One-time password
    Frame {
        Layout.fillWidth: true
        Layout.topMargin: card.registrationMode ? 0 : 8
        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            Label {
                text: qsTr("One-time password")
                font.pixelSize: 14
                opacity: 0.7
            }
            CodeView {
                objectName: "codeView"
                Layout.fillWidth: true
                text: card.error !== "" ? "" : card.groupedCode
                spoken: card.spokenCode
                font.pixelSize: 52
                onActivated: if (card.tapToCopy) card.copyCodeRequested()
            }
            Label {
                Layout.fillWidth: true
                visible: card.error !== ""
                text: card.error
                color: "#d84315"
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                CountdownRing {
                    objectName: "countdown"
                    visible: !card.isHotp
                    Layout.preferredWidth: 56
                    Layout.preferredHeight: 56
                    secondsRemaining: card.secondsRemaining
                    period: card.period
                }
                Label {
                    objectName: "nextCodeLabel"
                    Layout.fillWidth: true
                    // The next code only in the last seconds: before that it only distracts.
                    visible: !card.isHotp && card.showNextCode && card.secondsRemaining <= 10
                    text: qsTr("Next: %1").arg(card.nextCode)
                    font.family: "DejaVu Sans Mono"
                    font.pixelSize: 18
                    opacity: 0.8
                    Accessible.name: qsTr("Next code: %1").arg(card.nextCode.split("").filter(c => c !== " ").join(" "))
                }
                Item {
                    Layout.fillWidth: true
                    visible: card.isHotp || !card.showNextCode || card.secondsRemaining > 10
                }
                Loader {  // HOTP only: not created for time-based tokens
                    active: card.isHotp
                    visible: card.isHotp
                    sourceComponent: Button {
                        objectName: "nextHotpButton"
                        text: qsTr("Next code")
                        onClicked: card.nextHotpRequested()
                    }
                }
                Button {
                    id: copyCodeButton
                    objectName: "copyCodeButton"
                    text: qsTr("Copy")
                    highlighted: true
                    enabled: card.error === ""
                    Accessible.name: qsTr("Copy one-time password")
                    onClicked: card.copyCodeRequested()
                    // Material's colours without its raised look: that is a layer plus three
                    // shadow shaders, drawn again with every frame of the countdown, and cost
                    // ~10 ms before the first code and 2 MB (docs/ui.md, Performance).
                    background: Rectangle {
                        implicitWidth: 64
                        implicitHeight: copyCodeButton.Material.buttonHeight
                        radius: 2
                        color: !copyCodeButton.enabled ? copyCodeButton.Material.buttonDisabledColor
                             : copyCodeButton.down ? Qt.darker(copyCodeButton.Material.highlightedButtonColor, 1.2)
                             : copyCodeButton.Material.highlightedButtonColor
                    }
                }
            }
        }
    }
}
