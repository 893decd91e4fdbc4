import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// Shows a scanned or typed token before anything is saved: issuer, account, type, serial and
// its first code, and what to do if it duplicates a saved token.
Dialog {
    font: Theme.controlsFont
    id: sheet

    property PendingToken pending

    signal confirmed(int action)

    modal: true
    Material.background: Theme.surfaceContainerHigh
    Overlay.modal: Rectangle { color: Theme.scrim }  // Material's is a light wash in dark
    title: qsTr("Add this token?")
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spacingL : 360, 480)
    closePolicy: Popup.CloseOnEscape

    contentItem: ColumnLayout {
        spacing: Theme.spacingS
        component Field: ColumnLayout {
            property alias label: caption.text
            property alias value: content.text
            property alias valueFont: content.font
            visible: content.text !== ""
            spacing: 0
            Layout.fillWidth: true
            Label { textFormat: Text.PlainText; id: caption; color: Theme.textOnSurfaceVariant; font.pixelSize: Theme.bodySmall }
            Label { textFormat: Text.PlainText; id: content; Layout.fillWidth: true; wrapMode: Text.Wrap; font.pixelSize: Theme.bodyLarge }
        }
        Field { label: qsTr("Issuer"); value: sheet.pending ? sheet.pending.issuer : "" }
        Field { label: qsTr("Account"); value: sheet.pending ? sheet.pending.account : "" }
        Field { label: qsTr("Type"); value: sheet.pending ? sheet.pending.typeText : "" }
        Field {
            objectName: "pendingSerial"
            label: qsTr("Serial number")
            value: sheet.pending ? sheet.pending.serial : ""
            valueFont.family: Theme.monoFamily
        }
        Label {
            // Only a serial the issuer assigned is known to the bank: say which this is.
            objectName: "pendingSerialSource"
            Layout.fillWidth: true
            Layout.topMargin: -Theme.spacingXs
            visible: text !== ""
            text: sheet.pending ? sheet.pending.serialSource : ""
            textFormat: Text.PlainText
            font.pixelSize: Theme.bodySmall
            color: Theme.textOnSurfaceVariant
            wrapMode: Text.Wrap
        }
        Field {
            objectName: "pendingCode"
            label: qsTr("First code")
            value: sheet.pending ? sheet.pending.firstCode : ""
            valueFont.family: Theme.monoFamily
            valueFont.pixelSize: Theme.headlineMedium
            Accessible.name: qsTr("First code") + ": " + (sheet.pending ? sheet.pending.spokenFirstCode : "")
        }
        Label {
            textFormat: Text.PlainText
            objectName: "duplicateWarning"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            visible: sheet.pending && sheet.pending.duplicateText !== ""
            text: sheet.pending ? sheet.pending.duplicateText : ""
            color: Theme.error
            wrapMode: Text.Wrap
        }
    }

    footer: DialogButtonBox {
        Material.foreground: Theme.primary  // its text buttons (Material: the accent)
        Button {
            objectName: "cancelAddButton"
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "replaceButton"
            // Only for the same secret: a QR code that merely repeats a saved token's serial
            // must not be able to overwrite it (docs/threat-model.md, M-1).
            visible: sheet.pending && sheet.pending.canReplace
            text: qsTr("Replace")
            flat: true
            onClicked: sheet.confirmed(AppController.ReplaceDuplicate)
        }
        Button {
            objectName: "addButton"
            text: sheet.pending && sheet.pending.duplicateText !== "" ? qsTr("Keep both") : qsTr("Add")
            flat: true
            onClicked: sheet.confirmed(AppController.AddNew)
        }
    }
}
