pragma Singleton
import QtQuick

// The colours and font of the start screen, which is plain Qt Quick: Qt Quick Controls with
// Material cost ~1.3x a plain window's start-up (docs/ui.md, Performance), so they load with
// the first page, menu or sheet. The values are Material's own (Indigo primary, Teal accent),
// so the plain screen and the Controls pages look alike; Main.qml sets `dark` and `fontFamily`
// and gives Material the same theme when it loads (PageStack.qml).
QtObject {
    property bool dark: false
    property string fontFamily: Qt.application.font.family // qmllint disable type

    readonly property color background: dark ? "#303030" : "#fafafa"
    readonly property color foreground: dark ? "#ffffff" : "#dd000000"
    readonly property color secondaryText: dark ? "#b2ffffff" : "#89000000"
    readonly property color frame: dark ? "#4cffffff" : "#60000000"
    readonly property color divider: dark ? "#1effffff" : "#1e000000"
    readonly property color ripple: dark ? "#20ffffff" : "#10000000"
    readonly property color accent: dark ? "#80cbc4" : "#009688"
    readonly property color accentText: dark ? "#dd000000" : "#ffffff"  // dark text on the light dark-theme accent (contrast)
    readonly property color disabledButton: dark ? "#1effffff" : "#1e000000"
    readonly property color toolBar: "#3f51b5"
    readonly property color toolText: "#ffffff"
    readonly property color error: "#d84315"

    readonly property int fontSize: 14  // Material's body text
}
