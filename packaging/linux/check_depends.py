#!/usr/bin/python3
"""The Debian package's Depends cover every QML module the app loads, and the AppStream
release notes cover this version (the package_depends test, cmake/Packaging.cmake).

A QML module missing at run time only fails once the app starts ("module ... is not installed"),
and no library the programs link depends on the QML packages, so dpkg-shlibdeps cannot find
them. This runs qmlimportscanner over qml/, follows each module's qmldir "depends"/"import"
lines, asks dpkg which package ships each qmldir, and fails naming every package that is not in
the Depends list.
"""
import argparse
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--qml-root", required=True)
    p.add_argument("--qml-import-path", required=True)
    p.add_argument("--scanner", required=True)
    p.add_argument("--metainfo", required=True)
    p.add_argument("--version", required=True)
    p.add_argument("--depends", required=True, help="the control file's Depends value")
    return p.parse_args()


def depends_packages(depends):
    """Every package named in a Depends value, alternatives included."""
    names = set()
    for clause in depends.split(","):
        for alternative in clause.split("|"):
            name = alternative.strip().split(" ")[0]
            if name:
                names.add(name)
    return names


def module_dir(import_path, uri):
    return Path(import_path, *uri.split("."))


def qmldir_dependencies(qmldir):
    """URIs a module's qmldir says it needs ("depends X", "import X")."""
    uris = []
    for line in qmldir.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(depends|import)\s+([A-Za-z][\w.]*)", line)
        if match:
            uris.append(match.group(2))
    return uris


def owning_packages(paths):
    """{path: package} from one dpkg-query call (each call reads dpkg's whole file list)."""
    result = subprocess.run(["dpkg-query", "-S", *map(str, paths)], capture_output=True, text=True)
    owners = {}
    for line in result.stdout.splitlines():
        package, _, path = line.partition(": ")
        owners[path.strip()] = package.split(":")[0].strip()
    return owners


def check_modules(args, allowed):
    scan = subprocess.run(
        [args.scanner, "-rootPath", args.qml_root, "-importPath", args.qml_import_path],
        capture_output=True, text=True, check=True)
    pending = [m["name"] for m in json.loads(scan.stdout) if m.get("type") == "module"]
    seen, qmldirs = set(), {}
    while pending:
        uri = pending.pop()
        if uri in seen:
            continue
        seen.add(uri)
        qmldir = module_dir(args.qml_import_path, uri) / "qmldir"
        if not qmldir.is_file():
            continue  # ours (SoftToken, SoftToken.Scan), or another platform's style (iOS, macOS)
        pending.extend(qmldir_dependencies(qmldir))
        qmldirs[uri] = qmldir
    owners = owning_packages(qmldirs.values())
    problems, missing = [], {}
    for uri, qmldir in sorted(qmldirs.items()):
        package = owners.get(str(qmldir))
        if package is None:
            problems.append(f"{uri}: no Debian package ships {qmldir}")
        elif package not in allowed:
            missing.setdefault(package, []).append(uri)
    for package, uris in sorted(missing.items()):
        problems.append(f"add {package} to SOFTTOKEN_RUNTIME_DEPENDS (cmake/Packaging.cmake): "
                        f"it ships {', '.join(sorted(uris))}")
    return sorted(seen), problems


def check_release_notes(args):
    releases = ET.parse(args.metainfo).getroot().findall("./releases/release")
    versions = [r.get("version") for r in releases]
    if args.version not in versions:
        return [f"{args.metainfo}: no <release version=\"{args.version}\"> (release notes for "
                f"this version; the newest comes first)"]
    if versions[0] != args.version:
        return [f"{args.metainfo}: the first <release> is {versions[0]}, not {args.version}"]
    return []


def main():
    args = parse_args()
    allowed = depends_packages(args.depends)
    modules, problems = check_modules(args, allowed)
    problems += check_release_notes(args)
    for problem in problems:
        print(f"FAIL {problem}")
    if problems:
        return 1
    print(f"OK: {len(modules)} QML modules, all shipped by the package's Depends; "
          f"release notes for {args.version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
