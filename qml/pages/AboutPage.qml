import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Layouts

Page {
    id: page

    required property AppController app

    title: qsTr("About")

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingL
        clip: true

        ColumnLayout {
            id: column
            x: Theme.pageMargin
            y: Theme.spacingL
            width: parent.width - 2 * Theme.pageMargin
            spacing: Theme.spacingS

            Label {
                text: qsTr("SoftToken")
                font.pixelSize: Theme.headlineSmall
                font.weight: Font.DemiBold
            }
            Label {
                textFormat: Text.PlainText
                objectName: "versionLabel"
                text: qsTr("Version %1").arg(page.app.version)
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("A software token for one-time passwords (TOTP and HOTP). Your secret keys are encrypted on this device and never leave it.")
                wrapMode: Text.Wrap
            }
            Label {
                Layout.topMargin: Theme.spacingL
                text: qsTr("Open-source software used")
                font.weight: Font.DemiBold
            }
            Repeater {
                model: [
                    { name: "Qt 6", license: "LGPL-3.0-only", url: "https://www.qt.io/" },
                    { name: "OpenSSL 3", license: "Apache-2.0", url: "https://www.openssl.org/" },
                    { name: "ZXing-C++", license: "Apache-2.0", url: "https://github.com/zxing-cpp/zxing-cpp" },
                    { name: "QtKeychain", license: "BSD-3-Clause", url: "https://github.com/frankosterfeld/qtkeychain" },
                    { name: "GStreamer", license: "LGPL-2.1-or-later", url: "https://gstreamer.freedesktop.org/" },
                    { name: "Noto Sans CJK", license: "OFL-1.1", url: "https://github.com/notofonts/noto-cjk" },
                    { name: "DejaVu fonts", license: "Bitstream Vera / public domain", url: "https://dejavu-fonts.github.io/" }
                ]
                delegate: ColumnLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 0
                    Label { textFormat: Text.PlainText; text: modelData.name + " — " + modelData.license; font.pixelSize: Theme.bodyLarge }
                    Label { textFormat: Text.PlainText; text: modelData.url; color: Theme.textOnSurfaceVariant; font.pixelSize: Theme.bodySmall; elide: Text.ElideRight; Layout.fillWidth: true }
                }
            }
            Label {
                Layout.topMargin: Theme.spacingS
                Layout.fillWidth: true
                text: qsTr("The full license texts are installed with these libraries (on Debian: /usr/share/doc/<package>/copyright).")
                wrapMode: Text.Wrap
                color: Theme.textOnSurfaceVariant
                font.pixelSize: Theme.bodySmall
            }
        }
    }
}
