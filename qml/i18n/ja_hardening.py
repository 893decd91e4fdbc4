"""Japanese for the hardening of imports, the vault, the app lock, exports and the clock check:
import limits, the backup-copy notice, PIN-gated lock settings and exports, the clock
correction strip.

Merged by fill_translations.py. Vocabulary: 暗証番号 (PIN), アプリロック, トークン, 秘密鍵,
時刻サーバー, バックアップ.
"""

JA = {
    # import limits (ErrorText)
    "This file is too large to be an authenticator export (more than 16 MiB, or too many values). Nothing was imported.":
        "このファイルは認証アプリのエクスポートとしては大きすぎます（16 MiB超、または値が多すぎます）。何もインポートしていません。",
    "This file holds more than 10,000 tokens. Split it into smaller exports and import them one by one.":
        "このファイルには10,000件を超えるトークンが含まれています。小さなエクスポートに分けて、1つずつインポートしてください。",
    "This encrypted export has more password slots than any app writes (more than 4). It is refused so it cannot keep the device busy.":
        "この暗号化エクスポートには、通常のアプリが書き込むより多いパスワードスロット（5個以上）があります。端末を長時間ふさがないよう、読み込みを拒否しました。",
    "This encrypted export asks for a key derivation far costlier than any app uses (it would need too much memory). It is refused before any work is done.":
        "この暗号化エクスポートは、通常のアプリよりはるかに重い鍵導出（メモリが足りなくなるほど）を要求しています。処理を始める前に拒否しました。",
    # vault
    "The tokens no longer fit in the vault (more than 64 MiB). Nothing was changed. Remove tokens with very long names or secrets.":
        "トークンが保管庫に収まりません（64 MiB超）。何も変更していません。非常に長い名前や秘密鍵のトークンを削除してください。",
    "The vault file was damaged, so its backup copy was opened. The most recent change may be missing: check your tokens. The damaged file is kept next to the vault as vault.stv.damaged.":
        "保管庫のファイルが破損していたため、バックアップを開きました。直前の変更が失われている可能性があります。トークンを確認してください。破損したファイルは保管庫の隣に vault.stv.damaged として残します。",
    # clock check
    "The time server's answer is not plausible (a clock more than 90 minutes away, or a slow or suspicious reply), so it was not offered. Check the device's date and time in its settings, or try another server.":
        "時刻サーバーの応答が信頼できないため（90分を超える時刻のずれ、遅い応答、または不審な応答）、補正を提案しませんでした。端末の設定で日付と時刻を確認するか、別のサーバーをお試しください。",
    "Clock corrected: codes use +%1 s": "時刻補正中：ワンタイムパスワードは +%1 秒で計算",
    "Clock corrected: codes use −%1 s": "時刻補正中：ワンタイムパスワードは −%1 秒で計算",
    # exports
    "An export contains every secret key, so it needs the app PIN. Set a PIN in Settings → App lock first, then export.":
        "エクスポートにはすべての秘密鍵が含まれるため、アプリの暗証番号が必要です。先に「設定」→「アプリロック」で暗証番号を設定してから、エクスポートしてください。",
    "Confirm the export with your PIN first.": "先に暗証番号でエクスポートを確認してください。",
    # lock settings that loosen the lock
    "Setting changed": "設定を変更しました",
    "OK": "OK",
    "Enter your PIN to lock less often": "ロックの間隔を長くするには暗証番号を入力してください",
    "Enter your PIN to allow fingerprint or face unlock": "指紋・顔認証によるロック解除を許可するには暗証番号を入力してください",
}
