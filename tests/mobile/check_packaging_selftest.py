#!/usr/bin/env python3
"""Shows that check_packaging.py fails when it should: each case copies mobile/ to a temporary
directory, breaks one thing and expects the checker to exit 1 naming the problem.

    check_packaging_selftest.py CHECKER MOBILE_DIR
"""
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # also when run from the build directory
from selftest_harness import run_cases  # noqa: E402

MANIFEST = 'android/AndroidManifest.xml'
RULES = 'android/res/xml/data_extraction_rules.xml'
PLIST = 'ios/Info.plist'

# (name, file, old text, new text, expected words in the checker's output; None: must still pass)
CASES = [
    ('backups allowed', MANIFEST, 'android:allowBackup="false"', 'android:allowBackup="true"', 'allowBackup'),
    ('no camera permission', MANIFEST, '<uses-permission android:name="android.permission.CAMERA" />', '',
     'android.permission.CAMERA'),
    ('no biometric permission', MANIFEST, '<uses-permission android:name="android.permission.USE_BIOMETRIC" />',
     '', 'android.permission.USE_BIOMETRIC'),
    ('missing ja Use PIN', 'android/res/values-ja/strings.xml', 'name="biometric_use_pin"', 'name="biometric_pin"',
     'biometric_use_pin'),
    ('English Use PIN in ja', 'android/res/values-ja/strings.xml', '>暗証番号を使う<', '>Use PIN<',
     'not Japanese'),
    ('microphone requested', MANIFEST, '<uses-permission android:name="android.permission.INTERNET" />',
     '<uses-permission android:name="android.permission.INTERNET" />'
     '<uses-permission android:name="android.permission.RECORD_AUDIO" />', 'RECORD_AUDIO'),
    ('Qt permission marker', MANIFEST, '<uses-permission android:name="android.permission.INTERNET" />',
     '<uses-permission android:name="android.permission.INTERNET" /><!-- %%INSERT_PERMISSIONS -->',
     'INSERT_PERMISSIONS'),
    ('Qt launcher passes arguments', MANIFEST, 'android:name="jp.softtoken.app.SoftTokenActivity"',
     'android:name="org.qtproject.qt.android.bindings.QtActivity"', 'SoftTokenActivity'),
    ('extra kept', 'android/src/jp/softtoken/app/SoftTokenActivity.java', '"applicationArguments", ', '',
     'applicationArguments'),
    ('tapjacking', 'android/src/jp/softtoken/app/SoftTokenActivity.java',
     'setFilterTouchesWhenObscured(true)', 'setFilterTouchesWhenObscured(false)', 'tapjacking'),
    ('arguments in the manifest', MANIFEST, 'android:value="-- %%INSERT_APP_ARGUMENTS%% --"',
     'android:value="--screenshot /data/x"', 'android.app.arguments'),
    ('rotating', MANIFEST, 'android:screenOrientation="portrait"', 'android:screenOrientation="unspecified"',
     'screenOrientation'),
    ('no extraction rules', MANIFEST, 'android:dataExtractionRules="@xml/data_extraction_rules"', '',
     '@xml/'),
    ('device transfer allowed', RULES, ['<device-transfer>', '</device-transfer>'],
     ['<device-transfer-off>', '</device-transfer-off>'], 'device-transfer'),
    ('cloud backup includes files', RULES, '<exclude domain="file" path="." />', '<include domain="file" path="." />',
     'include'),
    ('malformed manifest', MANIFEST, '</application>', '', 'well-formed'),
    ('other application id', MANIFEST, 'package="jp.softtoken.app"', 'package="jp.softtoken.other"', 'SOFTTOKEN_APP_ID'),
    ('missing ja rationale', 'android/res/values-ja/strings.xml', 'name="camera_rationale"', 'name="camera_text"',
     'camera_rationale'),
    ('unescaped apostrophe', 'android/res/values/strings.xml', 'No picture is stored', "We don't store pictures",
     'unescaped'),
    ('no camera text', PLIST, '<key>NSCameraUsageDescription</key>', '<key>NSCameraUsage</key>',
     'NSCameraUsageDescription'),
    ('no Face ID text', PLIST, '<key>NSFaceIDUsageDescription</key>', '<key>NSFaceID</key>', 'NSFaceIDUsageDescription'),
    ('landscape allowed', PLIST, '<string>UIInterfaceOrientationPortrait</string>',
     '<string>UIInterfaceOrientationPortrait</string><string>UIInterfaceOrientationLandscapeLeft</string>',
     'portrait'),
    ('malformed plist', PLIST, '</dict>', '', 'property list'),
    ('no ja localization', PLIST, '<string>ja</string>', '', 'CFBundleLocalizations'),
    ('broken ja strings', 'ios/ja.lproj/InfoPlist.strings', 'ロックを解除できます。";', 'ロックを解除できます。"',
     'InfoPlist.strings'),
    ('English camera text in ja', 'ios/ja.lproj/InfoPlist.strings',
     '"NSCameraUsageDescription" = "カメラは', '"NSCameraUsageDescription" = "Camera. カメラは', None),
]


def run(checker, mobile):
    result = subprocess.run([sys.executable, checker, '--mobile-dir', str(mobile)],
                            capture_output=True, text=True, timeout=60)
    return result.returncode, result.stdout + result.stderr


def main():
    checker, source = sys.argv[1], Path(sys.argv[2])
    code, output = run(checker, source)
    if code != 0:
        print('the real packaging does not pass:\n' + output)
        return 1

    def copy(tmp):
        shutil.copytree(source, tmp / 'mobile')
        return tmp / 'mobile'

    return run_cases(CASES, copy, lambda mobile: run(checker, mobile))


if __name__ == '__main__':
    sys.exit(main())
