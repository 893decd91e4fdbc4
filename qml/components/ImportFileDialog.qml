import QtQuick
import SoftToken
import QtQuick.Dialogs

// Picks another app's export (or a SoftToken backup). The format is recognised from the content,
// so every file may be chosen.
FileDialog {
    title: qsTr("Choose the export file to import")
    nameFilters: [qsTr("Exports (*.json *.txt *.csv *.2fas *.aes *.stbackup *.vault)"), qsTr("All files (*)")]
}
