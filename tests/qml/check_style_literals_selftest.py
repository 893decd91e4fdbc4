#!/usr/bin/env python3
"""The style-literal check must fail on each kind of literal outside Theme.qml and pass the
Theme forms.

usage: check_style_literals_selftest.py CHECKER
"""

import os
import subprocess
import sys
import tempfile

LITERAL = {
    "hex": 'Rectangle { color: "#d84315" }',
    "hex_alpha": 'Rectangle { color: "#33ffffff" }',
    "hex_in_ternary": 'Label {\n    color: error\n           ? "#c62828"\n           : Theme.textOnSurface\n}',
    "hex_in_script": 'Item { function f() { label.color = ok ? Theme.textOnSurface : "#d84315" } }',
    "named": 'Label { color: "white" }',
    "border_named": 'Rectangle { border.color: "black" }',
    "gradient": 'Rectangle { gradient: Gradient { GradientStop { position: 0; color: "red" } } }',
    "rgba": 'Rectangle { color: Qt.rgba(0.5, 0.5, 0.5, 0.12) }',
    "darker": 'Rectangle { color: Qt.darker(Theme.accent, 1.2) }',
    "pixel_size": 'Label { font.pixelSize: 13 }',
    "point_size": 'Label { font.pointSize: 10 }',
    "pixel_size_choice": 'Label { font.pixelSize: error ? 14 : Theme.headlineMedium }',
    "value_font": 'Item { property alias valueFont: l.font; Label { id: l }\n valueFont.pixelSize: 28 }',
    "one_line": 'Label { textFormat: Text.PlainText; opacity: 0.6; font.pixelSize: 12; elide: Text.ElideRight }',
    "margins": 'Item { anchors.margins: 20 }',
    "left_margin": 'Item { anchors.leftMargin: backButton.visible ? 0 : 16 }',
    "negative_margin": 'Item { Layout.topMargin: -4 }',
    "margin_sum": 'Item { anchors.leftMargin: 56 + Theme.spacingM }',
    "spacing": 'Column { spacing: 12 }',
    "padding": 'Pane { padding: 24 }',
    "top_padding": 'Column { topPadding: 8 }',
    "radius": 'Rectangle { radius: 6 }',
    "x": 'Item { x: 20 }',
    "theme_handler_name": None,  # Theme.qml declaring `property color onSurface`
}

THEME_FORM = {
    "roles": 'Rectangle { color: Theme.surface; border.color: Theme.outlineVariant }',
    "transparent": 'Rectangle { color: ok ? "transparent" : Theme.surfaceContainerHighest }',
    "empty_string_compare": 'Label { color: error !== "" ? Theme.error : Theme.textOnSurface }',
    "type_scale": 'Label { font.pixelSize: Theme.titleLarge; font.weight: Font.DemiBold }',
    "spacing": 'Column { spacing: Theme.spacingM; topPadding: Theme.spacingS; x: Theme.pageMargin; y: 0 }',
    "negative_theme": 'Item { anchors.margins: -Theme.spacingM }',
    "zero": 'Item { anchors.leftMargin: visible ? 0 : Theme.spacingL; padding: 0 }',
    "circle": 'Rectangle { width: 40; height: 40; radius: width / 2 }',
    "sizes": 'Item { width: 56; height: 48; implicitWidth: Math.max(64, l.implicitWidth + 2 * Theme.spacingL) }',
    "comment": 'Item {\n    // was color: "#d84315", font.pixelSize: 13, spacing: 8\n    /* radius: 4 */\n}',
    "text": 'Label { text: qsTr("Spacing: 8, colour #d84315 in a sentence") }',
    "string_property": 'Item { property string name: "white" }',
}

THEME = 'QtObject { property bool dark; readonly property color surface: "#ffffff"\n' \
        '    readonly property color textOnSurface: dark ? "#e3e2e6" : "#1a1b1e"\n' \
        '    readonly property int spacingS: 8 }'


def run(checker, files):
    with tempfile.TemporaryDirectory() as d:
        for name, body in files.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write("import QtQuick\n\n" + body + "\n")
        r = subprocess.run([sys.executable, checker, d], capture_output=True, text=True)
        return r.returncode, r.stdout


def main(checker):
    failures = []
    for name, body in LITERAL.items():
        files = {"Page.qml": body} if body else {
            "Theme.qml": THEME.replace("textOnSurface", "onSurface")}
        code, out = run(checker, files)
        if code != 1:
            failures.append(f"literal {name} was not reported:\n{out}")
    for name, body in THEME_FORM.items():
        code, out = run(checker, {"Page.qml": body, "Theme.qml": THEME})
        if code != 0:
            failures.append(f"Theme form {name} was reported:\n{out}")
    for f in failures:
        print(f)
    print(f"{len(LITERAL) + len(THEME_FORM)} cases, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
