import QtQuick
import QtQuick.Dialogs

// Where to write an export. The file is written atomically and readable by its owner only.
FileDialog {
    title: qsTr("Save the export as")
    fileMode: FileDialog.SaveFile
}
