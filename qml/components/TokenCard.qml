import QtQuick
import SoftToken

// One token, big: what the user reads and types. In registration mode the serial number is
// shown above the one-time password, like the back and front of a hardware token.
// Plain Qt Quick, no Controls or Layouts: this is the start screen (Theme.qml).
Column {
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
    required property string serialSource  // "From your bank" / "Made by SoftToken from the key"
    required property string error

    property bool registrationMode: false
    property bool showNextCode: true
    property bool tapToCopy: true

    signal copyCodeRequested()
    signal copySerialRequested()
    signal nextHotpRequested()

    spacing: Theme.spacingM
    onRegistrationModeChanged: if (registrationMode) serialLoader.active = true
    Component.onCompleted: if (registrationMode) serialLoader.active = true

    Text {
        textFormat: Text.PlainText
        width: card.width
        text: card.issuer
        color: Theme.textOnSurface
        font.pixelSize: Theme.titleLarge
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignHCenter
        elide: Text.ElideRight
        visible: text !== ""
    }
    Text {
        textFormat: Text.PlainText
        width: card.width
        text: card.account
        color: Theme.textOnSurfaceVariant
        font.pixelSize: Theme.bodyLarge
        horizontalAlignment: Text.AlignHCenter
        elide: Text.ElideMiddle
        visible: text !== ""
    }

    Column {
        width: card.width
        topPadding: Theme.spacingS
        spacing: Theme.spacingM

        // Serial number (registration mode only)
        Panel {
            objectName: "serialFrame"
            visible: card.registrationMode
            // Its contents are created the first time registration mode is on (start-up).
            Loader {
                id: serialLoader
                width: parent.width
                active: false
                sourceComponent: Column {
                    spacing: Theme.spacingXs
                    Text {
                        text: qsTr("Serial number")
                        color: Theme.textOnSurfaceVariant
                        font.pixelSize: Theme.bodyMedium
                    }
                    Item {
                        width: parent.width
                        height: Math.max(serialView.implicitHeight, copySerialButton.implicitHeight)
                        CodeView {
                            id: serialView
                            objectName: "serialView"
                            anchors.left: parent.left
                            anchors.right: copySerialButton.left
                            anchors.verticalCenter: parent.verticalCenter
                            text: card.serial
                            spoken: card.spokenSerial
                            role: qsTr("Serial number")
                            font.pixelSize: Theme.headlineMedium
                            onActivated: if (card.tapToCopy) card.copySerialRequested()
                        }
                        TextButton {
                            id: copySerialButton
                            objectName: "copySerialButton"
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            text: qsTr("Copy")
                            Accessible.name: qsTr("Copy serial number")
                            onClicked: card.copySerialRequested()
                        }
                    }
                    Text {
                        objectName: "serialSource"
                        width: parent.width
                        text: card.serialSource
                        textFormat: Text.PlainText
                        color: Theme.textOnSurfaceVariant
                        font.pixelSize: Theme.bodySmall
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        // One-time password
        Panel {
            Column {
                width: parent.width
                spacing: Theme.spacingS
                Text {
                    text: qsTr("One-time password")
                    color: Theme.textOnSurfaceVariant
                    font.pixelSize: Theme.bodyMedium
                }
                CodeView {
                    objectName: "codeView"
                    width: parent.width
                    text: card.error !== "" ? "" : card.groupedCode
                    spoken: card.spokenCode
                    font.pixelSize: Theme.displayLarge
                    onActivated: if (card.tapToCopy) card.copyCodeRequested()
                }
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    visible: card.error !== ""
                    text: card.error
                    color: Theme.error
                    font.pixelSize: Theme.bodyMedium
                    wrapMode: Text.Wrap
                }
                Item {
                    width: parent.width
                    height: 56
                    CountdownRing {
                        id: ring
                        objectName: "countdown"
                        visible: !card.isHotp
                        width: 56
                        height: 56
                        // The issuer's font: one fewer to load before the first code.
                        numberPixelSize: Theme.titleLarge
                        secondsRemaining: card.secondsRemaining
                        period: card.period
                    }
                    // The next code only in the last seconds: before that it only distracts. Created
                    // then, so its font is not loaded before the first code.
                    Loader {
                        anchors.left: ring.right
                        anchors.leftMargin: Theme.spacingM
                        anchors.right: copyCodeButton.left
                        anchors.rightMargin: Theme.spacingM
                        anchors.verticalCenter: parent.verticalCenter
                        active: !card.isHotp && card.showNextCode && card.secondsRemaining <= 10
                        sourceComponent: Text {
                            textFormat: Text.PlainText
                            objectName: "nextCodeLabel"
                            text: qsTr("Next: %1").arg(card.nextCode)
                            color: Theme.textOnSurfaceVariant
                            font.family: Theme.monoFamily
                            font.pixelSize: Theme.titleMedium
                            elide: Text.ElideRight
                            Accessible.role: Accessible.StaticText
                            Accessible.name: qsTr("Next code: %1").arg(card.nextCode.split("").filter(c => c !== " ").join(" "))
                        }
                    }
                    // Counter-based tokens only: not created for the usual time-based one.
                    Loader {
                        anchors.right: copyCodeButton.left
                        anchors.rightMargin: Theme.spacingM
                        anchors.verticalCenter: parent.verticalCenter
                        active: card.isHotp
                        sourceComponent: TextButton {
                            objectName: "nextHotpButton"
                            text: qsTr("Next code")
                            onClicked: card.nextHotpRequested()
                        }
                    }
                    TextButton {
                        id: copyCodeButton
                        objectName: "copyCodeButton"
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        text: qsTr("Copy")
                        highlighted: true
                        enabled: card.error === ""
                        Accessible.name: qsTr("Copy one-time password")
                        onClicked: card.copyCodeRequested()
                    }
                }
            }
        }
    }

    // Material's Frame, drawn with a Rectangle: a thin border, 12-px padding. Square corners
    // (Material's are 2 px): a rounded rectangle needs its own antialiasing shader, one more to
    // compile before the first code (docs/ui.md, Performance).
    component Panel: Rectangle {
        default property alias content: inner.data
        width: card.width
        height: inner.childrenRect.height + 2 * Theme.spacingM
        color: "transparent"
        border.color: Theme.outlineVariant
        Item {
            id: inner
            x: Theme.spacingM
            y: Theme.spacingM
            width: parent.width - 2 * Theme.spacingM
        }
    }
}
