#!/usr/bin/env python3
"""Fails if a QML file outside Theme.qml writes a colour, a font size or a spacing as a literal.

Theme.qml (qml/components) is the app's one style vocabulary: colour roles for light and dark, the
type scale, spacing and radii. Everywhere else:

  1. no colour literal: no "#rgb"/"#rrggbb"/"#aarrggbb" string, no named colour in a colour
     property (`color: "white"`; "transparent" is the absence of a colour and allowed), and no
     colour made or changed by script (Qt.rgba, Qt.hsla, Qt.hsva, Qt.darker, Qt.lighter, Qt.tint,
     Qt.alpha, Qt.color);
  2. no font size literal: a property ending in pixelSize or pointSize (font.pixelSize,
     valueFont.pixelSize, numberPixelSize) has no number in its value but 0;
  3. no spacing literal: margins (anchors.margins, leftMargin, Layout.topMargin, …), spacing,
     padding (padding, topPadding, horizontalPadding, …) and radius have no number but 0 (a
     circle's `radius: width / 2` is fine), and
     x / y are not set to a bare number other than 0.

In Theme.qml itself no property may be named on<Upper>…: QML reads such a name as the change
handler of the property it names (`onSurface` of `surface`), not as a colour.

usage: check_style_literals.py QML_DIR...  (prints every problem as FILE:LINE: ...; exit 1 if any)
"""

import os
import re
import sys

THEME_FILE = "Theme.qml"
HEX_COLOUR = re.compile(r"""["']#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})["']""")
STRING = re.compile(r'''"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*\'''')
COLOUR_FUNCTION = re.compile(r"\bQt\.(rgba|hsla|hsva|darker|lighter|tint|alpha|color)\s*\(")
# A binding `name: value` (also `a.b.name: value`, and several on one line after `;` or `{`).
BINDING = re.compile(r"(?:^\s*|[;{]\s*)([A-Za-z_][\w.]*)\s*:(?!:)\s*([^;{}]*)")
NUMBER = re.compile(r"(?<![\w.])(\d+(?:\.\d*)?|\.\d+)(?![\w.])")
FONT_SIZE = re.compile(r"(?:^|\.)\w*(?:pixelSize|PixelSize|pointSize|PointSize)$")
SPACING = re.compile(r"(?:^|\.)(?:margins|\w*Margin|spacing|\w*[pP]adding|radius)$")
COLOUR_PROPERTY = re.compile(r"(?:^|\.)\w*(?:color|Color)$")
POSITION = re.compile(r"^(x|y)$")
CIRCLE = re.compile(r"\b(?:width|height)\s*/\s*2\b")  # radius: width / 2 is a circle, not a size
HANDLER_NAMED_PROPERTY = re.compile(r"\bproperty\s+[\w<>.]+\s+(on[A-Z]\w*)\b")


def strip_comments(source):
    """The source with comments blanked out (strings kept, line numbers unchanged)."""
    out, i, n = [], 0, len(source)
    while i < n:
        c = source[i]
        if c in "\"'`":
            j = i + 1
            while j < n and source[j] != c:
                j += 2 if source[j] == "\\" else 1
            out.append(source[i:j + 1])
            i = j + 1
        elif source.startswith("//", i):
            j = source.find("\n", i)
            j = n if j < 0 else j
            i = j
        elif source.startswith("/*", i):
            j = source.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", source[i:j]))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def nonzero_numbers(expression):
    without_strings = STRING.sub('""', expression)
    return [m.group(1) for m in NUMBER.finditer(without_strings) if float(m.group(1)) != 0]


def check_file(path):
    problems = []
    with open(path, encoding="utf-8") as f:
        source = strip_comments(f.read())
    is_theme = os.path.basename(path) == THEME_FILE
    for number, line in enumerate(source.splitlines(), 1):
        where = f"{path}:{number}"
        if is_theme:
            for m in HANDLER_NAMED_PROPERTY.finditer(line):
                problems.append(f"{where}: Theme property {m.group(1)} is read as a signal handler; "
                                f"name it text{m.group(1)[0].upper()}{m.group(1)[1:]}")
            continue
        for m in HEX_COLOUR.finditer(line):
            problems.append(f"{where}: colour literal {m.group(0)}: use a Theme colour role")
        for m in COLOUR_FUNCTION.finditer(line):
            problems.append(f"{where}: Qt.{m.group(1)}() makes a colour: give Theme a role for it")
        for m in BINDING.finditer(line):
            name, value = m.group(1), m.group(2)
            if COLOUR_PROPERTY.search(name):
                for s in STRING.findall(value):
                    if s.strip("\"'") not in ("", "transparent") and not HEX_COLOUR.fullmatch(s):
                        problems.append(f"{where}: {name}: {s}: use a Theme colour role")
            if FONT_SIZE.search(name) and nonzero_numbers(value):
                problems.append(f"{where}: {name}: {value.strip()}: use the Theme type scale")
            if SPACING.search(name) and nonzero_numbers(CIRCLE.sub("", value)):
                problems.append(f"{where}: {name}: {value.strip()}: use Theme spacing or radii")
            if POSITION.match(name) and NUMBER.fullmatch(value.strip().rstrip(",")) \
                    and float(value.strip().rstrip(",")) != 0:
                problems.append(f"{where}: {name}: {value.strip()}: use Theme spacing")
    return problems


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[-1])
        return 2
    problems, files = [], 0
    for root_dir in argv[1:]:
        for root, _dirs, names in os.walk(root_dir):
            for name in sorted(names):
                if name.endswith(".qml"):
                    files += 1
                    problems += check_file(os.path.join(root, name))
    for p in problems:
        print(p)
    if files == 0:
        print("no QML files found")
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
