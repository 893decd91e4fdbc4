import QtQuick
import SoftToken
import QtQuick.Controls
import QtQuick.Layouts

// Shown on the home screen after the passphrase screen was cancelled: the tokens stay closed
// (nothing can be added), so say so and offer the way back instead of a restart.
Pane {
    font: Theme.controlsFont
    id: banner

    required property PassphrasePrompt prompt
    readonly property bool unlock: prompt.cancelledMode === PassphrasePrompt.Unlock

    visible: prompt.cancelledMode !== PassphrasePrompt.Hidden
    padding: Theme.spacingM

    RowLayout {
        width: parent.width
        spacing: Theme.spacingM
        Label {
            objectName: "passphraseBannerText"
            Layout.fillWidth: true
            text: banner.unlock ? qsTr("Your tokens are locked until you enter your passphrase.")
                                : qsTr("Set a passphrase to keep your tokens on this device.")
            wrapMode: Text.Wrap
        }
        Button {
            objectName: "reopenPassphraseButton"
            text: banner.unlock ? qsTr("Unlock") : qsTr("Set a passphrase")
            highlighted: true
            onClicked: banner.prompt.reopen()
        }
    }
}
