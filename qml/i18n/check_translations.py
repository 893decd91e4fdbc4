#!/usr/bin/env python3
"""Fails if the committed catalogues do not match the sources: a string that is new, changed or
moved to another file (its context) would show in English in the Japanese UI. Runs lupdate on
copies in a temporary folder and compares the messages, so nothing in the tree is written.

  check_translations.py CMAKE GENERATOR PROJECT_CMAKE LUPDATE TS_FILE...

GENERATOR is Qt's GenerateLUpdateProject.cmake, PROJECT_CMAKE the lupdate project that
qt_add_translations() writes at configure time (<build>/qml/.lupdate/softtoken_qml_project.cmake).
Fix with `./dev translations` (lupdate, then it lists what needs a translator), see
docs/translations.md.
"""
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def messages(ts_path):
    """(context, source, disambiguation) -> (finished, numerus). Finished: a translation that is
    not marked unfinished."""
    out = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            out[key] = (finished, message.get("numerus") == "yes")
    return out


def describe(key):
    context, source, comment = key
    return f"[{context}] {source!r}" + (f" ({comment})" if comment else "")


def main():
    cmake, generator, project_cmake, lupdate = sys.argv[1:5]
    ts_files = [Path(p) for p in sys.argv[5:]]
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        project = str(Path(tmp) / "project.json")
        subprocess.run([cmake, f"-DIN_FILE={project_cmake}", f"-DOUT_FILE={project}", "-P", generator],
                       check=True)
        copies = [Path(tmp) / ts.name for ts in ts_files]
        for ts, copy in zip(ts_files, copies):
            shutil.copyfile(ts, copy)
        run = subprocess.run([lupdate, "-project", project, "-no-obsolete", "-locations", "none",
                              "-silent", "-ts", *map(str, copies)], capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout + run.stderr)
            return 1
        for ts, copy in zip(ts_files, copies):
            committed, current = messages(ts), messages(copy)
            for key in sorted(current.keys() - committed.keys()):
                problems.append(f"{ts.name}: not in the catalogue: {describe(key)}")
            for key in sorted(committed.keys() - current.keys()):
                problems.append(f"{ts.name}: no longer in the sources: {describe(key)}")
            # English is the source language: only its plural forms ("%n second(s)") need text.
            source_language = ts.name.endswith("_en.ts")
            for key, (finished, numerus) in sorted(committed.items()):
                if not finished and (numerus or not source_language):
                    problems.append(f"{ts.name}: untranslated: {describe(key)}")
    for problem in problems:
        print(problem)
    if problems:
        print("Fix: ./dev translations, then translate the listed entries (docs/translations.md)")
        return 1
    print(f"catalogues match the sources ({', '.join(ts.name for ts in ts_files)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
