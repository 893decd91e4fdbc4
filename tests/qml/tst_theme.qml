import QtQuick
import QtTest
import SoftToken

// Every text/background and control/background pair of Theme.qml that the screens use (and the
// Material 3 pairs a later screen may use) meets WCAG 2.x contrast in the light and the dark
// scheme: 4.5:1 for text, 3:1 for controls and graphics (the countdown ring, a filled button's
// container, outlines a user must see). Lowering any of these colours' contrast fails here.
TestCase {
    id: testCase
    name: "Theme"

    readonly property real text: 4.5
    readonly property real ui: 3.0

    // [foreground role, background role, minimum ratio, where]
    readonly property var pairs: [
        ["textOnSurface", "surface", text, "body text, codes"],
        ["textOnSurfaceVariant", "surface", text, "secondary text (account, captions)"],
        ["primary", "surface", text, "text buttons (Copy serial, Next code)"],
        ["error", "surface", text, "error messages"],
        ["warning", "surface", text, "hints and \"already saved\""],
        ["textOnAppBar", "appBar", text, "top bar title and icons"],
        ["textOnAccent", "accent", text, "filled buttons' labels (Copy, Import …)"],
        ["textOnSecondaryContainer", "secondaryContainer", text, "clock-correction strip"],
        ["textOnWarningContainer", "warningContainer", text, "test-clock strip, export warning"],
        ["inverseOnSurface", "inverseSurface", text, "snackbar text"],
        ["inversePrimary", "inverseSurface", text, "snackbar action"],
        ["textOnMediaBackdrop", "mediaBackdrop", text, "text over the camera area"],
        ["textOnSurface", "surfaceContainerHighest", text, "import rows already saved"],
        ["textOnSurfaceVariant", "surfaceContainerHighest", text, "their secondary text"],
        ["error", "surfaceContainerHighest", text, "their \"unsupported\" note"],
        ["warning", "surfaceContainerHighest", text, "their \"already saved\" note"],
        ["textOnSurface", "surfaceContainerLow", text, "cards"],
        ["textOnSurface", "surfaceContainerHigh", text, "sheets and dialogs"],
        ["textOnSurfaceVariant", "surfaceContainerHigh", text, "secondary text in sheets"],
        ["error", "surfaceContainerHigh", text, "errors in sheets"],
        ["primary", "surfaceContainerHigh", text, "text buttons in sheets"],
        ["textOnPrimary", "primary", text, "M3 filled button"],
        ["textOnPrimaryContainer", "primaryContainer", text, "M3 tonal container"],
        ["textOnSecondary", "secondary", text, "M3 secondary"],
        ["textOnTertiary", "tertiary", text, "M3 tertiary"],
        ["textOnTertiaryContainer", "tertiaryContainer", text, "M3 tertiary container"],
        ["textOnError", "error", text, "M3 error fill"],
        ["textOnErrorContainer", "errorContainer", text, "M3 error container"],
        ["textOnWarning", "warning", text, "warning fill"],
        ["primary", "surface", ui, "countdown ring"],
        ["error", "surface", ui, "countdown ring, last seconds"],
        ["accent", "surface", ui, "filled button's container"],
        ["outline", "surface", ui, "field outlines"],
        ["warning", "warningContainer", ui, "export warning's border"],
        ["textOnMediaBackdrop", "mediaBackdrop", ui, "the scan frame"],
    ]

    function linear(channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4)
    }
    function luminance(c) {
        return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b)
    }
    // A translucent foreground is seen blended over its background.
    function over(fg, bg) {
        return Qt.rgba(fg.r * fg.a + bg.r * (1 - fg.a), fg.g * fg.a + bg.g * (1 - fg.a),
                       fg.b * fg.a + bg.b * (1 - fg.a), 1)
    }
    function contrast(fg, bg) {
        const a = luminance(over(fg, bg)) + 0.05
        const b = luminance(bg) + 0.05
        return Math.max(a, b) / Math.min(a, b)
    }

    function cleanup() { Theme.dark = false }

    function test_contrastIsComputedAsWcagDoes() {
        fuzzyCompare(contrast(Qt.color("#000000"), Qt.color("#ffffff")), 21, 1e-9)
        fuzzyCompare(contrast(Qt.color("#ffffff"), Qt.color("#ffffff")), 1, 1e-9)
        // WCAG's own example of a pair just under 4.5:1: #777777 on white is 4.48:1.
        fuzzyCompare(contrast(Qt.color("#777777"), Qt.color("#ffffff")), 4.48, 0.01)
        // Half-transparent black over white is the grey 0.5 (between #7f7f7f and #808080): 3.98:1.
        fuzzyCompare(contrast(Qt.rgba(0, 0, 0, 0.5), Qt.color("#ffffff")), 3.98, 0.01)
    }

    function test_pairs_data() {
        const rows = []
        for (const dark of [false, true]) {
            for (const [fg, bg, minimum, where] of pairs)
                rows.push({ tag: (dark ? "dark " : "light ") + fg + " on " + bg + " (" + where + ")",
                            dark: dark, fg: fg, bg: bg, minimum: minimum })
        }
        return rows
    }
    function test_pairs(row) {
        Theme.dark = row.dark
        const fg = Theme[row.fg], bg = Theme[row.bg]
        verify(fg !== undefined && bg !== undefined, "Theme has " + row.fg + " and " + row.bg)
        const ratio = contrast(fg, bg)
        verify(ratio >= row.minimum, row.fg + " " + fg + " on " + row.bg + " " + bg + ": "
               + ratio.toFixed(2) + ":1, needs " + row.minimum + ":1")
    }

    // The dark scheme is a dark one throughout: no light surface and no saturated top bar.
    function test_darkSchemeHasDarkSurfacesAndBar() {
        Theme.dark = true
        for (const role of ["surface", "surfaceContainerLow", "surfaceContainer", "surfaceContainerHigh",
                            "appBar"])
            verify(luminance(Theme[role]) < 0.05, role + " " + Theme[role] + " is dark")
        verify(Theme.appBar.hsvSaturation < 0.25, "the dark top bar is not saturated: " + Theme.appBar)
        Theme.dark = false
        verify(luminance(Theme.surface) > 0.9, "light surface " + Theme.surface)
    }
}
