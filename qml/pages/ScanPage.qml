import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import SoftToken
import SoftToken.Scan

// Scanning: the camera (or --virtual-camera) preview with a viewfinder; frames are decoded by
// ScanController off the GUI thread. When no camera can be used, the page says why and offers
// the fallbacks: import an image, paste, or enter the key manually.
Page {
    id: page

    required property AppController app

    signal importRequested()
    signal manualRequested()
    signal message(string text)

    title: qsTr("Scan QR code")

    ScanController {
        id: scanner
        objectName: "scanController"
        target: page.app
        virtualCamera: page.app.virtualCamera
        videoSink: viewfinder.videoSink
    }

    Connections {
        target: page.app
        // The confirmation sheet was answered with Cancel: look for a code again.
        function onPendingDiscarded() { scanner.scanning = true }
    }
    Connections {
        target: page.app.importFlow
        // The import preview of a Google Authenticator export was cancelled: scan again.
        function onPreviewClosed(imported) {
            if (!imported)
                scanner.scanning = true
        }
    }

    Loader {
        id: cameraLoader
        active: !scanner.usesVirtualCamera && page.app.camera.granted
                && scanner.cameraState === ScanController.Available
        sourceComponent: CaptureSession {
            id: session
            property alias torchOn: camera.torchOn
            property alias torchSupported: camera.torchSupported
            videoOutput: viewfinder
            camera: Camera {
                id: camera
                property bool torchSupported: isTorchModeSupported(Camera.TorchOn)
                property bool torchOn: false
                active: true
                torchMode: torchOn ? Camera.TorchOn : Camera.TorchOff
                Component.onCompleted: scanner.checkCamera(camera)
            }
        }
    }

    Component.onCompleted: scanner.start()
    Component.onDestruction: {
        scanner.stop()
        page.app.importFlow.resetBatch()  // parts of an export are collected on this page only
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.pageMargin
        spacing: Theme.spacingM

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: width
            color: Theme.mediaBackdrop
            radius: Theme.radiusSmall
            clip: true

            VideoOutput {
                id: viewfinder
                objectName: "viewfinder"
                anchors.fill: parent
                fillMode: VideoOutput.PreserveAspectCrop
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Camera preview")
            }
            Rectangle {
                anchors.centerIn: parent
                width: parent.width * 0.65
                height: width
                color: "transparent"
                border.color: Theme.textOnMediaBackdrop
                border.width: 3
                radius: Theme.radiusMedium
            }
            Label {
                textFormat: Text.PlainText
                objectName: "cameraMessage"
                anchors.bottom: parent.bottom
                anchors.bottomMargin: Theme.spacingM
                anchors.horizontalCenter: parent.horizontalCenter
                width: parent.width - 2 * Theme.spacingM
                visible: text !== ""
                text: scanner.cameraMessage
                color: Theme.textOnMediaBackdrop
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
            RoundButton {
                anchors.top: parent.top
                anchors.right: parent.right
                anchors.margins: Theme.spacingS
                visible: cameraLoader.item !== null && cameraLoader.item.torchSupported
                checkable: true
                text: qsTr("Light", "camera torch")
                Accessible.name: checked ? qsTr("Turn the light off") : qsTr("Turn the light on")
                onToggled: cameraLoader.item.torchOn = checked
            }
            // No camera permission (Android): why the camera is needed and a button
            // that asks, or, once refused for good, how to allow it in the system settings.
            // The fallbacks below stay available.
            Rectangle {
                objectName: "permissionPanel"
                anchors.fill: parent
                visible: !scanner.usesVirtualCamera && !page.app.camera.granted
                color: Theme.mediaBackdrop
                radius: Theme.radiusSmall
                ColumnLayout {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacingXl
                    spacing: Theme.spacingL
                    Label {
                        textFormat: Text.PlainText
                        objectName: "permissionText"
                        Layout.fillWidth: true
                        text: page.app.camera.explanation
                        color: Theme.textOnMediaBackdrop
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                    }
                    Button {
                        objectName: "allowCameraButton"
                        Layout.alignment: Qt.AlignHCenter
                        visible: page.app.camera.canAsk
                        text: qsTr("Allow camera")
                        highlighted: true
                        onClicked: page.app.camera.request()
                    }
                }
            }
        }
        Label {
            textFormat: Text.PlainText
            objectName: "batchProgress"
            Layout.fillWidth: true
            visible: text !== ""
            text: page.app.importFlow.batchProgress
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            textFormat: Text.PlainText
            objectName: "scanMessage"
            Layout.fillWidth: true
            // A decoded code's message first, then how to help with a code in view that does
            // not decode, else the instruction.
            text: scanner.message !== "" ? scanner.message
                : scanner.hint !== "" ? scanner.hint
                : qsTr("Scan the QR code shown by your bank")
            color: scanner.message !== "" ? Theme.error
                : scanner.hint !== "" ? Theme.warning : Theme.textOnSurface
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Button {
            Layout.fillWidth: true
            text: qsTr("Import image")
            onClicked: page.importRequested()
        }
        Button {
            Layout.fillWidth: true
            text: qsTr("Paste from clipboard")
            onClicked: {
                const error = page.app.pasteFromClipboard()
                if (error !== "")
                    page.message(error)
            }
        }
        Button {
            Layout.fillWidth: true
            text: qsTr("Enter key manually")
            flat: true
            onClicked: page.manualRequested()
        }
        Item { Layout.fillHeight: true }
    }
}
