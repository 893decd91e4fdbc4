#!/usr/bin/env python3
"""Fails if a QML file could render data as rich text.

Qt Quick's Text and Label default to Text.AutoText: a string that looks like HTML ("<img src=...>",
"<font>") is rendered as styled text, and an <img> is fetched. Qt Quick Controls draw their text
with such a Text too (Button, MenuItem, CheckBox, ToolTip, the Dialog title, ...). An issuer or
account name comes from a QR code or an import file, so:

  1. every Text/Label whose text is not a literal (qsTr("...") or "...", also chosen by ?:) sets
     textFormat: Text.PlainText; a Text/Label with no text binding at all counts as data-bound
     (an alias or a script may set it);
  2. the text of a control (and its ToolTip.text, a Dialog's title, a Menu's title, a field's
     placeholderText) is a literal, unless the object replaces the part that draws it
     (contentItem, header);
  3. a ComboBox without its own delegate has a literal model (the default delegate is an
     ItemDelegate);
  4. no script assigns `id.text = ...` to an object the rules above let through as literal.

Components of the project are followed to their root type: `TextButton { text: name }` is fine if
TextButton.qml's root replaces contentItem with a PlainText Label.

usage: check_plain_text.py QML_DIR...  (prints every problem as FILE:LINE: ...; exit 1 if any)
"""

import os
import re
import sys

TEXT_TYPES = {"Text", "Label"}
# Qt Quick Controls types whose `text` a Text with AutoText draws (checked with Qt 6.4, Material).
TEXT_CONTROLS = {
    "AbstractButton", "Button", "ToolButton", "RoundButton", "DelayButton", "TabButton",
    "MenuItem", "MenuBarItem", "CheckBox", "Switch", "RadioButton", "ItemDelegate",
    "SwipeDelegate", "CheckDelegate", "RadioDelegate", "SwitchDelegate", "ToolTip", "Action",
}
TITLE_CONTROLS = {"Dialog", "Menu"}  # `title` drawn by the style's header / menu item
PLACEHOLDER_CONTROLS = {"TextField", "TextArea"}  # placeholderText drawn by a Text
PLAIN_VALUES = {"Text.PlainText", "Label.PlainText"}

TOKEN = re.compile(
    r"""(?P<ws>[ \t\r]+)|(?P<nl>\n)|(?P<comment>//[^\n]*|/\*.*?\*/)
      |(?P<str>"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)
      |(?P<name>[A-Za-z_$][A-Za-z0-9_$]*)|(?P<num>\d[\d.eExXa-fA-F]*)
      |(?P<op>&&|\|\||===|!==|==|!=|<=|>=|=>|\?\.|\?\?|[{}()\[\];:,.?+\-*/%!<>=&|^~])""",
    re.VERBOSE | re.DOTALL,
)


class Tok:
    def __init__(self, kind, text, line):
        self.kind, self.text, self.line = kind, text, line

    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.line}"


def tokenize(source):
    tokens, pos, line = [], 0, 1
    while pos < len(source):
        m = TOKEN.match(source, pos)
        if not m:
            raise SyntaxError(f"line {line}: cannot read {source[pos:pos + 20]!r}")
        kind, text = m.lastgroup, m.group()
        if kind == "nl":
            tokens.append(Tok("nl", text, line))
        elif kind not in ("ws", "comment"):
            tokens.append(Tok(kind, text, line))
        line += text.count("\n")
        pos = m.end()
    tokens.append(Tok("eof", "", line))
    return tokens


class Obj:
    def __init__(self, type_name, line):
        self.type, self.line = type_name, line
        self.bindings = {}  # property name -> (tokens of the expression, line)
        self.children = []  # nested objects (children and object-valued bindings)


CONTINUES = {"?", ":", "+", "-", "*", "/", "%", "&&", "||", "??", ",", ".", "?.", "(", "[",
             "=", "==", "===", "!=", "!==", "<", ">", "<=", ">=", "!", "=>"}


class Parser:
    def __init__(self, tokens):
        self.t, self.i = tokens, 0

    def peek(self, k=0, skip_nl=True):
        j = self.i
        while True:
            if skip_nl:
                while self.t[j].kind == "nl":
                    j += 1
            if k == 0:
                return self.t[j]
            j += 1
            k -= 1

    def next(self, skip_nl=True):
        if skip_nl:
            while self.t[self.i].kind == "nl":
                self.i += 1
        tok = self.t[self.i]
        self.i += 1
        return tok

    def document(self):
        # Skip pragmas and imports: everything before the root object's "Type {".
        while self.peek().kind != "eof":
            if self.is_object_start():
                return self.object()
            self.next()
        raise SyntaxError("no root object")

    def is_object_start(self):
        j, toks = self.i, self.t
        while toks[j].kind == "nl":
            j += 1
        if toks[j].kind != "name" or not toks[j].text[0].isupper():
            return False
        j += 1
        while toks[j].text == "." and toks[j + 1].kind == "name":  # Controls.Label
            j += 2
        while toks[j].kind == "nl":
            j += 1
        return toks[j].text == "{"

    def type_name(self):
        name = self.next().text
        while self.peek().text == ".":
            self.next()
            name += "." + self.next().text
        return name.split(".")[-1]

    def object(self):
        line = self.peek().line
        obj = Obj(self.type_name(), line)
        self.expect("{")
        while True:
            tok = self.peek()
            if tok.text == "}":
                self.next()
                return obj
            if tok.kind == "eof":
                raise SyntaxError(f"line {obj.line}: unclosed {obj.type}")
            if tok.text == ";" or tok.text == ",":
                self.next()
                continue
            self.member(obj)

    def expect(self, text):
        tok = self.next()
        if tok.text != text:
            raise SyntaxError(f"line {tok.line}: expected {text!r}, got {tok.text!r}")

    def member(self, obj):
        if self.is_object_start():
            obj.children.append(self.object())
            return
        first = self.peek()
        words = []
        if first.text in ("function", "signal", "enum", "component", "Behavior", "inline"):
            self.skip_declaration(obj)
            return
        # [default|required|readonly] property TYPE NAME[: value]
        while self.peek().text in ("default", "required", "readonly"):
            self.next()
        if self.peek().text == "property":
            self.next()
            self.next()  # type
            if self.peek().text == "<":  # list<Type>
                while self.next().text != ">":
                    pass
            name = self.next().text
            if self.peek(skip_nl=False).text != ":":
                return
            self.next()
            self.value(obj, name, first.line)
            return
        # NAME(.NAME)*: value   (also "on" handlers and attached properties)
        words.append(self.next().text)
        while self.peek().text == ".":
            self.next()
            words.append(self.next().text)
        name = ".".join(words)
        if self.peek().text == "on":  # "NumberAnimation on x { }"
            self.next()
            self.next()
            if self.is_object_start():
                obj.children.append(self.object())
            return
        self.expect(":")
        self.value(obj, name, first.line)

    def skip_declaration(self, obj):
        tok = self.next()
        if tok.text == "component":  # component Name: Type { }
            self.next()
            self.expect(":")
            obj.children.append(self.object())
            return
        if tok.text == "Behavior":  # Behavior on x { }
            self.next()
            self.next()
            self.skip_block()
            return
        depth = 0
        while True:  # to the end of the body's block, or of the line for signal/enum
            t = self.next(skip_nl=False)
            if t.text in "([":
                depth += 1
            elif t.text in ")]":
                depth -= 1
            elif t.text == "{":
                self.i -= 1
                self.skip_block()
                return
            elif depth == 0 and (t.kind == "nl" or t.text == ";") and tok.text == "signal":
                return
            elif t.kind == "eof":
                return

    def skip_block(self):
        self.expect("{")
        depth = 1
        while depth:
            t = self.next()
            if t.text == "{":
                depth += 1
            elif t.text == "}":
                depth -= 1
            elif t.kind == "eof":
                raise SyntaxError("unclosed block")

    def value(self, obj, name, line):
        if self.is_object_start():
            child = self.object()
            child.bound_as = name
            obj.children.append(child)
            obj.bindings[name] = ([Tok("object", child.type, child.line)], line)
            return
        if self.peek().text == "[" and self.list_of_objects():
            self.next()
            while self.peek().text != "]":
                if self.peek().text == ",":
                    self.next()
                    continue
                obj.children.append(self.object())
            self.next()
            obj.bindings[name] = ([Tok("object", "list", line)], line)
            return
        obj.bindings[name] = (self.expression(), line)

    def list_of_objects(self):
        save = self.i
        self.next()
        result = self.is_object_start()
        self.i = save
        return result

    def expression(self):
        out, depth = [], 0
        while True:
            tok = self.peek(skip_nl=False)
            if tok.kind == "eof":
                return out
            if depth == 0 and tok.text in (";", "}"):
                return out
            if depth == 0 and tok.kind == "nl":
                # A new line ends the binding unless the expression obviously continues.
                last = out[-1].text if out else ":"
                following = self.peek()
                if last not in CONTINUES and following.text not in CONTINUES - {"(", "[", "!"}:
                    return out
                self.i += 1  # the new line only
                continue
            self.next(skip_nl=False)
            if tok.kind == "nl":
                continue
            if tok.text in "([{":
                depth += 1
            elif tok.text in ")]}":
                depth -= 1
            out.append(tok)


def is_literal(tokens):
    """A string literal, qsTr("literal") (optionally with a literal context), or c ? lit : lit."""
    toks = [t for t in tokens]
    while toks and toks[0].text == "(" and matching(toks, 0) == len(toks) - 1:
        toks = toks[1:-1]
    if not toks:
        return False
    question = top_level(toks, "?")
    if question is not None:
        colon = ternary_colon(toks, question)
        return colon is not None and is_literal(toks[question + 1:colon]) \
            and is_literal(toks[colon + 1:])
    if len(toks) == 1:
        return toks[0].kind == "str" and not toks[0].text.startswith("`")
    if toks[0].text in ("qsTr", "qsTranslate", "QT_TR_NOOP") and toks[1].text == "(" \
            and matching(toks, 1) == len(toks) - 1:
        args = toks[2:-1]
        # qsTr("%n item(s)", "", count): the third argument is an int, formatted as a number.
        commas, depth = [], 0
        for k, t in enumerate(args):
            depth += t.text in "([{" and t.kind == "op"
            depth -= t.text in ")]}" and t.kind == "op"
            if depth == 0 and t.text == ",":
                commas.append(k)
        if len(commas) >= 2:
            args = args[:commas[1]]
        return all(t.kind == "str" or t.text == "," or t.kind == "num" for t in args) \
            and not any(t.text.startswith("`") for t in args)
    return False


def is_literal_list(tokens):
    """[literal, literal, ...]"""
    if len(tokens) < 2 or tokens[0].text != "[" or matching(tokens, 0) != len(tokens) - 1:
        return False
    item, depth = [], 0
    for t in tokens[1:-1]:
        if depth == 0 and t.text == ",":
            if not is_literal(item):
                return False
            item = []
            continue
        depth += t.text in "([{"
        depth -= t.text in ")]}"
        item.append(t)
    return not item or is_literal(item)


def matching(toks, start):
    depth = 0
    for k in range(start, len(toks)):
        if toks[k].text in "([{":
            depth += 1
        elif toks[k].text in ")]}":
            depth -= 1
            if depth == 0:
                return k
    return None


def top_level(toks, text):
    depth = 0
    for k, t in enumerate(toks):
        if t.text in "([{":
            depth += 1
        elif t.text in ")]}":
            depth -= 1
        elif depth == 0 and t.text == text:
            return k
    return None


def ternary_colon(toks, question):
    depth, nested = 0, 0
    for k in range(question + 1, len(toks)):
        t = toks[k].text
        if t in "([{":
            depth += 1
        elif t in ")]}":
            depth -= 1
        elif depth == 0 and t == "?":
            nested += 1
        elif depth == 0 and t == ":":
            if nested == 0:
                return k
            nested -= 1
    return None


def text_of(tokens):
    return " ".join(t.text for t in tokens)


class Checker:
    def __init__(self, files):
        self.files = files  # path -> root Obj
        self.components = {os.path.splitext(os.path.basename(p))[0]: root
                            for p, root in files.items()}
        self.problems = []

    def base_chain(self, type_name, seen=()):
        """Qt base type of a project component and whether some level replaces contentItem/header."""
        replaced = set()
        while type_name in self.components and type_name not in seen:
            seen = seen + (type_name,)
            root = self.components[type_name]
            replaced |= {k for k in ("contentItem", "header") if k in root.bindings}
            if "textFormat" in root.bindings:
                replaced.add("textFormat:" + text_of(root.bindings["textFormat"][0]))
            type_name = root.type
        return type_name, replaced

    def report(self, path, line, message):
        self.problems.append(f"{path}:{line}: {message}")

    def check(self):
        for path, root in self.files.items():
            self.unsafe_ids = {}
            self.walk(path, root)
            source = open(path, encoding="utf-8").read()
            for ident, (line, what) in self.unsafe_ids.items():
                m = re.search(r"\b" + re.escape(ident) + r"\.(text|title)\s*=[^=]", source)
                if m:
                    lineno = source.count("\n", 0, m.start()) + 1
                    self.report(path, lineno, f"a script sets {ident}.{m.group(1)}, but {what} "
                                f"(line {line}) can render rich text")
        return self.problems

    def walk(self, path, obj):
        base, replaced = self.base_chain(obj.type)
        ident = text_of(obj.bindings["id"][0]) if "id" in obj.bindings else None
        if base in TEXT_TYPES:
            self.check_text(path, obj, replaced, ident)
        for prop, controls, part in (("text", TEXT_CONTROLS, "contentItem"),
                                     ("title", TITLE_CONTROLS, "header"),
                                     ("placeholderText", PLACEHOLDER_CONTROLS, None)):
            if base not in controls or part in replaced or (part and part in obj.bindings):
                continue
            if prop in obj.bindings:
                tokens, line = obj.bindings[prop]
                if not is_literal(tokens):
                    self.report(path, line, f"{obj.type}.{prop} is not a literal "
                                f"({text_of(tokens)[:60]}): {base} draws it as rich text; show "
                                f"data in a Label with textFormat: Text.PlainText")
                elif ident:
                    self.unsafe_ids[ident] = (obj.line, obj.type)
        if base == "ComboBox" and "delegate" not in obj.bindings and "delegate" not in replaced:
            tokens, line = obj.bindings.get("model", ([], obj.line))
            if not is_literal_list(tokens):
                self.report(path, line, "ComboBox's default delegate (an ItemDelegate) draws its "
                            "model as rich text: give it a PlainItemDelegate or a literal model")
        if "ToolTip.text" in obj.bindings:
            tokens, line = obj.bindings["ToolTip.text"]
            if not is_literal(tokens):
                self.report(path, line, f"ToolTip.text is not a literal ({text_of(tokens)[:60]})")
        for child in obj.children:
            self.walk(path, child)

    def check_text(self, path, obj, replaced, ident):
        if "textFormat" in obj.bindings:
            value = text_of(obj.bindings["textFormat"][0]).replace(" ", "")
            if value not in PLAIN_VALUES:
                self.report(path, obj.bindings["textFormat"][1],
                            f"{obj.type} sets textFormat: {value}; only Text.PlainText is safe")
            return
        if any(r.replace(" ", "") in {"textFormat:" + v for v in PLAIN_VALUES} for r in replaced):
            return
        if "text" in obj.bindings and is_literal(obj.bindings["text"][0]):
            if ident:
                self.unsafe_ids[ident] = (obj.line, obj.type)
            return
        shown = text_of(obj.bindings["text"][0])[:60] if "text" in obj.bindings else "no text binding"
        self.report(path, obj.line, f"{obj.type} ({shown}) needs textFormat: Text.PlainText")


def parse_file(path):
    with open(path, encoding="utf-8") as f:
        return Parser(tokenize(f.read())).document()


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    files = {}
    for top in argv[1:]:
        for dirpath, _, names in os.walk(top):
            for n in sorted(names):
                if n.endswith(".qml"):
                    path = os.path.join(dirpath, n)
                    try:
                        files[path] = parse_file(path)
                    except SyntaxError as e:
                        print(f"{path}: cannot parse: {e}")
                        return 1
    problems = Checker(files).check()
    for p in problems:
        print(p)
    print(f"checked {len(files)} QML files: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
