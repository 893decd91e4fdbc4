import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// Sits above everything (pages, the ≡ menu, sheets) and takes all input while
//  - the app lock is locked: the lock screen (LockPage), or
//  - the app is not in front (app.obscured, PrivacyShield): an opaque cover with the app's icon
//    and name, so app-switcher thumbnails and screen shares show no code or serial.
// Main.qml also hides its own content while `covering`, so nothing behind it is rendered or
// reachable by accessibility tools.
Popup {
    font: Theme.controlsFont
    id: overlay

    required property AppController app
    readonly property bool locked: app.lock.locked
    readonly property bool covering: locked || app.obscured

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    z: 10000
    padding: 0
    modal: true
    dim: false
    focus: true
    closePolicy: Popup.NoAutoClose
    visible: covering
    enter: null
    exit: null

    background: Rectangle { color: overlay.Material.backgroundColor }

    contentItem: Loader {
        objectName: "lockOverlayLoader"
        focus: true
        // Nothing (not even the cover's icon) is loaded until the overlay is first needed.
        active: overlay.covering
        sourceComponent: overlay.locked ? lockScreen : cover
    }

    Component {
        id: lockScreen
        // By URL: the lock screen's types are compiled only when a PIN is set and locks.
        Loader {
            focus: true
            Component.onCompleted: setSource("LockPage.qml", { objectName: "lockPage", app: overlay.app,
                                                               focus: true })
        }
    }
    Component {
        id: cover
        Item {
            objectName: "privacyCover"
            ColumnLayout {
                anchors.centerIn: parent
                spacing: Theme.spacingM
                Image {
                    Layout.alignment: Qt.AlignHCenter
                    source: "qrc:/SoftToken/app_icon.png"
                    sourceSize.width: 96
                    sourceSize.height: 96
                    Accessible.ignored: true
                }
                Label {
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("SoftToken")
                    font.pixelSize: Theme.titleLarge
                    font.weight: Font.DemiBold
                }
            }
        }
    }
}
