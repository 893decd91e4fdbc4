import QtQuick
import SoftToken

// A quiet strip under the top bar while a clock correction from the clock check is applied:
// it changes every code, so it must never be in effect unseen (a forged time server could have
// suggested it). Plain Qt Quick (Theme.qml).
Rectangle {
    id: badge

    property AppClock clock

    implicitWidth: label.implicitWidth + 2 * Theme.spacingS
    implicitHeight: label.implicitHeight + 2 * Theme.spacingXs
    color: Theme.secondaryContainer

    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Text {
        id: label
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingS
        horizontalAlignment: Text.AlignHCenter
        elide: Text.ElideRight
        textFormat: Text.PlainText
        text: badge.clock
              ? (badge.clock.correctionSeconds > 0
                 ? qsTr("Clock corrected: codes use +%1 s").arg(badge.clock.correctionSeconds)
                 : qsTr("Clock corrected: codes use −%1 s").arg(-badge.clock.correctionSeconds))
              : ""
        color: Theme.textOnSecondaryContainer
        font.pixelSize: Theme.bodySmall
    }
}
