import QtQuick
import QtQuick.Controls

// An ItemDelegate (a ComboBox row) whose text is drawn as plain text. The style's own label
// guesses the format (Text.AutoText), so a name like "<img src=...>" would be rendered as HTML
// and its image fetched.
ItemDelegate {
    id: delegate
    contentItem: Label {
        text: delegate.text
        textFormat: Text.PlainText
        font: delegate.font
        elide: Text.ElideRight
        verticalAlignment: Text.AlignVCenter
    }
}
