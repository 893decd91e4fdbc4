#!/usr/bin/env python3
"""Static checks of SoftToken's phone packaging, standard library only.

The Android manifest and resources and the iOS Info.plist cannot be built on Debian (no NDK, no
Qt for Android, no Xcode), so CI checks here what a phone build would reject or what would break a
protection: well-formed files, required keys, permissions, no backups, portrait, en+ja texts,
icons. Prints one line per problem and exits 1 if there is any.

    check_packaging.py --mobile-dir mobile
"""
import argparse
import json
import plistlib
import re
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ANDROID_NS = 'http://schemas.android.com/apk/res/android'
A = '{%s}' % ANDROID_NS
BACKUP_DOMAINS = {'root', 'file', 'database', 'sharedpref', 'external'}
# Permissions an authenticator must not ask for (Qt's templates would add some of them).
FORBIDDEN_PERMISSIONS = {
    'android.permission.RECORD_AUDIO', 'android.permission.READ_EXTERNAL_STORAGE',
    'android.permission.WRITE_EXTERNAL_STORAGE', 'android.permission.READ_CONTACTS',
    'android.permission.ACCESS_FINE_LOCATION', 'android.permission.ACCESS_COARSE_LOCATION',
    'android.permission.SYSTEM_ALERT_WINDOW', 'android.permission.READ_PHONE_STATE',
}
LEGACY_ICON_SIZES = {'mdpi': 48, 'hdpi': 72, 'xhdpi': 96, 'xxhdpi': 144, 'xxxhdpi': 192}
CJK = re.compile('[\u3040-\u30ff\u4e00-\u9fff]')
APP_ID = re.compile(r'^[a-zA-Z][a-zA-Z0-9_]*(\.[a-zA-Z][a-zA-Z0-9_]*)+$')


class Report:
    def __init__(self):
        self.problems = []

    def error(self, where, message):
        self.problems.append('%s: %s' % (where, message))

    def check(self, condition, where, message):
        if not condition:
            self.error(where, message)
        return condition


def parse_xml(path, report):
    try:
        return ET.parse(path).getroot()
    except (ET.ParseError, OSError) as e:
        report.error(path, 'not well-formed XML: %s' % e)
        return None


def png_info(path):
    """(width, height, colour type) from a PNG's IHDR, or None."""
    try:
        data = Path(path).read_bytes()[:33]
    except OSError:
        return None
    if len(data) < 33 or data[:8] != b'\x89PNG\r\n\x1a\n' or data[12:16] != b'IHDR':
        return None
    width, height = struct.unpack('>II', data[16:24])
    return width, height, data[25]


def app_id_from_cmake(mobile, report):
    path = mobile / 'packaging.cmake'
    try:
        text = path.read_text(encoding='utf-8')
    except OSError as e:
        report.error(path, 'missing: %s' % e)
        return None
    m = re.search(r'set\(SOFTTOKEN_APP_ID\s+"([^"]+)"\)', text)
    if not report.check(m, path, 'no set(SOFTTOKEN_APP_ID "...")'):
        return None
    for ref in re.findall(r'"\$\{_ios\}/([^"]+)"', text):
        report.check((mobile / 'ios' / ref).exists(), path, 'references missing ios/%s' % ref)
    report.check('QT_ANDROID_PACKAGE_SOURCE_DIR' in text and 'MACOSX_BUNDLE_INFO_PLIST' in text,
                 path, 'lacks QT_ANDROID_PACKAGE_SOURCE_DIR or MACOSX_BUNDLE_INFO_PLIST')
    return m.group(1)


# ---------------------------------------------------------------- Android

def android_strings(path, report):
    root = parse_xml(path, report)
    strings = {}
    if root is None:
        return strings
    for s in root.findall('string'):
        name = s.get('name')
        text = ''.join(s.itertext())
        report.check(text.strip(), path, 'string "%s" is empty' % name)
        # aapt2 rejects an unescaped apostrophe or double quote unless the text is quoted.
        if not (text.startswith('"') and text.endswith('"')):
            report.check(not re.search(r"(?<!\\)['\"]", text), path,
                         'string "%s" has an unescaped \' or " (aapt2 error)' % name)
        strings[name] = text
    return strings


def check_backup_rules(path, root_tag, sections, report):
    root = parse_xml(path, report)
    if root is None:
        return
    if not report.check(root.tag == root_tag, path, 'root is <%s>, expected <%s>' % (root.tag, root_tag)):
        return
    for section in sections:
        node = root if section is None else root.find(section)
        where = '%s <%s>' % (path, section or root_tag)
        if not report.check(node is not None, path, 'no <%s> section' % section):
            continue
        report.check(node.find('include') is None, where, 'has an <include>: data would leave the device')
        excluded = {e.get('domain') for e in node.findall('exclude') if e.get('path') == '.'}
        missing = BACKUP_DOMAINS - excluded
        report.check(not missing, where, 'does not exclude domain(s) %s' % ', '.join(sorted(missing)))


def resource_file(res, ref, report, where):
    """Resolves @xml/name to res/xml/name.xml (must exist)."""
    m = re.fullmatch(r'@xml/([a-z0-9_]+)', ref or '')
    if not report.check(m, where, 'expected an @xml/... reference, got %r' % ref):
        return None
    path = res / 'xml' / (m.group(1) + '.xml')
    return path if report.check(path.exists(), where, '%s does not exist' % path) else None


def check_icon(res, ref, report, where):
    m = re.fullmatch(r'@mipmap/([a-z0-9_]+)', ref or '')
    if not report.check(m, where, 'expected an @mipmap/... icon, got %r' % ref):
        return
    name = m.group(1)
    for density, size in LEGACY_ICON_SIZES.items():
        png = res / ('mipmap-' + density) / (name + '.png')
        info = png_info(png)
        if report.check(info, where, '%s missing or not a PNG' % png):
            report.check(info[:2] == (size, size), png, 'is %dx%d, expected %dx%d' % (info[0], info[1], size, size))
    adaptive = res / 'mipmap-anydpi-v26' / (name + '.xml')
    if not report.check(adaptive.exists(), where, '%s missing (adaptive icon)' % adaptive):
        return
    root = parse_xml(adaptive, report)
    if root is None:
        return
    for part in ('background', 'foreground'):
        node = root.find(part)
        if not report.check(node is not None, adaptive, 'no <%s>' % part):
            continue
        ref = node.get(A + 'drawable', '')
        kind, _, target = ref.lstrip('@').partition('/')
        if kind == 'color':
            colors = parse_xml(res / 'values' / 'colors.xml', report)
            names = {c.get('name') for c in colors.findall('color')} if colors is not None else set()
            report.check(target in names, adaptive, '%s not defined in values/colors.xml' % ref)
        else:
            report.check(list(res.glob('%s*/%s.xml' % (kind, target))) or
                         list(res.glob('%s*/%s.png' % (kind, target))), adaptive, '%s not found' % ref)


def check_android(mobile, app_id, report):
    android = mobile / 'android'
    res = android / 'res'
    manifest_path = android / 'AndroidManifest.xml'
    manifest = parse_xml(manifest_path, report)
    if manifest is None:
        return
    where = str(manifest_path)
    raw = manifest_path.read_text(encoding='utf-8')
    report.check(manifest.tag == 'manifest', where, 'root element is not <manifest>')
    package = manifest.get('package')
    report.check(package and APP_ID.match(package), where, 'package %r is not an application id' % package)
    if app_id:
        report.check(package == app_id, where,
                     'package %r differs from SOFTTOKEN_APP_ID %r in packaging.cmake' % (package, app_id))

    permissions = {p.get(A + 'name') for p in manifest.findall('uses-permission')}
    # USE_BIOMETRIC: BiometricPrompt (src/jp/softtoken/app/BiometricBridge.java) fails without it.
    for needed in ('android.permission.CAMERA', 'android.permission.INTERNET',
                   'android.permission.USE_BIOMETRIC'):
        report.check(needed in permissions, where, 'does not request %s' % needed)
    for bad in sorted(permissions & FORBIDDEN_PERMISSIONS):
        report.error(where, 'requests %s, which an authenticator does not need' % bad)
    report.check(not re.search(r'<!--\s*%%INSERT_PERMISSIONS\s*-->', raw), where,
                 "keeps Qt's %%INSERT_PERMISSIONS marker (Qt Multimedia would add RECORD_AUDIO)")
    camera = [f for f in manifest.findall('uses-feature') if f.get(A + 'name') == 'android.hardware.camera']
    report.check(camera and camera[0].get(A + 'required') == 'false', where,
                 'android.hardware.camera must be declared with required="false" (manual entry works without)')

    app = manifest.find('application')
    if not report.check(app is not None, where, 'no <application>'):
        return
    report.check(app.get(A + 'allowBackup') == 'false', where, 'application allowBackup is not "false"')
    rules = resource_file(res, app.get(A + 'dataExtractionRules'), report, where + ' dataExtractionRules')
    if rules:
        check_backup_rules(rules, 'data-extraction-rules', ['cloud-backup', 'device-transfer'], report)
    legacy = resource_file(res, app.get(A + 'fullBackupContent'), report, where + ' fullBackupContent')
    if legacy:
        check_backup_rules(legacy, 'full-backup-content', [None], report)
    check_icon(res, app.get(A + 'icon'), report, where + ' icon')
    check_icon(res, app.get(A + 'roundIcon'), report, where + ' roundIcon')

    launchers = [a for a in app.findall('activity')
                 if any(f.find("action[@%sname='android.intent.action.MAIN']" % A) is not None and
                        f.find("category[@%sname='android.intent.category.LAUNCHER']" % A) is not None
                        for f in a.findall('intent-filter'))]
    if report.check(len(launchers) == 1, where, '%d launcher activities, expected 1' % len(launchers)):
        activity = launchers[0]
        report.check(activity.get(A + 'screenOrientation') == 'portrait', where,
                     'launcher activity screenOrientation is %r, expected "portrait"'
                     % activity.get(A + 'screenOrientation'))
        report.check(activity.get(A + 'exported') == 'true', where,
                     'launcher activity must set exported="true" (Android 12+)')
        # Exported, so any app may start it: Qt's own QtActivity would pass the intent extra
        # "applicationArguments" to the app as command-line options.
        report.check(activity.get(A + 'name') == 'jp.softtoken.app.SoftTokenActivity', where,
                     'launcher activity is %r, expected jp.softtoken.app.SoftTokenActivity (it drops '
                     'the intent extras Qt would pass as command-line options)'
                     % activity.get(A + 'name'))
        java = mobile / 'android' / 'src' / 'jp' / 'softtoken' / 'app' / 'SoftTokenActivity.java'
        source = java.read_text(encoding='utf-8') if java.exists() else ''
        report.check(re.search(r'QT_LOADER_EXTRAS\s*=\s*\{[^}]*"applicationArguments"', source)
                     and 'removeExtra' in source, java,
                     'SoftTokenActivity must remove the "applicationArguments" extra')
        report.check('setFilterTouchesWhenObscured(true)' in source, java,
                     'SoftTokenActivity must ignore touches under an overlay (tapjacking)')
        for m in activity.findall('meta-data'):
            if m.get(A + 'name') == 'android.app.arguments':
                value = m.get(A + 'value', '')
                report.check(value.strip() in ('', '-- %%INSERT_APP_ARGUMENTS%% --'), where,
                             'android.app.arguments is %r: the release app takes no arguments' % value)
        meta = {m.get(A + 'name') for m in activity.findall('meta-data')}
        report.check('android.app.lib_name' in meta, where, 'no android.app.lib_name meta-data (Qt cannot load the app)')

    en = android_strings(res / 'values' / 'strings.xml', report)
    ja = android_strings(res / 'values-ja' / 'strings.xml', report)
    # biometric_*: read by BiometricBridge.java through R.string (check_java.py compiles against them).
    for name in ('app_name', 'camera_rationale', 'biometric_title', 'biometric_use_pin'):
        report.check(name in en, res / 'values/strings.xml', 'no string "%s"' % name)
        report.check(name in ja, res / 'values-ja/strings.xml', 'no string "%s"' % name)
    report.check(set(en) == set(ja), res / 'values-ja/strings.xml',
                 'names differ from values/strings.xml: %s' % sorted(set(en) ^ set(ja)))
    for name in ('camera_rationale', 'biometric_title', 'biometric_use_pin'):
        if name in ja:
            report.check(CJK.search(ja[name]), res / 'values-ja/strings.xml', '"%s" is not Japanese' % name)
    for ref in re.findall(r'@string/([a-z0-9_]+)', raw):
        report.check(ref in en, where, '@string/%s is not defined' % ref)


# ---------------------------------------------------------------- iOS

STRINGS_LINE = re.compile(r'^"((?:[^"\\]|\\.)+)"\s*=\s*"((?:[^"\\]|\\.)*)"\s*;$')


def parse_strings(path, report):
    """Entries of an old-style .strings file: "key" = "value"; (one per line, /* */ comments)."""
    entries = {}
    try:
        text = path.read_text(encoding='utf-8')
    except (OSError, UnicodeDecodeError) as e:
        report.error(path, 'unreadable (expected UTF-8): %s' % e)
        return entries
    text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith('//'):
            continue
        m = STRINGS_LINE.match(line)
        if report.check(m, '%s:%d' % (path, number), 'not a "key" = "value"; line: %s' % line):
            report.check(m.group(2).strip(), '%s:%d' % (path, number), 'empty text for %s' % m.group(1))
            entries[m.group(1)] = m.group(2)
    return entries


def check_ios(mobile, report):
    ios = mobile / 'ios'
    plist_path = ios / 'Info.plist'
    try:
        with open(plist_path, 'rb') as f:
            plist = plistlib.load(f)
    except Exception as e:  # plistlib raises several types for broken files
        report.error(plist_path, 'not a well-formed property list: %s' % e)
        return
    where = str(plist_path)
    for key in ('CFBundleIdentifier', 'CFBundleExecutable', 'CFBundleShortVersionString',
                'CFBundleVersion', 'UILaunchStoryboardName', 'NSCameraUsageDescription',
                'NSFaceIDUsageDescription'):
        value = plist.get(key)
        report.check(isinstance(value, str) and value.strip(), where, 'no text for %s' % key)
    report.check(plist.get('CFBundlePackageType') == 'APPL', where, 'CFBundlePackageType is not APPL')
    report.check(plist.get('LSRequiresIPhoneOS') is True, where, 'LSRequiresIPhoneOS is not true')
    report.check(plist.get('CFBundleDevelopmentRegion') == 'en', where, 'CFBundleDevelopmentRegion is not en')
    localizations = set(plist.get('CFBundleLocalizations') or [])
    report.check({'en', 'ja'} <= localizations, where, 'CFBundleLocalizations lacks en or ja')
    report.check(plist.get('UISupportedInterfaceOrientations') == ['UIInterfaceOrientationPortrait'],
                 where, 'UISupportedInterfaceOrientations is not portrait only')

    translations = {}
    for lang in ('en', 'ja'):
        path = ios / ('%s.lproj' % lang) / 'InfoPlist.strings'
        if report.check(path.exists(), where, 'missing %s' % path):
            translations[lang] = parse_strings(path, report)
    for lang, entries in translations.items():
        for key in ('NSCameraUsageDescription', 'NSFaceIDUsageDescription', 'CFBundleDisplayName'):
            report.check(key in entries, ios / ('%s.lproj/InfoPlist.strings' % lang), 'no %s' % key)
    if 'ja' in translations:
        for key in ('NSCameraUsageDescription', 'NSFaceIDUsageDescription'):
            if key in translations['ja']:
                report.check(CJK.search(translations['ja'][key]), ios / 'ja.lproj/InfoPlist.strings',
                             '%s is not Japanese' % key)
    if 'en' in translations and 'NSCameraUsageDescription' in translations['en']:
        report.check(translations['en']['NSCameraUsageDescription'] == plist.get('NSCameraUsageDescription'),
                     ios / 'en.lproj/InfoPlist.strings', 'NSCameraUsageDescription differs from Info.plist')

    storyboard = ios / ('%s.storyboard' % plist.get('UILaunchStoryboardName', ''))
    if report.check(storyboard.exists(), where, 'launch storyboard %s missing' % storyboard):
        root = parse_xml(storyboard, report)
        if root is not None:
            report.check(root.get('launchScreen') == 'YES', storyboard, 'not marked launchScreen="YES"')

    icons = ios / 'Assets.xcassets' / 'AppIcon.appiconset'
    try:
        contents = json.loads((icons / 'Contents.json').read_text(encoding='utf-8'))
    except (OSError, ValueError) as e:
        report.error(icons / 'Contents.json', 'unreadable: %s' % e)
        return
    images = [i for i in contents.get('images', []) if i.get('filename')]
    report.check(any(i.get('size') == '1024x1024' for i in images), icons, 'no 1024x1024 app icon')
    for image in images:
        png = png_info(icons / image['filename'])
        if report.check(png, icons, '%s missing or not a PNG' % image['filename']):
            w, h = (int(x) for x in image['size'].split('x'))
            report.check(png[:2] == (w, h), icons, '%s is %dx%d' % (image['filename'], png[0], png[1]))
            report.check(png[2] in (0, 2), icons, '%s has an alpha channel (App Store rejects it)' % image['filename'])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--mobile-dir', required=True, type=Path)
    args = parser.parse_args()
    report = Report()
    app_id = app_id_from_cmake(args.mobile_dir, report)
    check_android(args.mobile_dir, app_id, report)
    check_ios(args.mobile_dir, report)
    for problem in report.problems:
        print('ERROR', problem)
    if report.problems:
        print('%d problem(s) in the phone packaging' % len(report.problems))
        return 1
    print('phone packaging OK (app id %s)' % app_id)
    return 0


if __name__ == '__main__':
    sys.exit(main())
