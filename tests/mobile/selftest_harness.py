"""The self-tests' common loop: a check must also fail. Each case makes a fresh copy of the files
in a temporary directory, breaks one thing and expects the check to exit 1 naming the problem.
Imported by check_java_selftest.py, check_packaging_selftest.py and check_objcxx.py --selftest.
"""
import tempfile
from pathlib import Path


def run_cases(cases, copy, check):
    """cases: (name, file, old text, new text, expected words in the output). old/new may be
    lists of texts replaced pairwise; expected None means the changed copy must still pass.
    copy(tmp) copies the files into the directory tmp and returns the root `file` is relative to;
    check(root) runs the check on the copy and returns (exit code, output).
    Prints one line per case and returns the script's exit code."""
    width = max(len(case[0]) for case in cases) + 2
    failures = 0
    for name, rel, old, new, expected in cases:
        with tempfile.TemporaryDirectory() as tmp:
            root = copy(Path(tmp))
            path = root / rel
            text = path.read_text(encoding='utf-8')
            olds, news = (old, new) if isinstance(old, list) else ([old], [new])
            if any(o not in text for o in olds):
                print('CASE %s: %r not found in %s (update the self-test)' % (name, old, rel))
                failures += 1
                continue
            for o, n in zip(olds, news):
                text = text.replace(o, n, 1)
            path.write_text(text, encoding='utf-8')
            code, output = check(root)
        if expected is None:
            ok = code == 0  # e.g. still valid: guards against over-eager checks
        else:
            ok = code == 1 and expected in output
        print('%-*s %s' % (width, name, 'ok' if ok else 'NOT DETECTED'))
        if not ok:
            print(output)
            failures += 1
    print('%d case(s), %d failure(s)' % (len(cases), failures))
    return 1 if failures else 0
