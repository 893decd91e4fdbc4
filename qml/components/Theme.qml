pragma Singleton
import QtQuick

// The app's one style vocabulary: colour roles, type scale, spacing and radii. No QML file
// outside this one writes a colour, a font size, a margin or a spacing as a literal
// (style_literals_check); the contrast of every text/background pair used is tested in both
// schemes (tst_theme.qml). The start screen is plain Qt Quick and reads these values directly;
// PageStack.qml hands the same roles to Material when Qt Quick Controls load, so pages and
// popups match it (docs/ui.md, "Theme"). A cheap singleton: constants and `dark` ternaries only.
QtObject {
    // Set by Main.qml from the settings (System follows the platform's colour scheme).
    property bool dark: false

    // Colour roles of Material 3, derived from one brand seed, #1A5FB4 (HCT hue 263, chroma 53,
    // tone 41): @material/material-color-utilities 0.3.0, DynamicScheme with the tonal-spot
    // roles, contrast level 0, and the palettes primary = seed hue/chroma, secondary = hue 263
    // chroma 16, tertiary (teal) = hue 190 chroma 24, neutral = hue 263 chroma 4, neutral
    // variant = hue 263 chroma 8; error is Material's own palette. Light | dark values below are
    // that library's output, unchanged. M3's content roles onPrimary, onSurface, … are
    // textOnPrimary, textOnSurface, … here (for icons too): QML reads a property named on<Name> as
    // the change handler of a property <name>. Warning is not an M3 role: the tones 40/100/90/10
    // (light) and 80/20/30/90 (dark) of a tonal palette at hue 70, chroma 60 (amber), as M3
    // builds the error roles.
    readonly property color primary: dark ? "#aac7ff" : "#175db2"
    readonly property color textOnPrimary: dark ? "#002f64" : "#ffffff"
    readonly property color primaryContainer: dark ? "#00458d" : "#d6e3ff"
    readonly property color textOnPrimaryContainer: dark ? "#d6e3ff" : "#00458d"
    readonly property color secondary: dark ? "#bec6dc" : "#565f71"
    readonly property color textOnSecondary: dark ? "#283141" : "#ffffff"
    readonly property color secondaryContainer: dark ? "#3e4759" : "#dae2f9"
    readonly property color textOnSecondaryContainer: dark ? "#dae2f9" : "#3e4759"
    readonly property color tertiary: dark ? "#a0d0ca" : "#386662"
    readonly property color textOnTertiary: dark ? "#003734" : "#ffffff"
    readonly property color tertiaryContainer: dark ? "#1f4e4a" : "#bcece6"
    readonly property color textOnTertiaryContainer: dark ? "#bcece6" : "#1f4e4a"
    readonly property color error: dark ? "#ffb4ab" : "#ba1a1a"
    readonly property color textOnError: dark ? "#690005" : "#ffffff"
    readonly property color errorContainer: dark ? "#93000a" : "#ffdad6"
    readonly property color textOnErrorContainer: dark ? "#ffdad6" : "#93000a"
    readonly property color warning: dark ? "#ffb960" : "#865300"
    readonly property color textOnWarning: dark ? "#472a00" : "#ffffff"
    readonly property color warningContainer: dark ? "#653e00" : "#ffddb8"
    readonly property color textOnWarningContainer: dark ? "#ffddb8" : "#2b1700"
    readonly property color surface: dark ? "#121316" : "#faf9fd"
    readonly property color textOnSurface: dark ? "#e3e2e6" : "#1a1b1e"
    readonly property color textOnSurfaceVariant: dark ? "#c4c6d0" : "#44474e"
    readonly property color surfaceContainerLowest: dark ? "#0d0e11" : "#ffffff"
    readonly property color surfaceContainerLow: dark ? "#1a1b1e" : "#f4f3f7"
    readonly property color surfaceContainer: dark ? "#1e1f23" : "#efedf1"
    readonly property color surfaceContainerHigh: dark ? "#292a2d" : "#e9e7ec"
    readonly property color surfaceContainerHighest: dark ? "#343538" : "#e3e2e6"
    readonly property color inverseSurface: dark ? "#e3e2e6" : "#2f3033"
    readonly property color inverseOnSurface: dark ? "#2f3033" : "#f1f0f4"
    readonly property color inversePrimary: dark ? "#175db2" : "#aac7ff"
    readonly property color outline: dark ? "#8e9099" : "#74777f"
    readonly property color outlineVariant: dark ? "#44474e" : "#c4c6d0"
    // M3's scrim is black; modal surfaces dim what is behind them with it at 32 %.
    readonly property color scrim: "#52000000"
    readonly property color shadow: dark ? "#66000000" : "#33000000"

    // Roles of this app, built from the ones above.
    // The top app bar: the brand colour in light; in dark a surface, as M3 asks (a saturated bar
    // on a dark screen glares).
    readonly property color appBar: dark ? surfaceContainer : primary
    readonly property color textOnAppBar: dark ? textOnSurface : textOnPrimary
    // State layers (M3): the content colour at 10 % over a pressed or focused element.
    readonly property color stateLayer: Qt.alpha(textOnSurface, 0.10)
    readonly property color appBarStateLayer: Qt.alpha(textOnAppBar, 0.20)
    // Filled buttons. Material's Controls draw a highlighted button's label white whatever the
    // theme, so their fill is primary in light and, in dark, tone 45 of the primary palette
    // (#2b6abf): the lightest tone that keeps white text at 4.5:1 and is still 3:1 against the
    // surface. The start screen's buttons (TextButton.qml) use the same pair, to match.
    readonly property color accent: dark ? "#2b6abf" : primary
    readonly property color textOnAccent: "#ffffff"
    readonly property color accentPressed: Qt.tint(accent, Qt.alpha(textOnAccent, 0.12))
    // Disabled filled controls (M3: the container onSurface at 12 %, the content at 38 %).
    readonly property color disabledContainer: Qt.alpha(textOnSurface, 0.12)
    readonly property color textDisabled: Qt.alpha(textOnSurface, 0.38)
    // Around the camera preview, in both schemes: the picture is the content.
    readonly property color mediaBackdrop: "#202020"
    readonly property color textOnMediaBackdrop: "#ffffff"

    // Type scale (M3, in logical pixels; sentence case, never upper case). Line heights are the
    // font's own.
    readonly property int displayLarge: 57   // the one-time password on the token screen
    readonly property int displayMedium: 45
    readonly property int displaySmall: 36
    readonly property int headlineLarge: 32
    readonly property int headlineMedium: 28
    readonly property int headlineSmall: 24
    readonly property int titleLarge: 22
    readonly property int titleMedium: 16
    readonly property int titleSmall: 14
    readonly property int bodyLarge: 16
    readonly property int bodyMedium: 14
    readonly property int bodySmall: 12
    readonly property int labelLarge: 14
    readonly property int labelMedium: 12
    readonly property int labelSmall: 11
    // Codes and serials: fixed width, so digits line up and nothing shifts at rollover.
    readonly property string monoFamily: "DejaVu Sans Mono"
    // The family for popups and window-level controls, which take no font from a parent in a
    // plain Window (Main.qml sets it; "" keeps the application font, AppController).
    property string fontFamily: ""
    // Their base font: the family above and sentence case (Material's buttons default to upper
    // case). Only what is set here is inherited; sizes stay the controls' own.
    readonly property font controlsFont: fontFamily !== ""
                                         ? Qt.font({ family: fontFamily, capitalization: Font.MixedCase })
                                         : Qt.font({ capitalization: Font.MixedCase })

    // Spacing on a 4-dp grid.
    readonly property int spacingXxs: 2   // hairlines within one element only
    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 12
    readonly property int spacingL: 16
    readonly property int spacingXl: 24
    readonly property int spacingXxl: 32
    readonly property int spacingXxxl: 48
    readonly property int pageMargin: 16  // M3's margin of a compact window

    // Corner radii (M3 shape scale).
    readonly property int radiusExtraSmall: 4
    readonly property int radiusSmall: 8
    readonly property int radiusMedium: 12
    readonly property int radiusLarge: 16
    readonly property int radiusExtraLarge: 28
}
