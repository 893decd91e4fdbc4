import QtQuick
import SoftToken

// The token screen: one token, big. `tokenId` 0 shows the only token (the home screen with a
// single token); otherwise the token opened from the list. Plain Qt Quick, no Controls: it is
// the start screen (Theme.qml). On the home screen it draws no background (`opaque: false`):
// the window already has that colour, and a full-window rectangle would be drawn again with
// every frame of the countdown.
Item {
    id: page

    required property AppController app
    property var tokenId: 0
    property bool opaque: true

    signal message(string text)

    property string title: token.present && page.tokenId !== 0 ? token.issuer
                           : (app.settings.registrationMode ? qsTr("Registration mode") : qsTr("SoftToken"))

    SingleToken {
        id: token
        model: page.app.tokens
        tokenId: page.tokenId
    }

    Rectangle {
        anchors.fill: parent
        visible: page.opaque
        color: Theme.surface
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingXl
        // Clipped only where something could show outside it: a clip (scissor) is part of the
        // graphics pipeline, so on the start screen it would double the pipelines of the first
        // frame, each a shader compiled before the first code (docs/ui.md, Performance).
        clip: page.opaque || contentHeight > height

        Column {
            id: column
            x: Theme.pageMargin
            y: Theme.spacingXl
            width: parent.width - 2 * Theme.pageMargin
            spacing: Theme.spacingL

            Text {
                objectName: "modeBanner"
                width: column.width
                visible: page.app.settings.registrationMode
                text: qsTr("Type the serial number and the one-time password into your bank's registration page.")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.textOnSurfaceVariant
                font.pixelSize: Theme.bodyMedium
            }

            // Bound to the token directly, not through a Repeater: a delegate model for one
            // token cost ~2 ms more before the first code (SingleToken).
            TokenCard {
                width: column.width
                visible: token.present
                issuer: token.issuer
                account: token.account
                groupedCode: token.groupedCode
                spokenCode: token.spokenCode
                nextCode: token.nextCode
                secondsRemaining: token.secondsRemaining
                period: token.period
                isHotp: token.isHotp
                serial: token.serial
                spokenSerial: token.spokenSerial
                serialSource: token.serialSource
                error: token.error
                registrationMode: page.app.settings.registrationMode
                showNextCode: page.app.settings.showNextCode
                tapToCopy: page.app.settings.tapToCopy
                onCopyCodeRequested: {
                    page.app.clipboard.copyCode(groupedCode)
                    page.message(qsTr("One-time password copied"))
                }
                onCopySerialRequested: {
                    page.app.clipboard.copyText(serial)
                    page.message(qsTr("Serial number copied"))
                }
                onNextHotpRequested: {
                    const error = page.app.tokens.nextHotpCode(token.shownId)
                    if (error !== "")
                        page.message(error)
                }
            }
        }
    }
}
