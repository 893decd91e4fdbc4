#!/usr/bin/env python3
"""Fills qml/i18n/softtoken_ja.ts (and the English plural forms in softtoken_en.ts) from the
tables below after `ninja update_translations`.

Words follow the bank guides: ワンタイムパスワード, シリアル番号, モード切替, トークン, QRコード.
Each screen area may keep its own table in qml/i18n/ja_<area>.py (`JA = {...}`, and optionally
`EN_PLURALS = {...}`); they are merged into the tables below.
Usage: python3 qml/i18n/fill_translations.py  (exits 1 and lists any source text without a translation)
"""
import importlib.util
import pathlib
import sys
import xml.etree.ElementTree as ET

sys.dont_write_bytecode = True  # the ja_*.py tables are data; keep __pycache__ out of the tree

JA = {
    "About": "このアプリについて",
    "SoftToken": "SoftToken",
    "Version %1": "バージョン %1",
    "A software token for one-time passwords (TOTP and HOTP). Your secret keys are encrypted on this device and never leave it.":
        "ワンタイムパスワード（TOTP・HOTP）のソフトウェアトークンです。秘密鍵はこの端末内で暗号化され、外部に送信されることはありません。",
    "Open-source software used": "使用しているオープンソースソフトウェア",
    "The full license texts are installed with these libraries (on Debian: /usr/share/doc/<package>/copyright).":
        "各ライセンスの全文は、ライブラリとともにインストールされています（Debian の場合: /usr/share/doc/<パッケージ名>/copyright）。",
    "You already have this token (%1).": "このトークンはすでに登録されています（%1）。",
    "A saved token (%1) has the same serial number.": "登録済みのトークン（%1）と同じシリアル番号です。",
    "Enter the issuer or the account name.": "発行元またはアカウント名を入力してください。",
    "Reading QR codes from images is not available in this build.": "このビルドでは画像からQRコードを読み取れません。",
    "Mode switch: to normal mode": "モード切替（通常モードへ）",
    "Mode switch: to registration mode": "モード切替（登録モードへ）",
    "Scan QR code": "QRコードを読み取る",
    "Import / Export": "インポート／エクスポート",
    "Settings": "設定",
    "“%1” at position %2 is not allowed: a secret key uses only the digits 2–7 (did you mean O, I or B?).":
        "%2文字目の「%1」は使えません。秘密鍵に使える数字は 2〜7 だけです（O、I、B の間違いではありませんか？）。",
    "“%1” at position %2 is not allowed: a secret key uses only the letters A–Z and the digits 2–7.":
        "%2文字目の「%1」は使えません。秘密鍵に使えるのは英字 A〜Z と数字 2〜7 だけです。",
    "The secret key has the wrong length: a character is missing or extra.":
        "秘密鍵の長さが正しくありません。文字が足りないか、多すぎます。",
    "This is not a valid secret key.": "有効な秘密鍵ではありません。",
    "Enter the secret key.": "秘密鍵を入力してください。",
    "The secret key is too short: it needs at least %n character(s).":
        "秘密鍵が短すぎます。%n文字以上必要です。",
    "One-time password": "ワンタイムパスワード",
    "Add this token?": "このトークンを追加しますか？",
    "Issuer": "発行元",
    "Account": "アカウント",
    "Type": "種類",
    "Serial number": "シリアル番号",
    "First code": "最初のコード",
    "Cancel": "キャンセル",
    "Replace": "置き換える",
    "Keep both": "両方残す",
    "Add": "追加",
    "%n second(s) left": "残り%n秒",
    "Add your token": "トークンを追加しましょう",
    "Scan the QR code shown by your bank": "銀行の画面に表示されたQRコードを読み取ってください",
    "Your bank shows it on its token registration page. The secret stays on this device.":
        "QRコードは銀行のトークン登録ページに表示されます。秘密鍵はこの端末の外に出ません。",
    "Import image": "画像から読み込む",
    "Enter key manually": "キーを手動で入力",
    "The secret key may only contain the letters A–Z and the digits 2–7.":
        "秘密鍵に使えるのは英字 A〜Z と数字 2〜7 だけです。",
    "The secret key has the wrong length. Check that no character is missing.":
        "秘密鍵の長さが正しくありません。入力漏れがないか確認してください。",
    "This QR code is not a valid token setup. Ask your bank for a new one.":
        "このQRコードはトークンの設定として正しくありません。銀行で新しいQRコードを発行してください。",
    "The token setup has no valid secret key.": "トークンの設定に有効な秘密鍵がありません。",
    "The token setup names two different issuers.": "トークンの設定に異なる発行元が2つ含まれています。",
    "The token uses an algorithm this app does not support.": "このトークンはこのアプリが対応していないアルゴリズムを使用しています。",
    "The number of digits must be between 6 and 10.": "桁数は 6〜10 の範囲で指定してください。",
    "The period must be at least 1 second.": "更新間隔は 1 秒以上にしてください。",
    "The counter of this counter-based token is missing or invalid.": "カウンター方式のトークンのカウンターがないか、正しくありません。",
    "A serial number has 4 letters and 8 digits, for example ABCD 1234 5678.":
        "シリアル番号は英字4文字と数字8桁です（例: ABCD 1234 5678）。",
    "The secret key is empty.": "秘密鍵が空です。",
    "The device clock is set before this token's start time. Check the date and time settings.":
        "端末の時刻がこのトークンの開始時刻より前になっています。日付と時刻の設定を確認してください。",
    "A cryptographic operation failed on this device.": "この端末で暗号処理に失敗しました。",
    "No saved tokens were found.": "保存されたトークンが見つかりません。",
    "The saved tokens are damaged and cannot be read.": "保存されたトークンが破損していて読み込めません。",
    "The saved tokens were written by a newer version of this app. Please update.":
        "保存されたトークンは新しいバージョンのアプリで作成されています。アプリを更新してください。",
    "Wrong passphrase, or the saved tokens were tampered with.": "パスフレーズが違うか、保存されたトークンが改ざんされています。",
    "Enter your passphrase to open your tokens.": "トークンを開くにはパスフレーズを入力してください。",
    "The device key store is not available. Unlock with your passphrase instead.":
        "端末のキーストアを利用できません。代わりにパスフレーズで解除してください。",
    "Your tokens could not be saved. Check the free storage space.": "トークンを保存できませんでした。空き容量を確認してください。",
    "This token no longer exists.": "このトークンはすでに存在しません。",
    "This image cannot be opened.": "この画像を開けません。",
    "No QR code was found. Make sure the whole code is visible and sharp.":
        "QRコードが見つかりません。コード全体がはっきり写っているか確認してください。",
    "This QR code is not a token setup code from your bank.": "このQRコードは銀行のトークン設定用QRコードではありません。",
    "Something went wrong (error %1).": "問題が発生しました（エラー %1）。",
    "Choose an image of the QR code": "QRコードの画像を選択",
    "Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)": "画像 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)",
    "Import": "インポート",
    "Paste from clipboard": "クリップボードから貼り付け",
    "Export": "エクスポート",
    "Encrypted export arrives in a later version.": "暗号化エクスポートは今後のバージョンで対応予定です。",
    "Back": "戻る",
    "Menu": "メニュー",
    "Registration mode": "登録モード",
    "“%1” deleted": "「%1」を削除しました",
    "Undo": "元に戻す",
    "Token added": "トークンを追加しました",
    "Working…": "処理中…",
    "Issuer (your bank)": "発行元（銀行名）",
    "Secret key": "秘密鍵",
    "e.g. JBSW Y3DP EHPK 3PXP": "例: JBSW Y3DP EHPK 3PXP",
    "Letters A–Z and digits 2–7; spaces are ignored.": "英字 A〜Z と数字 2〜7。スペースは無視されます。",
    "Advanced": "詳細設定",
    "Time-based (TOTP)": "時刻方式（TOTP）",
    "Counter-based (HOTP)": "カウンター方式（HOTP）",
    "Algorithm": "アルゴリズム",
    "Digits": "桁数",
    "Period (seconds)": "更新間隔（秒）",
    "Counter": "カウンター",
    "Optional, e.g. ABCD 1234 5678": "省略可（例: ABCD 1234 5678）",
    "Check and add": "確認して追加",
    "Counter-based (HOTP), %1 digits, %2": "カウンター方式（HOTP）、%1桁、%2",
    "Time-based (TOTP), %1 digits, every %2 s, %3": "時刻方式（TOTP）、%1桁、%2秒ごと、%3",
    "Camera preview": "カメラのプレビュー",
    "The camera is not available. Use one of the options below.": "カメラを利用できません。下のいずれかの方法をお使いください。",
    "Theme": "テーマ",
    "Follow the system": "システムに合わせる",
    "Light": "ライト",
    "Dark": "ダーク",
    "Language": "言語",
    "Show the next code in the last seconds": "残り数秒で次のコードを表示する",
    "Tap a code to copy it": "コードをタップしてコピーする",
    "Clear copied codes from the clipboard": "コピーしたコードをクリップボードから消去",
    "Never": "消去しない",
    "After 15 seconds": "15秒後",
    "After 30 seconds": "30秒後",
    "After 1 minute": "1分後",
    "After 2 minutes": "2分後",
    "TEST CLOCK: codes use a simulated time": "テスト用時計：コードは実際の時刻で計算されていません",
    "Copy": "コピー",
    "Copy serial number": "シリアル番号をコピー",
    "Next: %1": "次: %1",
    "Next code: %1": "次のコード: %1",
    "Next code": "次のコード",
    "Copy one-time password": "ワンタイムパスワードをコピー",
    "Enter an issuer or an account name.": "発行元またはアカウント名を入力してください。",
    "Search tokens": "トークンを検索",
    "One-time password copied": "ワンタイムパスワードをコピーしました",
    "No token matches “%1”": "「%1」に一致するトークンはありません",
    "Rename token": "トークンの名前を変更",
    "Save": "保存",
    "Delete “%1”?": "「%1」を削除しますか？",
    "Without this token you cannot sign in to %1 until you register a new one with your bank.":
        "このトークンを削除すると、銀行で新しいトークンを登録するまで %1 にログインできなくなります。",
    "Delete": "削除",
    "Type the serial number and the one-time password into your bank's registration page.":
        "シリアル番号とワンタイムパスワードを銀行の登録ページに入力してください。",
    "Serial number copied": "シリアル番号をコピーしました",
    "one-time password": "ワンタイムパスワード",
    "serial number": "シリアル番号",
    "Serial number: %1": "シリアル番号: %1",
    "Actions for %1": "%1 の操作",
    "Copy code": "コードをコピー",
    "Open": "開く",
    "Rename": "名前を変更",
    "Move up": "上へ移動",
    "Move down": "下へ移動",
    "This is a Google Authenticator export. Use Import / Export to bring it in.":
        "これは Google Authenticator のエクスポートです。「インポート／エクスポート」から取り込んでください。",
    "This QR code is a web link, not a token setup code.": "このQRコードはWebリンクです。トークン設定用のQRコードではありません。",
    "This QR code is a Wi-Fi network, not a token setup code.": "このQRコードはWi-Fiの設定です。トークン設定用のQRコードではありません。",
    "This QR code is an email address, not a token setup code.": "このQRコードはメールアドレスです。トークン設定用のQRコードではありません。",
    "This QR code is a phone number, not a token setup code.": "このQRコードは電話番号です。トークン設定用のQRコードではありません。",
    "This QR code is a text message, not a token setup code.": "このQRコードはSMSです。トークン設定用のQRコードではありません。",
    "This QR code is a map location, not a token setup code.": "このQRコードは地図上の位置です。トークン設定用のQRコードではありません。",
    "This QR code is a contact card, not a token setup code.": "このQRコードは連絡先です。トークン設定用のQRコードではありません。",
    "This QR code is a calendar event, not a token setup code.": "このQRコードは予定表のイベントです。トークン設定用のQRコードではありません。",
    "This QR code is empty.": "このQRコードは空です。",
    "No camera was found. Import an image of the QR code or enter the key manually.":
        "カメラが見つかりません。QRコードの画像を読み込むか、キーを手動で入力してください。",
    "The app may not use the camera. Allow camera access in the system settings, or import an image of the QR code.":
        "カメラの使用が許可されていません。システム設定でカメラへのアクセスを許可するか、QRコードの画像を読み込んでください。",
    "The camera could not be started. Import an image of the QR code instead.":
        "カメラを起動できませんでした。代わりにQRコードの画像を読み込んでください。",
    "Opening your tokens…": "トークンを開いています…",
    "Turn the light off": "ライトを消す",
    "Turn the light on": "ライトをつける",
    "Create a passphrase": "パスフレーズの作成",
    "Enter your passphrase": "パスフレーズの入力",
    "No device key store answered, so your tokens cannot be protected by this device's key. Choose a passphrase instead: it encrypts your tokens and you will enter it each time you open the app.":
        "端末のキーストアから応答がないため、端末の鍵でトークンを保護できません。代わりにパスフレーズを決めてください。トークンはパスフレーズで暗号化され、アプリを開くたびに入力が必要になります。",
    "Your tokens are protected by a passphrase. Enter it to open them.":
        "トークンはパスフレーズで保護されています。パスフレーズを入力して開いてください。",
    "Details: %1": "詳細: %1",
    "At least %n character(s). If you forget it, your tokens cannot be recovered.":
        "%n文字以上で入力してください。パスフレーズを忘れると、トークンは復元できません。",
    "Passphrase": "パスフレーズ",
    "Passphrase again": "パスフレーズ（確認）",
    "Creating…": "作成しています…",
    "Unlocking…": "解除しています…",
    "Create passphrase": "パスフレーズを作成",
    "Unlock": "解除",
    "The passphrase must have at least %n character(s).": "パスフレーズは%n文字以上にしてください。",
    "The two passphrases do not match.": "2つのパスフレーズが一致しません。",
    "Enter your passphrase.": "パスフレーズを入力してください。",
    "Your tokens are not protected by a passphrase: they need the device key store.":
        "トークンはパスフレーズで保護されていないため、端末のキーストアが必要です。",
}

# English needs only its plural forms: one, other.
EN_PLURALS = {
    "%n second(s) left": ["%n second left", "%n seconds left"],
    "The secret key is too short: it needs at least %n character(s).": [
        "The secret key is too short: it needs at least %n character.",
        "The secret key is too short: it needs at least %n characters."],
    "At least %n character(s). If you forget it, your tokens cannot be recovered.": [
        "At least %n character. If you forget it, your tokens cannot be recovered.",
        "At least %n characters. If you forget it, your tokens cannot be recovered."],
    "The passphrase must have at least %n character(s).": [
        "The passphrase must have at least %n character.",
        "The passphrase must have at least %n characters."],
}


for table in sorted(pathlib.Path(__file__).parent.glob("ja_*.py")):
    spec = importlib.util.spec_from_file_location(table.stem, table)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    JA.update(module.JA)
    EN_PLURALS.update(getattr(module, "EN_PLURALS", {}))


def fill(name, translate):
    path = pathlib.Path(__file__).with_name(name)
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        forms = translate(source, message.get("numerus") == "yes")
        if forms is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for text in forms:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = forms[0]
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return missing


missing = fill("softtoken_ja.ts", lambda s, numerus: [JA[s]] if s in JA else None)
# English: plural forms from the table; every other message keeps its source text.
fill("softtoken_en.ts", lambda s, numerus: EN_PLURALS.get(s) if numerus else [s])
if missing:
    print("untranslated:", *missing, sep="\n  ")
    sys.exit(1)
