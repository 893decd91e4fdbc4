#!/usr/bin/env python3
"""The rich-text check must fail on each kind of unsafe QML and pass the safe forms.

usage: check_plain_text_selftest.py CHECKER
"""

import os
import subprocess
import sys
import tempfile

UNSAFE = {
    "data_label": 'Label { text: token.issuer }',
    "arg_text": 'Text { text: qsTr("Hello %1").arg(name) }',
    "no_text_binding": 'Label { id: content }',
    "rich_format": 'Label { textFormat: Text.RichText; text: name }',
    "auto_format": 'Text { textFormat: Text.AutoText; text: "x" }',
    "concat": 'Label { text: "• " + modelData }',
    "multiline_ternary": 'Label {\n    text: flag\n          ? qsTr("a")\n          : name\n}',
    "button": 'Button { text: bar.actionText }',
    "item_delegate": 'ItemDelegate { text: issuer + " — " + account }',
    "dialog_title": 'Dialog { title: qsTr("Delete “%1”?").arg(name) }',
    "tooltip": 'Button { text: qsTr("x"); ToolTip.text: name }',
    "combo_model": 'ComboBox { model: tokens }',
    "nested": 'Item { Column { Repeater { model: 3; Label { text: modelData } } } }',
    "object_binding": 'Item { property Item shown: Label { text: name } }',
    "loader": 'Loader { sourceComponent: Text { text: button.text } }',
    "script_assign": 'Item { Label { id: l; text: qsTr("x") }\n function f() { l.text = name } }',
    "component_base": None,  # a project component that wraps a Label without PlainText
}

SAFE = {
    "plain": 'Label { textFormat: Text.PlainText; text: token.issuer }',
    "literal": 'Label { text: qsTr("Settings") }',
    "literal_ternary": 'Label { text: on ? qsTr("On") : qsTr("Off") }',
    "plural": 'Button { text: qsTr("Import %n token(s)", "", flow.count) }',
    "button_literal": 'Button { text: qsTr("Cancel"); ToolTip.text: qsTr("Close") }',
    "button_content": 'Button { id: b; text: name\n contentItem: Label { text: b.text; textFormat: Text.PlainText } }',
    "combo_literal": 'ComboBox { model: [qsTr("Light"), "日本語"] }',
    "combo_delegate": 'ComboBox { model: tokens; delegate: ItemDelegate { id: d; text: name\n contentItem: Text { textFormat: Text.PlainText; text: d.text } } }',
    "comment_and_string": 'Item {\n // Label { text: name }\n property string s: "Label { text: x }"\n}',
    "function_body": 'Item { function f() { if (a) { return { x: 1 } } }\n Label { text: qsTr("x") } }',
}


def run(checker, files):
    with tempfile.TemporaryDirectory() as d:
        for name, body in files.items():
            with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                f.write("import QtQuick\nimport QtQuick.Controls\n\n" + body + "\n")
        r = subprocess.run([sys.executable, checker, d], capture_output=True, text=True)
        return r.returncode, r.stdout


def main(checker):
    failures = []
    for name, body in UNSAFE.items():
        files = {"Page.qml": body} if body else {
            "MyLabel.qml": 'Label { color: "red" }', "Page.qml": 'MyLabel { text: name }'}
        code, out = run(checker, files)
        if code != 1:
            failures.append(f"unsafe {name} was not reported:\n{out}")
    for name, body in SAFE.items():
        code, out = run(checker, {"Page.qml": body})
        if code != 0:
            failures.append(f"safe {name} was reported:\n{out}")
    code, out = run(checker, {"PlainLabel.qml": 'Label { textFormat: Text.PlainText }',
                              "Page.qml": 'PlainLabel { text: name }'})
    if code != 0:
        failures.append(f"a PlainText component was reported:\n{out}")
    for f in failures:
        print(f)
    print(f"{len(UNSAFE) + len(SAFE) + 1} cases, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
