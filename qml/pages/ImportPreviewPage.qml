import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Layouts

// What an import found, before anything is saved: the tokens (duplicates of saved tokens are
// skipped, with the reason) and the entries that cannot be imported (with the importer's reason).
// Import stores the new tokens with one save; Cancel (or ←) stores nothing.
Page {
    id: page

    required property AppController app
    readonly property ImportFlow flow: app.importFlow

    title: qsTr("Import preview")

    StackView.onRemoved: if (flow.state === ImportFlow.Preview) flow.cancel()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.pageMargin
        spacing: Theme.spacingS

        Label {
            objectName: "foundLabel"
            Layout.fillWidth: true
            text: qsTr("%n token(s) found", "", page.flow.foundCount)
            font.pixelSize: Theme.titleLarge
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            objectName: "formatLabel"
            Layout.fillWidth: true
            text: page.flow.formatName
            color: Theme.textOnSurfaceVariant
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            objectName: "summaryLabel"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: {
                const parts = [qsTr("%n new", "", page.flow.newCount)]
                if (page.flow.duplicateCount > 0)
                    parts.push(qsTr("%n already saved (skipped)", "", page.flow.duplicateCount))
                if (page.flow.unsupportedCount > 0)
                    parts.push(qsTr("%n not supported", "", page.flow.unsupportedCount))
                return parts.join(qsTr(", "))
            }
        }

        ListView {
            id: list
            objectName: "previewList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.topMargin: Theme.spacingS
            clip: true
            model: page.flow.preview
            spacing: Theme.spacingXxs
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: row
                required property string issuer
                required property string account
                required property string type
                required property int status
                required property string note
                required property string detail
                width: ListView.view.width
                implicitHeight: rowColumn.implicitHeight + 2 * Theme.spacingS
                color: status === ImportPreviewModel.New ? "transparent" : Theme.surfaceContainerHighest
                radius: Theme.radiusExtraSmall
                Accessible.role: Accessible.ListItem
                Accessible.name: [issuer, account, type, note, detail].filter(s => s !== "").join(", ")

                ColumnLayout {
                    id: rowColumn
                    x: Theme.spacingS
                    y: Theme.spacingS
                    width: parent.width - 2 * Theme.spacingS
                    spacing: Theme.spacingXxs
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: row.issuer !== "" ? row.issuer : row.account
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                            opacity: row.status === ImportPreviewModel.New ? 1 : 0.6
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: row.status === ImportPreviewModel.Unsupported ? qsTr("Not supported") : row.type
                            font.pixelSize: Theme.bodySmall
                            color: Theme.textOnSurfaceVariant
                        }
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        visible: row.issuer !== "" && row.account !== ""
                        text: row.account
                        elide: Text.ElideRight
                        color: Theme.textOnSurfaceVariant
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        visible: row.note !== ""
                        text: row.note
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.bodySmall
                        color: row.status === ImportPreviewModel.Unsupported ? Theme.error : Theme.warning
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        visible: row.detail !== ""
                        text: row.detail
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.bodySmall
                        color: Theme.textOnSurfaceVariant
                    }
                }
            }
        }

        Label {
            textFormat: Text.PlainText
            objectName: "previewError"
            Layout.fillWidth: true
            visible: text !== ""
            text: page.flow.error
            color: Theme.error
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            visible: page.flow.newCount === 0
            text: qsTr("Nothing new to import.")
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            Button {
                objectName: "previewCancelButton"
                text: page.flow.newCount > 0 ? qsTr("Cancel") : qsTr("Close")
                flat: true
                onClicked: page.flow.cancel()
            }
            Button {
                objectName: "importTokensButton"
                visible: page.flow.newCount > 0
                text: qsTr("Import %n token(s)", "", page.flow.newCount)
                highlighted: true
                onClicked: page.flow.confirm()  // an error stays on this page (previewError)
            }
        }
    }
}
