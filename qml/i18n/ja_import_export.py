"""Japanese for import and export (issue 6): the Import / Export page, the import preview, the
export page, the QR codes, Google Authenticator batches on the scan page, and their errors.

Merged by fill_translations.py. Vocabulary: トークン, QRコード, ワンタイムパスワード, シリアル番号,
インポート, エクスポート, パスフレーズ.
"""

JA = {
    # Import / Export page
    "From another authenticator's export (Aegis, Google Authenticator, FreeOTP+, 2FAS, a list of otpauth:// links) or a SoftToken backup. You see what was found before anything is saved.":
        "他の認証アプリのエクスポート（Aegis、Google Authenticator、FreeOTP+、2FAS、otpauth:// リンクの一覧）または SoftToken のバックアップから読み込みます。保存する前に、見つかった内容を確認できます。",
    "Import from a file": "ファイルからインポート",
    "Reading the file…": "ファイルを読み込んでいます…",
    "This backup is encrypted. Enter the passphrase it was made with.":
        "このバックアップは暗号化されています。作成時に設定したパスフレーズを入力してください。",
    "Backup passphrase": "バックアップのパスフレーズ",
    "Backup passphrase again": "バックアップのパスフレーズ（確認）",
    "Open backup": "バックアップを開く",
    "Take your tokens to a new phone or another app: an encrypted SoftToken backup, a file other apps read, or QR codes.":
        "トークンを新しい端末や他のアプリに移します。暗号化された SoftToken のバックアップ、他のアプリで読み込めるファイル、または QRコードを選べます。",
    "Export tokens…": "トークンをエクスポート…",
    "There are no tokens to export yet.": "エクスポートするトークンがまだありません。",
    "Choose the export file to import": "インポートするエクスポートファイルを選択",
    "Exports (*.json *.txt *.2fas *.stbackup *.vault)": "エクスポートファイル (*.json *.txt *.2fas *.stbackup *.vault)",
    "All files (*)": "すべてのファイル (*)",
    # formats
    "SoftToken backup": "SoftToken のバックアップ",
    "Google Authenticator export": "Google Authenticator のエクスポート",
    "Aegis export": "Aegis のエクスポート",
    "List of otpauth:// links": "otpauth:// リンクの一覧",
    "FreeOTP+ backup": "FreeOTP+ のバックアップ",
    "2FAS backup": "2FAS のバックアップ",
    # import flow
    "Google Authenticator export: %1 of %2 scanned. Still to scan: %3.":
        "Google Authenticator のエクスポート：%2 枚中 %1 枚を読み取りました。残り：%3 枚目。",
    "Enter the passphrase of this backup.": "このバックアップのパスフレーズを入力してください。",
    "Nothing new to import.": "新しくインポートするトークンはありません。",
    "%n token(s) imported.": "%n 件のトークンをインポートしました。",
    "This code belongs to another Google Authenticator export. Scan the rest of the current one (%1 of %2 scanned), or go back to start over.":
        "このQRコードは別の Google Authenticator のエクスポートのものです。読み取り中のエクスポートの残りを読み取るか（%2 枚中 %1 枚済み）、戻ってやり直してください。",
    "This is not one of the Google Authenticator export codes. %1":
        "これは Google Authenticator のエクスポートのQRコードではありません。%1",
    # preview
    "Already saved: skipped": "登録済みのため、スキップします",
    "A saved token has the same serial number: skipped": "登録済みのトークンとシリアル番号が同じため、スキップします",
    "Appears twice in this import: skipped": "このインポート内で重複しているため、スキップします",
    "Entry %1": "%1 件目",
    "Import preview": "インポートの確認",
    "%n token(s) found": "%n 件のトークンが見つかりました",
    "%n new": "新規 %n 件",
    "%n already saved (skipped)": "登録済み %n 件（スキップ）",
    "%n not supported": "非対応 %n 件",
    ", ": "、",
    "Not supported": "非対応",
    "Close": "閉じる",
    "Import %n token(s)": "%n 件をインポート",
    "Cannot be imported: its algorithm is not supported": "インポートできません：アルゴリズムに対応していません",
    "Cannot be imported: this kind of token (for example Steam) is not supported":
        "インポートできません：この種類のトークン（Steam など）には対応していません",
    "Cannot be imported: the number of digits is not supported": "インポートできません：桁数に対応していません",
    "Cannot be imported: the period is not valid": "インポートできません：更新間隔が正しくありません",
    "Cannot be imported: the secret key is missing or not valid": "インポートできません：秘密鍵がないか、正しくありません",
    "Cannot be imported: the counter is missing or not valid": "インポートできません：カウンターがないか、正しくありません",
    "Cannot be imported: the serial number is not valid": "インポートできません：シリアル番号が正しくありません",
    "Cannot be imported: the Google Authenticator link is damaged":
        "インポートできません：Google Authenticator のリンクが壊れています",
    "Cannot be imported: the entry is not valid": "インポートできません：内容が正しくありません",
    "%1: Google Authenticator only knows a 30-second period.": "%1：Google Authenticator は 30 秒の更新間隔にしか対応していません。",
    "%1: Google Authenticator only knows 6 or 8 digits.": "%1：Google Authenticator は 6 桁または 8 桁にしか対応していません。",
    # export page
    "%n token(s) with their secret keys.": "%n 件のトークンを秘密鍵とともにエクスポートします。",
    "Format": "形式",
    "SoftToken backup (encrypted)": "SoftToken のバックアップ（暗号化）",
    "List of otpauth:// links (text)": "otpauth:// リンクの一覧（テキスト）",
    "Aegis (unencrypted JSON)": "Aegis（暗号化なしの JSON）",
    "Google Authenticator QR codes": "Google Authenticator 用のQRコード",
    "QR code of one token": "1 件のトークンのQRコード",
    "Token": "トークン",
    "Choose a passphrase for the backup (at least %n character(s)). You need it to import the backup; it cannot be recovered.":
        "バックアップのパスフレーズを決めてください（%n 文字以上）。バックアップをインポートするときに必要です。忘れると復元できません。",
    "Not encrypted: anyone who sees or photographs these QR codes can copy your tokens.":
        "暗号化されていません。このQRコードを見たり撮影したりした人は誰でも、あなたのトークンを複製できます。",
    "Not encrypted: anyone with this file can copy all your tokens. Keep it safe and delete it when you are done.":
        "暗号化されていません。このファイルを持つ人は誰でも、すべてのトークンを複製できます。安全に保管し、使い終わったら削除してください。",
    "Show QR codes…": "QRコードを表示…",
    "Export…": "エクスポート…",
    "Exporting…": "エクスポートしています…",
    "Export your secret keys?": "秘密鍵をエクスポートしますか？",
    "Your PIN": "暗証番号",
    "The QR code contains this token's secret key. Whoever has it can make the same one-time passwords.":
        "このQRコードにはトークンの秘密鍵が含まれています。これを手に入れた人は、同じワンタイムパスワードを作れます。",
    "The export contains the secret keys of %n token(s). Whoever has it can make the same one-time passwords.":
        "エクスポートには %n 件のトークンの秘密鍵が含まれています。これを手に入れた人は、同じワンタイムパスワードを作れます。",
    "Save the export as": "エクスポートの保存先",
    "%n token(s) exported.": "%n 件のトークンをエクスポートしました。",
    "There are no tokens to export.": "エクスポートするトークンがありません。",
    "None of your tokens can be shown to Google Authenticator.":
        "Google Authenticator に移せるトークンがありません。",
    # QR codes
    "QR codes": "QRコード",
    "Anyone who sees or photographs these QR codes can copy your tokens.":
        "このQRコードを見たり撮影したりした人は誰でも、あなたのトークンを複製できます。",
    "QR code %1 of %2": "QRコード %2 枚中 %1 枚目",
    "%1 of %2": "%1 / %2",
    "Previous": "前へ",
    "Next": "次へ",
    "Not included (Google Authenticator cannot hold them):": "含まれないトークン（Google Authenticator が対応していません）：",
    # errors
    "This token is too large to show as a QR code.": "このトークンは大きすぎて、QRコードにできません。",
    "This file is not an export SoftToken can read. Supported: SoftToken backups, Aegis, Google Authenticator, FreeOTP+, 2FAS and lists of otpauth:// links.":
        "このファイルは SoftToken が読み込めるエクスポートではありません。対応形式：SoftToken のバックアップ、Aegis、Google Authenticator、FreeOTP+、2FAS、otpauth:// リンクの一覧。",
    "This file is damaged: it is not valid JSON. Export it again from the other app.":
        "このファイルは壊れています（正しい JSON ではありません）。元のアプリからもう一度エクスポートしてください。",
    "This file is damaged or was changed. Export it again from the other app.":
        "このファイルは壊れているか、変更されています。元のアプリからもう一度エクスポートしてください。",
    "This Google Authenticator export code is damaged. Scan it again, or export again in Google Authenticator.":
        "この Google Authenticator のエクスポート用QRコードは壊れています。もう一度読み取るか、Google Authenticator でエクスポートし直してください。",
    "This code belongs to another Google Authenticator export.":
        "このQRコードは別の Google Authenticator のエクスポートのものです。",
    "This backup is encrypted: enter its passphrase.": "このバックアップは暗号化されています。パスフレーズを入力してください。",
    "Wrong passphrase for this backup. Check it and try again.":
        "バックアップのパスフレーズが違います。確認して、もう一度お試しください。",
    "This kind of export cannot be read (for example an encrypted 2FAS backup, or a file from a newer app). Export it again without a password, or as a list of otpauth:// links.":
        "この種類のエクスポートは読み込めません（暗号化された 2FAS のバックアップや、新しいバージョンのアプリのファイルなど）。パスワードなしで、または otpauth:// リンクの一覧としてエクスポートし直してください。",
    "The file cannot be read. Check that it still exists.": "ファイルを読み込めません。ファイルがまだあるか確認してください。",
    "The file could not be written. Choose another place or free some storage space.":
        "ファイルを書き込めませんでした。別の場所を選ぶか、ストレージの空き容量を増やしてください。",
}

EN_PLURALS = {
    "%n token(s) imported.": ["%n token imported.", "%n tokens imported."],
    "%n token(s) found": ["%n token found", "%n tokens found"],
    "%n new": ["%n new", "%n new"],
    "%n already saved (skipped)": ["%n already saved (skipped)", "%n already saved (skipped)"],
    "%n not supported": ["%n not supported", "%n not supported"],
    "Import %n token(s)": ["Import %n token", "Import %n tokens"],
    "%n token(s) with their secret keys.": ["%n token with its secret key.", "%n tokens with their secret keys."],
    "Choose a passphrase for the backup (at least %n character(s)). You need it to import the backup; it cannot be recovered.": [
        "Choose a passphrase for the backup (at least %n character). You need it to import the backup; it cannot be recovered.",
        "Choose a passphrase for the backup (at least %n characters). You need it to import the backup; it cannot be recovered."],
    "The export contains the secret keys of %n token(s). Whoever has it can make the same one-time passwords.": [
        "The export contains the secret key of %n token. Whoever has it can make the same one-time passwords.",
        "The export contains the secret keys of %n tokens. Whoever has it can make the same one-time passwords."],
    "%n token(s) exported.": ["%n token exported.", "%n tokens exported."],
}
