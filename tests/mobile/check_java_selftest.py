#!/usr/bin/env python3
"""Shows that check_java.py fails when it should: each case copies the Java source, the strings and
biometric_android.cpp to a temporary tree, breaks one thing and expects exit 1 naming it.

    check_java_selftest.py JAVAC SOURCE_ROOT
"""
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # also when run from the build directory
from selftest_harness import run_cases  # noqa: E402

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

    def copy(tmp):
        shutil.copytree(source / 'mobile' / 'android', tmp / 'mobile' / 'android')
        (tmp / CPP).parent.mkdir(parents=True)
        shutil.copy(source / CPP, tmp / CPP)
        return tmp

    return run_cases(CASES, copy, lambda root: run(javac, root))


if __name__ == '__main__':
    sys.exit(main())
