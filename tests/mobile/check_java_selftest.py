#!/usr/bin/env python3
"""Shows that check_java.py fails when it should: each case copies the Java source, the strings and
biometric_android.cpp to a temporary tree, breaks one thing and expects exit 1 naming it.

    check_java_selftest.py JAVAC SOURCE_ROOT
"""
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

JAVA = 'mobile/android/src/jp/softtoken/app/BiometricBridge.java'
CPP = 'platform/src/android/biometric_android.cpp'
STRINGS = 'mobile/android/res/values/strings.xml'

# (name, file, old text, new text, expected words in the output)
CASES = [
    ('misspelt Android method', JAVA, '.setNegativeButton(', '.setNegativButton(', 'setNegativButton'),
    ('wrong argument type', JAVA, 'builder.setConfirmationRequired(false)',
     'builder.setConfirmationRequired(0)', 'setConfirmationRequired'),
    ('missing string resource', STRINGS, 'name="biometric_use_pin"', 'name="biometric_pin"',
     'biometric_use_pin'),
    ('C++ signature differs', CPP, '"(JILjava/lang/String;)V"', '"(JI)V"', 'onResult(JI)V'),
    ('C++ method name differs', CPP, '{"isAvailable"', '{"available"', 'available'),
    ('C++ class differs', CPP, '"jp/softtoken/app/BiometricBridge"', '"jp/softtoken/app/Biometric"',
     'jp/softtoken/app/Biometric'),
]


def run(javac, root):
    result = subprocess.run(
        [sys.executable, str(Path(__file__).with_name('check_java.py')), '--javac', javac,
         '--mobile-dir', str(root / 'mobile'), '--stubs', str(Path(__file__).with_name('stubs') / 'java'),
         '--cpp', str(root / CPP)], capture_output=True, text=True, timeout=300)
    return result.returncode, result.stdout + result.stderr


def main():
    javac, source = sys.argv[1], Path(sys.argv[2])
    failures = 0
    for name, rel, old, new, expected in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            shutil.copytree(source / 'mobile' / 'android', root / 'mobile' / 'android')
            (root / CPP).parent.mkdir(parents=True)
            shutil.copy(source / CPP, root / CPP)
            path = root / rel
            text = path.read_text(encoding='utf-8')
            if old not in text:
                print('CASE %s: %r not found in %s (update the self-test)' % (name, old, rel))
                failures += 1
                continue
            path.write_text(text.replace(old, new, 1), encoding='utf-8')
            code, output = run(javac, root)
            ok = code == 1 and expected in output
            print('%-28s %s' % (name, 'ok' if ok else 'NOT DETECTED'))
            if not ok:
                print(output)
                failures += 1
    print('%d case(s), %d failure(s)' % (len(CASES), failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
