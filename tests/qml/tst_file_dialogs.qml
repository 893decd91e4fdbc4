import QtQuick
import QtTest
import SoftToken

// Opens each file dialog the app uses. Where the platform has no native dialog (offscreen, plain
// X11), Qt 6.4 falls back to a QML dialog that needs Qt.labs.folderlistmodel; without that
// package the dialog fails to load and the app crashed when the user tapped "Import file".
TestCase {
    id: testCase
    name: "FileDialogs"
    when: windowShown
    width: 390
    height: 844

    Component { id: importDialog; ImportFileDialog {} }
    Component { id: imageDialog; ImageFileDialog {} }
    Component { id: exportDialog; ExportFileDialog {} }

    function test_dialogsOpenAndClose_data() {
        return [
            { tag: "import file", component: importDialog },
            { tag: "QR image", component: imageDialog },
            { tag: "export file", component: exportDialog },
        ]
    }

    function test_dialogsOpenAndClose(data) {
        const dialog = createTemporaryObject(data.component, testCase)
        verify(dialog, "the dialog component loads")
        verify(dialog.title.length > 0, "the dialog says what to choose")
        dialog.open()
        tryCompare(dialog, "visible", true)
        dialog.reject()
        tryCompare(dialog, "visible", false)
    }
}
