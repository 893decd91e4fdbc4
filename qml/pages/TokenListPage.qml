import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// Several tokens: a searchable list with copy, open, rename, reorder and delete (with undo).
Page {
    id: page

    required property AppController app

    signal openToken(var tokenId)
    signal message(string text)
    signal deleted(string name)

    title: app.settings.registrationMode ? qsTr("Registration mode") : qsTr("SoftToken")

    TokenFilterModel {
        id: filtered
        sourceModel: page.app.tokens
        query: search.text
    }

    header: Pane {
        padding: Theme.spacingS
        TextField {
            id: search
            objectName: "searchField"
            width: parent.width
            placeholderText: qsTr("Search tokens")
            Accessible.name: qsTr("Search tokens")
            inputMethodHints: Qt.ImhNoPredictiveText
        }
    }

    ListView {
        id: list
        objectName: "tokenList"
        anchors.fill: parent
        clip: true
        model: filtered
        // The row being dragged, for the drop marker.
        property Item draggedRow: null

        delegate: TokenRow {
            id: tokenRow
            onDraggingChanged: list.draggedRow = dragging ? tokenRow : null
            registrationMode: page.app.settings.registrationMode
            tapToCopy: page.app.settings.tapToCopy
            isFirst: index === 0
            isLast: index === list.count - 1
            // While searching, the visible order is not the saved one: no dragging then.
            reorderable: search.text === ""
            onCopyRequested: {
                page.app.clipboard.copyCode(groupedCode)
                page.message(qsTr("One-time password copied"))
            }
            onOpenRequested: page.openToken(tokenId)
            onRenameRequested: renameDialog.ask(tokenId, issuer, account)
            onDeleteRequested: deleteDialog.ask(tokenId, issuer !== "" ? issuer : account)
            // One call, so one save, however far the row moved (menu: ±1; drag: any).
            onMoveRequested: delta => {
                const from = filtered.sourceRow(index)
                const to = filtered.sourceRow(Math.max(0, Math.min(list.count - 1, index + delta)))
                const error = page.app.tokens.move(from, to)
                if (error !== "")
                    page.message(error)
            }
        }
        // Where a dragged row lands: a line above (moving up) or below (moving down) that row.
        Rectangle {
            objectName: "dropMarker"
            parent: list.contentItem
            readonly property Item row: list.draggedRow
            visible: row !== null && row.dropOffset !== 0
            z: 3
            width: list.width
            height: 3
            color: page.palette.highlight
            y: row === null ? 0 : row.dragStartY + row.dropOffset * row.height
                                  + (row.dropOffset > 0 ? row.height - height : 0)
        }
        Label {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("No token matches “%1”").arg(search.text)
            color: Theme.textOnSurfaceVariant
        }
    }

    Dialog {
        font: Theme.controlsFont
        id: renameDialog
        objectName: "renameDialog"
        property var tokenId: 0
        function ask(id, issuer, account) {
            tokenId = id
            issuerField.text = issuer
            accountField.text = account
            renameError.text = ""
            open()
        }
        title: qsTr("Rename token")
        modal: true
        Material.background: Theme.surfaceContainerHigh
        Overlay.modal: Rectangle { color: Theme.scrim }  // Material's is a light wash in dark
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.spacingL, 420)
        contentItem: ColumnLayout {
            Label { text: qsTr("Issuer") }
            TextField { id: issuerField; objectName: "renameIssuerField"; Layout.fillWidth: true; Accessible.name: qsTr("Issuer") }
            Label { text: qsTr("Account") }
            TextField { id: accountField; objectName: "renameAccountField"; Layout.fillWidth: true; Accessible.name: qsTr("Account") }
            Label { textFormat: Text.PlainText; id: renameError; objectName: "renameError"; visible: text !== ""; color: Theme.error; wrapMode: Text.Wrap; Layout.fillWidth: true }
        }
        footer: DialogButtonBox {
            Material.foreground: Theme.primary  // its text buttons (Material: the accent)
            Button { text: qsTr("Cancel"); flat: true; DialogButtonBox.buttonRole: DialogButtonBox.RejectRole }
            Button {
                objectName: "saveRenameButton"
                text: qsTr("Save")
                flat: true
                onClicked: {
                    renameError.text = page.app.tokens.rename(renameDialog.tokenId, issuerField.text, accountField.text)
                    if (renameError.text === "")
                        renameDialog.close()
                }
            }
        }
    }

    Dialog {
        font: Theme.controlsFont
        id: deleteDialog
        objectName: "deleteDialog"
        property var tokenId: 0
        property string name: ""
        function ask(id, tokenName) {
            tokenId = id
            name = tokenName
            open()
        }
        title: qsTr("Delete “%1”?").arg(name)
        // The style's title label guesses the format: the name is drawn as plain text here.
        header: Label {
            text: deleteDialog.title
            textFormat: Text.PlainText
            elide: Text.ElideRight
            font.bold: true
            font.pixelSize: Theme.titleLarge
            padding: Theme.spacingXl
            bottomPadding: 0
        }
        modal: true
        Material.background: Theme.surfaceContainerHigh
        Overlay.modal: Rectangle { color: Theme.scrim }  // Material's is a light wash in dark
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.spacingL, 420)
        // In a layout, so the label's wrapped height is worked out when the layout is polished,
        // not while the dialog's implicitHeight binding reads it: the page's width changes a few
        // times as the window is laid out, and a Label sized by availableWidth made that a
        // binding loop.
        contentItem: ColumnLayout {
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: qsTr("Without this token you cannot sign in to %1 until you register a new one with your bank.").arg(deleteDialog.name)
                wrapMode: Text.Wrap
            }
        }
        footer: DialogButtonBox {
            Material.foreground: Theme.primary  // its text buttons (Material: the accent)
            Button { text: qsTr("Cancel"); flat: true; DialogButtonBox.buttonRole: DialogButtonBox.RejectRole }
            Button {
                objectName: "confirmDeleteButton"
                text: qsTr("Delete")
                flat: true
                onClicked: {
                    deleteDialog.close()
                    const error = page.app.tokens.remove(deleteDialog.tokenId)
                    if (error !== "")
                        page.message(error)
                    else
                        page.deleted(deleteDialog.name)
                }
            }
        }
    }
}
