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

    required property AddTokenFlow flow
    required property ImportFlow importFlow
    required property CameraAccess cameraAccess
    required property string virtualCamera
    required property Navigation navigation

    title: qsTr("Scan QR code")

    ScanController {
        id: scanner
        objectName: "scanController"
        target: page.flow
        virtualCamera: page.virtualCamera
        videoSink: viewfinder.videoSink // qmllint disable type
    }

    Connections {
        target: page.flow
        // The confirmation sheet was answered with Cancel: look for a code again.
        function onPendingDiscarded() { scanner.scanning = true }
    }
    Connections {
        target: page.importFlow
        // The import preview of a Google Authenticator export was cancelled: scan again.
        function onPreviewClosed(imported) {
            if (!imported)
                scanner.scanning = true
        }
    }

    // The camera's torch, while a camera is open.
    property bool torchSupported: false
    property bool torchOn: false
    Loader {
        id: cameraLoader
        active: !scanner.usesVirtualCamera && page.cameraAccess.granted
                && scanner.cameraState === ScanController.Available
        onActiveChanged: if (!active) page.torchSupported = page.torchOn = false
        // qmllint disable unqualified
        // (Qt 6.4's Loader cannot load components bound to their file, pragma ComponentBehavior:
        // Bound, so qmllint cannot see that the ids used in this one are in scope.)
        sourceComponent: CaptureSession {
            videoOutput: viewfinder
            camera: Camera {
                id: camera
                active: true
                torchMode: page.torchOn ? Camera.TorchOn : Camera.TorchOff
                Component.onCompleted: {
                    page.torchSupported = isTorchModeSupported(Camera.TorchOn)
                    scanner.checkCamera(camera)
                }
            }
        }
        // qmllint enable unqualified
    }

    Component.onCompleted: scanner.start()
    Component.onDestruction: {
        scanner.stop()
        page.importFlow.resetBatch()  // parts of an export are collected on this page only
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
                visible: page.torchSupported
                checkable: true
                text: qsTr("Light", "camera torch")
                Accessible.name: checked ? qsTr("Turn the light off") : qsTr("Turn the light on")
                onToggled: page.torchOn = checked
            }
            // No camera permission (Android): why the camera is needed and a button
            // that asks, or, once refused for good, how to allow it in the system settings.
            // The fallbacks below stay available.
            Rectangle {
                objectName: "permissionPanel"
                anchors.fill: parent
                visible: !scanner.usesVirtualCamera && !page.cameraAccess.granted
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
                        text: page.cameraAccess.explanation
                        color: Theme.textOnMediaBackdrop
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                    }
                    Button {
                        objectName: "allowCameraButton"
                        Layout.alignment: Qt.AlignHCenter
                        visible: page.cameraAccess.canAsk
                        text: qsTr("Allow camera")
                        highlighted: true
                        onClicked: page.cameraAccess.request()
                    }
                }
            }
        }
        Label {
            textFormat: Text.PlainText
            objectName: "batchProgress"
            Layout.fillWidth: true
            visible: text !== ""
            text: page.importFlow.batchProgress
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
            onClicked: page.navigation.open(Navigation.PickImage)
        }
        Button {
            Layout.fillWidth: true
            text: qsTr("Paste from clipboard")
            onClicked: {
                const error = page.flow.pasteFromClipboard()
                if (error !== "")
                    page.navigation.showMessage(error)
            }
        }
        Button {
            Layout.fillWidth: true
            text: qsTr("Enter key manually")
            flat: true
            onClicked: {
                page.navigation.close(Navigation.Scan)  // replaced, not stacked
                page.navigation.open(Navigation.ManualEntry)
            }
        }
        Item { Layout.fillHeight: true }
    }
}
