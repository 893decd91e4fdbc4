<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutPage</name>
    <message>
        <source>About</source>
        <translation>このアプリについて</translation>
    </message>
    <message>
        <source>SoftToken</source>
        <translation>SoftToken</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>A software token for one-time passwords (TOTP and HOTP). Your secret keys are encrypted on this device and never leave it.</source>
        <translation>ワンタイムパスワード（TOTP・HOTP）のソフトウェアトークンです。秘密鍵はこの端末内で暗号化され、外部に送信されることはありません。</translation>
    </message>
    <message>
        <source>Open-source software used</source>
        <translation>使用しているオープンソースソフトウェア</translation>
    </message>
    <message>
        <source>The full license texts are installed with these libraries (on Debian: /usr/share/doc/&lt;package&gt;/copyright).</source>
        <translation>各ライセンスの全文は、ライブラリとともにインストールされています（Debian の場合: /usr/share/doc/&lt;パッケージ名&gt;/copyright）。</translation>
    </message>
</context>
<context>
    <name>AddTokenFlow</name>
    <message>
        <source>You already have this token (%1).</source>
        <translation>このトークンはすでに登録されています（%1）。</translation>
    </message>
    <message>
        <source>A saved token (%1) has the same serial number. It is not replaced: keep both, sign in once with the new one, then delete the old one.</source>
        <translation>登録済みのトークン（%1）と同じシリアル番号です。上書きはしません。両方を残し、新しいトークンで一度ログインできることを確かめてから、古いトークンを削除してください。</translation>
    </message>
    <message>
        <source>This is not one of the Google Authenticator export codes. %1</source>
        <translation>これは Google Authenticator のエクスポートのQRコードではありません。%1</translation>
    </message>
    <message>
        <source>Enter the issuer or the account name.</source>
        <translation>発行元またはアカウント名を入力してください。</translation>
    </message>
    <message>
        <source>Reading QR codes from images is not available in this build.</source>
        <translation>このビルドでは画像からQRコードを読み取れません。</translation>
    </message>
    <message>
        <source>Token added</source>
        <translation>トークンを追加しました</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The vault file was damaged, so its backup copy was opened. The most recent change may be missing: check your tokens. The damaged file is kept next to the vault as vault.stv.damaged.</source>
        <translation>保管庫のファイルが破損していたため、バックアップを開きました。直前の変更が失われている可能性があります。トークンを確認してください。破損したファイルは保管庫の隣に vault.stv.damaged として残します。</translation>
    </message>
</context>
<context>
    <name>AppMenu</name>
    <message>
        <source>Mode switch: to normal mode</source>
        <translation>モード切替（通常モードへ）</translation>
    </message>
    <message>
        <source>Mode switch: to registration mode</source>
        <translation>モード切替（登録モードへ）</translation>
    </message>
    <message>
        <source>Scan QR code</source>
        <translation>QRコードを読み取る</translation>
    </message>
    <message>
        <source>Import / Export</source>
        <translation>インポート／エクスポート</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>About</source>
        <translation>このアプリについて</translation>
    </message>
</context>
<context>
    <name>Base32Validator</name>
    <message>
        <source>“%1” at position %2 is not allowed: a secret key uses only the digits 2–7 (did you mean O, I or B?).</source>
        <translation>%2文字目の「%1」は使えません。秘密鍵に使える数字は 2〜7 だけです（O、I、B の間違いではありませんか？）。</translation>
    </message>
    <message>
        <source>“%1” at position %2 is not allowed: a secret key uses only the letters A–Z and the digits 2–7.</source>
        <translation>%2文字目の「%1」は使えません。秘密鍵に使えるのは英字 A〜Z と数字 2〜7 だけです。</translation>
    </message>
    <message>
        <source>The secret key has the wrong length: a character is missing or extra.</source>
        <translation>秘密鍵の長さが正しくありません。文字が足りないか、多すぎます。</translation>
    </message>
    <message>
        <source>This is not a valid secret key.</source>
        <translation>有効な秘密鍵ではありません。</translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation>秘密鍵を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>The secret key is too short: it needs at least %n character(s).</source>
        <translation>
            <numerusform>秘密鍵が短すぎます。%n文字以上必要です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
</context>
<context>
    <name>CameraAccess</name>
    <message>
        <source>Camera access is off for SoftToken. To scan, allow it in the system settings (Settings → Apps → SoftToken → Permissions → Camera). Meanwhile you can import a picture of the code, paste it or enter the key manually.</source>
        <translation>SoftTokenのカメラへのアクセスがオフになっています。読み取るには、端末の設定（設定 → アプリ → SoftToken → 権限 → カメラ）で許可してください。それまでは、QRコードの画像の読み込み、貼り付け、または秘密鍵の手入力をご利用いただけます。</translation>
    </message>
    <message>
        <source>SoftToken uses the camera only to read the QR code your bank gives you for a new token. No picture is stored or sent.</source>
        <translation>カメラは、銀行から届いた新しいトークンのQRコードを読み取るためだけに使います。画像を保存したり送信したりすることはありません。</translation>
    </message>
</context>
<context>
    <name>ClockCheckController</name>
    <message>
        <source>Your clock is correct (within 1 s).</source>
        <translation>端末の時計は正確です（誤差1秒以内）。</translation>
    </message>
    <message>
        <source>Your clock is off by %1 s: it is slow.</source>
        <translation>端末の時計が%1秒遅れています。</translation>
    </message>
    <message>
        <source>Your clock is off by %1 s: it is fast.</source>
        <translation>端末の時計が%1秒進んでいます。</translation>
    </message>
</context>
<context>
    <name>ClockCheckPage</name>
    <message>
        <source>Check clock</source>
        <translation>時計の確認</translation>
    </message>
    <message>
        <source>One-time passwords are wrong when this device&apos;s clock is wrong. SoftToken can ask a time server how far off the clock is.</source>
        <translation>端末の時計がずれていると、正しいワンタイムパスワードが表示されません。SoftTokenは時刻サーバーに問い合わせて、時計のずれを調べることができます。</translation>
    </message>
    <message>
        <source>Only when you tap “Check now”, the app sends one small request over the internet to the server below. It sends no information about you or your tokens.</source>
        <translation>「今すぐ確認」をタップしたときだけ、下のサーバーにインターネット経由で小さな問い合わせを1回送ります。お客さまやトークンに関する情報は送りません。</translation>
    </message>
    <message>
        <source>Time server</source>
        <translation>時刻サーバー</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>今すぐ確認</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Apply offset</source>
        <translation>ずれを補正する</translation>
    </message>
    <message>
        <source>No correction is in use: codes follow the device clock.</source>
        <translation>補正は使用していません。ワンタイムパスワードは端末の時計に従います。</translation>
    </message>
    <message>
        <source>Codes use a correction of %1 s.</source>
        <translation>ワンタイムパスワードに%1秒の補正を適用しています。</translation>
    </message>
    <message>
        <source>Remove correction</source>
        <translation>補正を解除</translation>
    </message>
</context>
<context>
    <name>ClockCorrectionBadge</name>
    <message>
        <source>Clock corrected: codes use +%1 s</source>
        <translation>時刻補正中：ワンタイムパスワードは +%1 秒で計算</translation>
    </message>
    <message>
        <source>Clock corrected: codes use −%1 s</source>
        <translation>時刻補正中：ワンタイムパスワードは −%1 秒で計算</translation>
    </message>
</context>
<context>
    <name>CodeView</name>
    <message>
        <source>One-time password</source>
        <translation>ワンタイムパスワード</translation>
    </message>
</context>
<context>
    <name>ConfirmTokenSheet</name>
    <message>
        <source>Add this token?</source>
        <translation>このトークンを追加しますか？</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行元</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>First code</source>
        <translation>最初のコード</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>両方残す</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>残り%n秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>SoftToken</source>
        <translation>SoftToken</translation>
    </message>
    <message>
        <source>Add your token</source>
        <translation>トークンを追加しましょう</translation>
    </message>
    <message>
        <source>Scan the QR code shown by your bank</source>
        <translation>銀行の画面に表示されたQRコードを読み取ってください</translation>
    </message>
    <message>
        <source>Your bank shows it on its token registration page. The secret stays on this device.</source>
        <translation>QRコードは銀行のトークン登録ページに表示されます。秘密鍵はこの端末の外に出ません。</translation>
    </message>
    <message>
        <source>Scan QR code</source>
        <translation>QRコードを読み取る</translation>
    </message>
    <message>
        <source>Import image</source>
        <translation>画像から読み込む</translation>
    </message>
    <message>
        <source>Enter key manually</source>
        <translation>キーを手動で入力</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The secret key may only contain the letters A–Z and the digits 2–7.</source>
        <translation>秘密鍵に使えるのは英字 A〜Z と数字 2〜7 だけです。</translation>
    </message>
    <message>
        <source>The secret key has the wrong length. Check that no character is missing.</source>
        <translation>秘密鍵の長さが正しくありません。入力漏れがないか確認してください。</translation>
    </message>
    <message>
        <source>This QR code is not a valid token setup. Ask your bank for a new one.</source>
        <translation>このQRコードはトークンの設定として正しくありません。銀行で新しいQRコードを発行してください。</translation>
    </message>
    <message>
        <source>The token setup has no valid secret key.</source>
        <translation>トークンの設定に有効な秘密鍵がありません。</translation>
    </message>
    <message>
        <source>The token setup names two different issuers.</source>
        <translation>トークンの設定に異なる発行元が2つ含まれています。</translation>
    </message>
    <message>
        <source>The token uses an algorithm this app does not support.</source>
        <translation>このトークンはこのアプリが対応していないアルゴリズムを使用しています。</translation>
    </message>
    <message>
        <source>The number of digits must be between 6 and 10.</source>
        <translation>桁数は 6〜10 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The period must be at least 1 second.</source>
        <translation>更新間隔は 1 秒以上にしてください。</translation>
    </message>
    <message>
        <source>The counter of this counter-based token is missing or invalid.</source>
        <translation>カウンター方式のトークンのカウンターがないか、正しくありません。</translation>
    </message>
    <message>
        <source>A serial number has 4 letters and 8 digits, for example ABCD 1234 5678.</source>
        <translation>シリアル番号は英字4文字と数字8桁です（例: ABCD 1234 5678）。</translation>
    </message>
    <message>
        <source>The secret key is empty.</source>
        <translation>秘密鍵が空です。</translation>
    </message>
    <message>
        <source>The device clock is set before this token&apos;s start time. Check the date and time settings.</source>
        <translation>端末の時刻がこのトークンの開始時刻より前になっています。日付と時刻の設定を確認してください。</translation>
    </message>
    <message>
        <source>A cryptographic operation failed on this device.</source>
        <translation>この端末で暗号処理に失敗しました。</translation>
    </message>
    <message>
        <source>No saved tokens were found.</source>
        <translation>保存されたトークンが見つかりません。</translation>
    </message>
    <message>
        <source>The saved tokens are damaged and cannot be read.</source>
        <translation>保存されたトークンが破損していて読み込めません。</translation>
    </message>
    <message>
        <source>The saved tokens were written by a newer version of this app. Please update.</source>
        <translation>保存されたトークンは新しいバージョンのアプリで作成されています。アプリを更新してください。</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the saved tokens were tampered with.</source>
        <translation>パスフレーズが違うか、保存されたトークンが改ざんされています。</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your tokens.</source>
        <translation>トークンを開くにはパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>The device key store is not available. Unlock with your passphrase instead.</source>
        <translation>端末のキーストアを利用できません。代わりにパスフレーズで解除してください。</translation>
    </message>
    <message>
        <source>Your tokens could not be saved. Check the free storage space.</source>
        <translation>トークンを保存できませんでした。空き容量を確認してください。</translation>
    </message>
    <message>
        <source>This token no longer exists.</source>
        <translation>このトークンはすでに存在しません。</translation>
    </message>
    <message>
        <source>This image cannot be opened.</source>
        <translation>この画像を開けません。</translation>
    </message>
    <message>
        <source>No QR code was found. Make sure the whole code is visible and sharp.</source>
        <translation>QRコードが見つかりません。コード全体がはっきり写っているか確認してください。</translation>
    </message>
    <message>
        <source>This QR code is not a token setup code from your bank.</source>
        <translation>このQRコードは銀行のトークン設定用QRコードではありません。</translation>
    </message>
    <message>
        <source>This is a Google Authenticator export. Use Import / Export to bring it in.</source>
        <translation>これは Google Authenticator のエクスポートです。「インポート／エクスポート」から取り込んでください。</translation>
    </message>
    <message>
        <source>This QR code is a web link, not a token setup code.</source>
        <translation>このQRコードはWebリンクです。トークン設定用のQRコードではありません。</translation>
    </message>
    <message>
        <source>This QR code is a Wi-Fi network, not a token setup code.</source>
        <translation>このQRコードはWi-Fiの設定です。トークン設定用のQRコードではありません。</translation>
    </message>
    <message>
        <source>This QR code is an email address, not a token setup code.</source>
        <translation>このQRコードはメールアドレスです。トークン設定用のQRコードではありません。</translation>
    </message>
    <message>
        <source>This QR code is a phone number, not a token setup code.</source>
        <translation>このQRコードは電話番号です。トークン設定用のQRコードではありません。</translation>
    </message>
    <message>
        <source>This QR code is a text message, not a token setup code.</source>
        <translation>このQRコードはSMSです。トークン設定用のQRコードではありません。</translation>
    </message>
    <message>
        <source>This QR code is a map location, not a token setup code.</source>
        <translation>このQRコードは地図上の位置です。トークン設定用のQRコードではありません。</translation>
    </message>
    <message>
        <source>This QR code is a contact card, not a token setup code.</source>
        <translation>このQRコードは連絡先です。トークン設定用のQRコードではありません。</translation>
    </message>
    <message>
        <source>This QR code is a calendar event, not a token setup code.</source>
        <translation>このQRコードは予定表のイベントです。トークン設定用のQRコードではありません。</translation>
    </message>
    <message>
        <source>This QR code is empty.</source>
        <translation>このQRコードは空です。</translation>
    </message>
    <message>
        <source>Your tokens are not protected by a passphrase: they need the device key store.</source>
        <translation>トークンはパスフレーズで保護されていないため、端末のキーストアが必要です。</translation>
    </message>
    <message>
        <source>This token is too large to show as a QR code.</source>
        <translation>このトークンは大きすぎて、QRコードにできません。</translation>
    </message>
    <message>
        <source>This file is damaged: it is not valid JSON. Export it again from the other app.</source>
        <translation>このファイルは壊れています（正しい JSON ではありません）。元のアプリからもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>This file is damaged or was changed. Export it again from the other app.</source>
        <translation>このファイルは壊れているか、変更されています。元のアプリからもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>This Google Authenticator export code is damaged. Scan it again, or export again in Google Authenticator.</source>
        <translation>この Google Authenticator のエクスポート用QRコードは壊れています。もう一度読み取るか、Google Authenticator でエクスポートし直してください。</translation>
    </message>
    <message>
        <source>This code belongs to another Google Authenticator export.</source>
        <translation>このQRコードは別の Google Authenticator のエクスポートのものです。</translation>
    </message>
    <message>
        <source>This backup is encrypted: enter its passphrase.</source>
        <translation>このバックアップは暗号化されています。パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Wrong passphrase for this backup. Check it and try again.</source>
        <translation>バックアップのパスフレーズが違います。確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it still exists.</source>
        <translation>ファイルを読み込めません。ファイルがまだあるか確認してください。</translation>
    </message>
    <message>
        <source>The file could not be written. Choose another place or free some storage space.</source>
        <translation>ファイルを書き込めませんでした。別の場所を選ぶか、ストレージの空き容量を増やしてください。</translation>
    </message>
    <message>
        <source>A PIN has 4 to 16 digits.</source>
        <translation>暗証番号は4〜16桁の数字です。</translation>
    </message>
    <message>
        <source>No PIN is set.</source>
        <translation>暗証番号が設定されていません。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>暗証番号が違います。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait, then try again.</source>
        <translation>暗証番号の誤りが多すぎます。しばらく待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The PIN could not be checked on this device.</source>
        <translation>この端末では暗証番号を確認できませんでした。</translation>
    </message>
    <message>
        <source>The saved app lock is damaged and the PIN cannot be checked.</source>
        <translation>保存されているアプリロックの情報が壊れているため、暗証番号を確認できません。</translation>
    </message>
    <message>
        <source>Fingerprint or face unlock is not available. Use your PIN.</source>
        <translation>指紋・顔認証は使用できません。暗証番号を入力してください。</translation>
    </message>
    <message>
        <source>Fingerprint or face unlock did not succeed. Use your PIN.</source>
        <translation>指紋・顔認証でロックを解除できませんでした。暗証番号を入力してください。</translation>
    </message>
    <message>
        <source>Enter the name of a time server.</source>
        <translation>時刻サーバーの名前を入力してください。</translation>
    </message>
    <message>
        <source>The time server could not be reached. Check the server name and the network.</source>
        <translation>時刻サーバーに接続できませんでした。サーバー名とネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>The time server did not answer in time. Try again later.</source>
        <translation>時刻サーバーから時間内に応答がありませんでした。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The time server sent an answer that cannot be used.</source>
        <translation>時刻サーバーから利用できない応答が届きました。</translation>
    </message>
    <message>
        <source>The time server does not know the exact time now. Try another server.</source>
        <translation>時刻サーバーが現在の正確な時刻を把握していません。別のサーバーをお試しください。</translation>
    </message>
    <message>
        <source>Your tokens were changed by another copy of SoftToken. Close this one and open the app again to see them.</source>
        <translation>別の SoftToken でトークンが変更されました。このアプリを閉じて、もう一度開いてください。</translation>
    </message>
    <message>
        <source>Something went wrong. If it happens again, please report it with this detail: %1</source>
        <translation>問題が発生しました。繰り返し起きる場合は、次の情報を添えてご報告ください: %1</translation>
    </message>
    <message>
        <source>The tokens no longer fit in the vault (more than 64 MiB). Nothing was changed. Remove tokens with very long names or secrets.</source>
        <translation>トークンが保管庫に収まりません（64 MiB超）。何も変更していません。非常に長い名前や秘密鍵のトークンを削除してください。</translation>
    </message>
    <message>
        <source>This file is too large to be an authenticator export (more than 16 MiB, or too many values). Nothing was imported.</source>
        <translation>このファイルは認証アプリのエクスポートとしては大きすぎます（16 MiB超、または値が多すぎます）。何もインポートしていません。</translation>
    </message>
    <message>
        <source>This file holds more than 10,000 tokens. Split it into smaller exports and import them one by one.</source>
        <translation>このファイルには10,000件を超えるトークンが含まれています。小さなエクスポートに分けて、1つずつインポートしてください。</translation>
    </message>
    <message>
        <source>This encrypted export has more password slots than any app writes (more than 4). It is refused so it cannot keep the device busy.</source>
        <translation>この暗号化エクスポートには、通常のアプリが書き込むより多いパスワードスロット（5個以上）があります。端末を長時間ふさがないよう、読み込みを拒否しました。</translation>
    </message>
    <message>
        <source>The time server&apos;s answer is not plausible (a clock more than 90 minutes away, or a slow or suspicious reply), so it was not offered. Check the device&apos;s date and time in its settings, or try another server.</source>
        <translation>時刻サーバーの応答が信頼できないため（90分を超える時刻のずれ、遅い応答、または不審な応答）、補正を提案しませんでした。端末の設定で日付と時刻を確認するか、別のサーバーをお試しください。</translation>
    </message>
    <message>
        <source>This file is not an export SoftToken can read. Supported: SoftToken backups, Aegis, Google Authenticator, FreeOTP+, 2FAS, Proton Authenticator, Ente Auth, Bitwarden, andOTP and lists of otpauth:// links.</source>
        <translation>このファイルは SoftToken が読み込めるエクスポートではありません。対応形式：SoftToken のバックアップ、Aegis、Google Authenticator、FreeOTP+、2FAS、Proton Authenticator、Ente Auth、Bitwarden、andOTP、otpauth:// リンクの一覧。</translation>
    </message>
    <message>
        <source>This kind of export cannot be read (for example a password-protected Bitwarden export, or a file from a newer app). Export it again without a password, or as a list of otpauth:// links.</source>
        <translation>この種類のエクスポートは読み込めません（パスワード付きの Bitwarden のエクスポートや、新しいバージョンのアプリのファイルなど）。パスワードなしで、または otpauth:// リンクの一覧としてエクスポートし直してください。</translation>
    </message>
    <message>
        <source>This encrypted export asks for a key derivation far costlier than any app uses (it would need too much memory or time). It is refused before any work is done.</source>
        <translation>この暗号化エクスポートは、通常のアプリよりはるかに重い鍵導出（メモリや時間が足りなくなるほど）を要求しています。処理を始める前に拒否しました。</translation>
    </message>
    <message>
        <source>This encrypted export is incomplete (the file was cut short). Copy it again from the other app or device.</source>
        <translation>この暗号化エクスポートは不完全です（ファイルが途中で切れています）。元のアプリや端末からもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>Automatic backups are off.</source>
        <translation>自動バックアップはオフです。</translation>
    </message>
    <message>
        <source>The backup folder is not there any more. Connect the drive or choose another folder. Your tokens are safe in the app.</source>
        <translation>バックアップ先のフォルダーが見つかりません。ドライブを接続するか、別のフォルダーを選んでください。トークンはアプリ内に安全に保存されています。</translation>
    </message>
    <message>
        <source>The backup folder cannot be written to. Choose another folder. Your tokens are safe in the app.</source>
        <translation>バックアップ先のフォルダーに書き込めません。別のフォルダーを選んでください。トークンはアプリ内に安全に保存されています。</translation>
    </message>
    <message>
        <source>The backup folder is full, so no new backup was written. The older backups and your tokens are unchanged.</source>
        <translation>バックアップ先のフォルダーに空きがないため、新しいバックアップを作成できませんでした。以前のバックアップとトークンはそのままです。</translation>
    </message>
    <message>
        <source>The backup could not be written. The older backups and your tokens are unchanged.</source>
        <translation>バックアップを作成できませんでした。以前のバックアップとトークンはそのままです。</translation>
    </message>
    <message>
        <source>There is no backup in the backup folder yet.</source>
        <translation>バックアップ先のフォルダーにはまだバックアップがありません。</translation>
    </message>
    <message>
        <source>The newest backup does not open with the backup passphrase.</source>
        <translation>最新のバックアップをバックアップのパスフレーズで開けません。</translation>
    </message>
    <message>
        <source>The newest backup does not hold the same tokens as the app.</source>
        <translation>最新のバックアップの内容がアプリのトークンと一致しません。</translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <source>Save the export as</source>
        <translation>エクスポートの保存先</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message numerus="yes">
        <source>The passphrase must have at least %n character(s).</source>
        <translation>
            <numerusform>パスフレーズは%n文字以上にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>2つのパスフレーズが一致しません。</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) exported.</source>
        <translation>
            <numerusform>%n 件のトークンをエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no tokens to export.</source>
        <translation>エクスポートするトークンがありません。</translation>
    </message>
    <message>
        <source>None of your tokens can be shown to Google Authenticator.</source>
        <translation>Google Authenticator に移せるトークンがありません。</translation>
    </message>
    <message>
        <source>Google Authenticator export</source>
        <translation>Google Authenticator のエクスポート</translation>
    </message>
    <message>
        <source>%1: Google Authenticator only knows a 30-second period.</source>
        <translation>%1：Google Authenticator は 30 秒の更新間隔にしか対応していません。</translation>
    </message>
    <message>
        <source>%1: Google Authenticator only knows 6 or 8 digits.</source>
        <translation>%1：Google Authenticator は 6 桁または 8 桁にしか対応していません。</translation>
    </message>
    <message>
        <source>An export contains every secret key, so it needs the app PIN. Set a PIN in Settings → App lock first, then export.</source>
        <translation>エクスポートにはすべての秘密鍵が含まれるため、アプリの暗証番号が必要です。先に「設定」→「アプリロック」で暗証番号を設定してから、エクスポートしてください。</translation>
    </message>
    <message>
        <source>Confirm the export with your PIN first.</source>
        <translation>先に暗証番号でエクスポートを確認してください。</translation>
    </message>
    <message>
        <source>%1: Google Authenticator cannot show Steam Guard codes.</source>
        <translation>%1：Google Authenticator は Steam Guard のコードを表示できません。</translation>
    </message>
    <message>
        <source>This format is a file, not QR codes.</source>
        <translation>この形式はファイルです。QRコードにはなりません。</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Not encrypted: anyone who sees or photographs these QR codes can copy your tokens.</source>
        <translation>暗号化されていません。このQRコードを見たり撮影したりした人は誰でも、あなたのトークンを複製できます。</translation>
    </message>
    <message>
        <source>Not encrypted: anyone with this file can copy all your tokens. Keep it safe and delete it when you are done.</source>
        <translation>暗号化されていません。このファイルを持つ人は誰でも、すべてのトークンを複製できます。安全に保管し、使い終わったら削除してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) with their secret keys.</source>
        <translation>
            <numerusform>%n 件のトークンを秘密鍵とともにエクスポートします。</numerusform>
        </translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>SoftToken backup (encrypted)</source>
        <translation>SoftToken のバックアップ（暗号化）</translation>
    </message>
    <message>
        <source>List of otpauth:// links (text)</source>
        <translation>otpauth:// リンクの一覧（テキスト）</translation>
    </message>
    <message>
        <source>Aegis (unencrypted JSON)</source>
        <translation>Aegis（暗号化なしの JSON）</translation>
    </message>
    <message>
        <source>Google Authenticator QR codes</source>
        <translation>Google Authenticator 用のQRコード</translation>
    </message>
    <message>
        <source>QR code of one token</source>
        <translation>1 件のトークンのQRコード</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase for the backup (at least %n character(s)). You need it to import the backup; it cannot be recovered.</source>
        <translation>
            <numerusform>バックアップのパスフレーズを決めてください（%n 文字以上）。バックアップをインポートするときに必要です。忘れると復元できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>バックアップのパスフレーズ</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>バックアップのパスフレーズ（確認）</translation>
    </message>
    <message>
        <source>Show QR codes…</source>
        <translation>QRコードを表示…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <source>Export your secret keys?</source>
        <translation>秘密鍵をエクスポートしますか？</translation>
    </message>
    <message>
        <source>The QR code contains this token&apos;s secret key. Whoever has it can make the same one-time passwords.</source>
        <translation>このQRコードにはトークンの秘密鍵が含まれています。これを手に入れた人は、同じワンタイムパスワードを作れます。</translation>
    </message>
    <message numerus="yes">
        <source>The export contains the secret keys of %n token(s). Whoever has it can make the same one-time passwords.</source>
        <translation>
            <numerusform>エクスポートには %n 件のトークンの秘密鍵が含まれています。これを手に入れた人は、同じワンタイムパスワードを作れます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>暗証番号</translation>
    </message>
</context>
<context>
    <name>ExportQrPage</name>
    <message>
        <source>QR codes</source>
        <translation>QRコード</translation>
    </message>
    <message>
        <source>Anyone who sees or photographs these QR codes can copy your tokens.</source>
        <translation>このQRコードを見たり撮影したりした人は誰でも、あなたのトークンを複製できます。</translation>
    </message>
    <message>
        <source>QR code %1 of %2</source>
        <translation>QRコード %2 枚中 %1 枚目</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Not included (Google Authenticator cannot hold them):</source>
        <translation>含まれないトークン（Google Authenticator が対応していません）：</translation>
    </message>
</context>
<context>
    <name>ImageFileDialog</name>
    <message>
        <source>Choose an image of the QR code</source>
        <translation>QRコードの画像を選択</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>ImportExportPage</name>
    <message>
        <source>Import / Export</source>
        <translation>インポート／エクスポート</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Import image</source>
        <translation>画像から読み込む</translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation>クリップボードから貼り付け</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Import from a file</source>
        <translation>ファイルからインポート</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <source>This backup is encrypted. Enter the passphrase it was made with.</source>
        <translation>このバックアップは暗号化されています。作成時に設定したパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>バックアップのパスフレーズ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Open backup</source>
        <translation>バックアップを開く</translation>
    </message>
    <message>
        <source>Take your tokens to a new phone or another app: an encrypted SoftToken backup, a file other apps read, or QR codes.</source>
        <translation>トークンを新しい端末や他のアプリに移します。暗号化された SoftToken のバックアップ、他のアプリで読み込めるファイル、または QRコードを選べます。</translation>
    </message>
    <message>
        <source>Export tokens…</source>
        <translation>トークンをエクスポート…</translation>
    </message>
    <message>
        <source>There are no tokens to export yet.</source>
        <translation>エクスポートするトークンがまだありません。</translation>
    </message>
    <message>
        <source>From another authenticator&apos;s export (Aegis, Google Authenticator, Proton Authenticator, Ente Auth, Bitwarden, 2FAS, andOTP, FreeOTP+, a list of otpauth:// links) or a SoftToken backup. You see what was found before anything is saved.</source>
        <translation>他の認証アプリのエクスポート（Aegis、Google Authenticator、Proton Authenticator、Ente Auth、Bitwarden、2FAS、andOTP、FreeOTP+、otpauth:// リンクの一覧）または SoftToken のバックアップから読み込みます。保存する前に、見つかった内容を確認できます。</translation>
    </message>
</context>
<context>
    <name>ImportFileDialog</name>
    <message>
        <source>Choose the export file to import</source>
        <translation>インポートするエクスポートファイルを選択</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Exports (*.json *.txt *.csv *.2fas *.aes *.stbackup *.vault)</source>
        <translation>エクスポートファイル (*.json *.txt *.csv *.2fas *.aes *.stbackup *.vault)</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>SoftToken backup</source>
        <translation>SoftToken のバックアップ</translation>
    </message>
    <message>
        <source>Google Authenticator export</source>
        <translation>Google Authenticator のエクスポート</translation>
    </message>
    <message>
        <source>Aegis export</source>
        <translation>Aegis のエクスポート</translation>
    </message>
    <message>
        <source>List of otpauth:// links</source>
        <translation>otpauth:// リンクの一覧</translation>
    </message>
    <message>
        <source>FreeOTP+ backup</source>
        <translation>FreeOTP+ のバックアップ</translation>
    </message>
    <message>
        <source>2FAS backup</source>
        <translation>2FAS のバックアップ</translation>
    </message>
    <message>
        <source>Google Authenticator export: %1 of %2 scanned. Still to scan: %3.</source>
        <translation>Google Authenticator のエクスポート：%2 枚中 %1 枚を読み取りました。残り：%3 枚目。</translation>
    </message>
    <message>
        <source>Enter the passphrase of this backup.</source>
        <translation>このバックアップのパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>新しくインポートするトークンはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) imported.</source>
        <translation>
            <numerusform>%n 件のトークンをインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>This code belongs to another Google Authenticator export. Scan the rest of the current one (%1 of %2 scanned), or go back to start over.</source>
        <translation>このQRコードは別の Google Authenticator のエクスポートのものです。読み取り中のエクスポートの残りを読み取るか（%2 枚中 %1 枚済み）、戻ってやり直してください。</translation>
    </message>
    <message>
        <source>Proton Authenticator export</source>
        <translation>Proton Authenticator のエクスポート</translation>
    </message>
    <message>
        <source>Ente Auth export</source>
        <translation>Ente Auth のエクスポート</translation>
    </message>
    <message>
        <source>Bitwarden export</source>
        <translation>Bitwarden のエクスポート</translation>
    </message>
    <message>
        <source>andOTP backup</source>
        <translation>andOTP のバックアップ</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Already saved: skipped</source>
        <translation>登録済みのため、スキップします</translation>
    </message>
    <message>
        <source>A saved token has the same serial number: skipped</source>
        <translation>登録済みのトークンとシリアル番号が同じため、スキップします</translation>
    </message>
    <message>
        <source>Appears twice in this import: skipped</source>
        <translation>このインポート内で重複しているため、スキップします</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>%1 件目</translation>
    </message>
    <message>
        <source>Cannot be imported: its algorithm is not supported</source>
        <translation>インポートできません：アルゴリズムに対応していません</translation>
    </message>
    <message>
        <source>Cannot be imported: this kind of token (for example Steam) is not supported</source>
        <translation>インポートできません：この種類のトークン（Steam など）には対応していません</translation>
    </message>
    <message>
        <source>Cannot be imported: the number of digits is not supported</source>
        <translation>インポートできません：桁数に対応していません</translation>
    </message>
    <message>
        <source>Cannot be imported: the period is not valid</source>
        <translation>インポートできません：更新間隔が正しくありません</translation>
    </message>
    <message>
        <source>Cannot be imported: the secret key is missing or not valid</source>
        <translation>インポートできません：秘密鍵がないか、正しくありません</translation>
    </message>
    <message>
        <source>Cannot be imported: the counter is missing or not valid</source>
        <translation>インポートできません：カウンターがないか、正しくありません</translation>
    </message>
    <message>
        <source>Cannot be imported: the serial number is not valid</source>
        <translation>インポートできません：シリアル番号が正しくありません</translation>
    </message>
    <message>
        <source>Cannot be imported: the Google Authenticator link is damaged</source>
        <translation>インポートできません：Google Authenticator のリンクが壊れています</translation>
    </message>
    <message>
        <source>Cannot be imported: the entry is not valid</source>
        <translation>インポートできません：内容が正しくありません</translation>
    </message>
    <message>
        <source>Cannot be imported: its code is not an otpauth:// or Steam link</source>
        <translation>インポートできません：コードが otpauth:// や Steam のリンクではありません</translation>
    </message>
    <message>
        <source>Cannot be imported: the entry is incomplete or damaged</source>
        <translation>インポートできません：項目が不完全か壊れています</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>entry position: reason</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Import preview</source>
        <translation>インポートの確認</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) found</source>
        <translation>
            <numerusform>%n 件のトークンが見つかりました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>新規 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already saved (skipped)</source>
        <translation>
            <numerusform>登録済み %n 件（スキップ）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not supported</source>
        <translation>
            <numerusform>非対応 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>非対応</translation>
    </message>
    <message>
        <source>Nothing new to import.</source>
        <translation>新しくインポートするトークンはありません。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <source>Import %n token(s)</source>
        <translation>
            <numerusform>%n 件をインポート</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>Try again in %1 s</source>
        <translation>%1秒後にもう一度お試しください</translation>
    </message>
    <message>
        <source>Try again in %1 min %2 s</source>
        <translation>%1分%2秒後にもう一度お試しください</translation>
    </message>
    <message>
        <source>Too many wrong PINs.</source>
        <translation>暗証番号の誤りが多すぎます。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>暗証番号が違います。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more attempt(s) before a waiting time.</source>
        <translation>
            <numerusform>暗証番号が違います。待ち時間なしで入力できるのは、あと%n回です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock SoftToken</source>
        <translation>SoftTokenのロックを解除</translation>
    </message>
    <message>
        <source>A PIN has 4 to 16 digits.</source>
        <translation>暗証番号は4〜16桁の数字です。</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>2回入力した暗証番号が一致しません。</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <source>SoftToken</source>
        <translation>SoftToken</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>SoftToken is locked</source>
        <translation>SoftTokenはロックされています</translation>
    </message>
    <message>
        <source>SoftToken</source>
        <translation>SoftToken</translation>
    </message>
    <message>
        <source>Enter your PIN to open your tokens.</source>
        <translation>トークンを開くには暗証番号を入力してください。</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>暗証番号</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Use fingerprint or face</source>
        <translation>指紋・顔認証を使う</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>keypad: erase the last digit</comment>
        <translation>1文字消去</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>SoftToken</source>
        <translation>SoftToken</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>Registration mode</source>
        <translation>登録モード</translation>
    </message>
    <message>
        <source>Opening your tokens…</source>
        <translation>トークンを開いています…</translation>
    </message>
</context>
<context>
    <name>ManualEntryPage</name>
    <message>
        <source>Enter key manually</source>
        <translation>キーを手動で入力</translation>
    </message>
    <message>
        <source>Issuer (your bank)</source>
        <translation>発行元（銀行名）</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <source>e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation>例: JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
        <source>Letters A–Z and digits 2–7; spaces are ignored.</source>
        <translation>英字 A〜Z と数字 2〜7。スペースは無視されます。</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <translation>時刻方式（TOTP）</translation>
    </message>
    <message>
        <source>Counter-based (HOTP)</source>
        <translation>カウンター方式（HOTP）</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>アルゴリズム</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>桁数</translation>
    </message>
    <message>
        <source>Period (seconds)</source>
        <translation>更新間隔（秒）</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>カウンター</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Optional, e.g. ABCD 1234 5678</source>
        <translation>省略可（例: ABCD 1234 5678）</translation>
    </message>
    <message>
        <source>Check and add</source>
        <translation>確認して追加</translation>
    </message>
</context>
<context>
    <name>PassphraseBanner</name>
    <message>
        <source>Your tokens are locked until you enter your passphrase.</source>
        <translation>パスフレーズを入力するまで、トークンは開けません。</translation>
    </message>
    <message>
        <source>Set a passphrase to keep your tokens on this device.</source>
        <translation>トークンをこの端末に保存するには、パスフレーズを設定してください。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>パスフレーズを設定</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Create a passphrase</source>
        <translation>パスフレーズの作成</translation>
    </message>
    <message>
        <source>Enter your passphrase</source>
        <translation>パスフレーズの入力</translation>
    </message>
    <message>
        <source>No device key store answered, so your tokens cannot be protected by this device&apos;s key. Choose a passphrase instead: it encrypts your tokens and you will enter it each time you open the app.</source>
        <translation>端末のキーストアから応答がないため、端末の鍵でトークンを保護できません。代わりにパスフレーズを決めてください。トークンはパスフレーズで暗号化され、アプリを開くたびに入力が必要になります。</translation>
    </message>
    <message>
        <source>Your tokens are protected by a passphrase. Enter it to open them.</source>
        <translation>トークンはパスフレーズで保護されています。パスフレーズを入力して開いてください。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). If you forget it, your tokens cannot be recovered.</source>
        <translation>
            <numerusform>%n文字以上で入力してください。パスフレーズを忘れると、トークンは復元できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>パスフレーズ（確認）</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>作成しています…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>解除しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Create passphrase</source>
        <translation>パスフレーズを作成</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解除</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message numerus="yes">
        <source>The passphrase must have at least %n character(s).</source>
        <translation>
            <numerusform>パスフレーズは%n文字以上にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>2つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>パスフレーズを入力してください。</translation>
    </message>
</context>
<context>
    <name>PendingToken</name>
    <message>
        <source>Counter-based (HOTP), %1 digits, %2</source>
        <translation>カウンター方式（HOTP）、%1桁、%2</translation>
    </message>
    <message>
        <source>Time-based (TOTP), %1 digits, every %2 s, %3</source>
        <translation>時刻方式（TOTP）、%1桁、%2秒ごと、%3</translation>
    </message>
    <message>
        <source>Steam Guard, 5 characters, every %1 s</source>
        <translation>Steam Guard、5文字、%1秒ごと</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>App lock turned off</source>
        <translation>アプリロックをオフにしました</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>暗証番号を変更しました</translation>
    </message>
    <message>
        <source>App lock turned on</source>
        <translation>アプリロックをオンにしました</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>暗証番号の削除</translation>
    </message>
    <message>
        <source>Change the PIN</source>
        <translation>暗証番号の変更</translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation>暗証番号の設定</translation>
    </message>
    <message>
        <source>The app will ask for this PIN when it starts and after it was in the background. At least 4 digits.</source>
        <translation>アプリの起動時と、バックグラウンドから戻ったときに、この暗証番号の入力を求めます。4桁以上の数字にしてください。</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>現在の暗証番号</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新しい暗証番号</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>新しい暗証番号（確認）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>設定を変更しました</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ScanController</name>
    <message>
        <source>No camera was found. Import an image of the QR code or enter the key manually.</source>
        <translation>カメラが見つかりません。QRコードの画像を読み込むか、キーを手動で入力してください。</translation>
    </message>
    <message>
        <source>The app may not use the camera. Allow camera access in the system settings, or import an image of the QR code.</source>
        <translation>カメラの使用が許可されていません。システム設定でカメラへのアクセスを許可するか、QRコードの画像を読み込んでください。</translation>
    </message>
    <message>
        <source>The camera could not be started. Import an image of the QR code instead.</source>
        <translation>カメラを起動できませんでした。代わりにQRコードの画像を読み込んでください。</translation>
    </message>
    <message>
        <source>A QR code is in view but too small to read. Move closer to it.</source>
        <translation>QRコードが映っていますが、小さすぎて読み取れません。もっと近づけてください。</translation>
    </message>
    <message>
        <source>A QR code is in view but a reflection covers part of it. Tilt the phone or the screen a little to get rid of the glare.</source>
        <translation>QRコードが映っていますが、光の反射で一部が見えません。反射が消えるように、端末か画面を少し傾けてください。</translation>
    </message>
    <message>
        <source>A QR code is in view but blurred. Hold the phone still for a moment.</source>
        <translation>QRコードが映っていますが、ぼやけています。少しの間、端末を動かさないでください。</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Scan QR code</source>
        <translation>QRコードを読み取る</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>カメラのプレビュー</translation>
    </message>
    <message>
        <source>Scan the QR code shown by your bank</source>
        <translation>銀行の画面に表示されたQRコードを読み取ってください</translation>
    </message>
    <message>
        <source>Import image</source>
        <translation>画像から読み込む</translation>
    </message>
    <message>
        <source>Paste from clipboard</source>
        <translation>クリップボードから貼り付け</translation>
    </message>
    <message>
        <source>Enter key manually</source>
        <translation>キーを手動で入力</translation>
    </message>
    <message>
        <source>Turn the light off</source>
        <translation>ライトを消す</translation>
    </message>
    <message>
        <source>Turn the light on</source>
        <translation>ライトをつける</translation>
    </message>
    <message>
        <source>Allow camera</source>
        <translation>カメラを許可</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>camera torch</comment>
        <translation>ライト点灯</translation>
    </message>
</context>
<context>
    <name>SerialSource</name>
    <message>
        <source>From your bank</source>
        <translation>銀行が発行した番号です</translation>
    </message>
    <message>
        <source>Made by SoftToken from the key</source>
        <translation>SoftTokenが鍵から作成した番号です</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Show the next code in the last seconds</source>
        <translation>残り数秒で次のコードを表示する</translation>
    </message>
    <message>
        <source>Tap a code to copy it</source>
        <translation>コードをタップしてコピーする</translation>
    </message>
    <message>
        <source>Clear copied codes from the clipboard</source>
        <translation>コピーしたコードをクリップボードから消去</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>消去しない</translation>
    </message>
    <message>
        <source>After 15 seconds</source>
        <translation>15秒後</translation>
    </message>
    <message>
        <source>After 30 seconds</source>
        <translation>30秒後</translation>
    </message>
    <message>
        <source>After 1 minute</source>
        <translation>1分後</translation>
    </message>
    <message>
        <source>After 2 minutes</source>
        <translation>2分後</translation>
    </message>
    <message>
        <source>App lock</source>
        <translation>アプリロック</translation>
    </message>
    <message>
        <source>On: the app asks for your PIN when it starts.</source>
        <translation>オン：起動時に暗証番号の入力を求めます。</translation>
    </message>
    <message>
        <source>Off: anyone holding your unlocked phone can see your codes.</source>
        <translation>オフ：ロックが解除された端末を手にした人は誰でも、ワンタイムパスワードを見ることができます。</translation>
    </message>
    <message>
        <source>Set a PIN…</source>
        <translation>暗証番号を設定…</translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation>暗証番号を変更…</translation>
    </message>
    <message>
        <source>Remove PIN…</source>
        <translation>暗証番号を削除…</translation>
    </message>
    <message>
        <source>Lock again after time in the background</source>
        <translation>バックグラウンドから戻ったときに再びロックするまでの時間</translation>
    </message>
    <message>
        <source>Immediately</source>
        <translation>すぐに</translation>
    </message>
    <message>
        <source>After 5 minutes</source>
        <translation>5分後</translation>
    </message>
    <message>
        <source>After 15 minutes</source>
        <translation>15分後</translation>
    </message>
    <message>
        <source>After 1 hour</source>
        <translation>1時間後</translation>
    </message>
    <message>
        <source>Unlock with fingerprint or face</source>
        <translation>指紋・顔認証でロックを解除</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>時計</translation>
    </message>
    <message>
        <source>Check clock…</source>
        <translation>時計を確認…</translation>
    </message>
    <message>
        <source>Enter your PIN to lock less often</source>
        <translation>ロックの間隔を長くするには暗証番号を入力してください</translation>
    </message>
    <message>
        <source>Enter your PIN to allow fingerprint or face unlock</source>
        <translation>指紋・顔認証によるロック解除を許可するには暗証番号を入力してください</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>colour theme</comment>
        <translation>ライト</translation>
    </message>
</context>
<context>
    <name>TestClockBadge</name>
    <message>
        <source>TEST CLOCK: codes use a simulated time</source>
        <translation>テスト用時計：コードは実際の時刻で計算されていません</translation>
    </message>
</context>
<context>
    <name>TokenCard</name>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy serial number</source>
        <translation>シリアル番号をコピー</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>ワンタイムパスワード</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>次: %1</translation>
    </message>
    <message>
        <source>Next code: %1</source>
        <translation>次のコード: %1</translation>
    </message>
    <message>
        <source>Next code</source>
        <translation>次のコード</translation>
    </message>
    <message>
        <source>Copy one-time password</source>
        <translation>ワンタイムパスワードをコピー</translation>
    </message>
</context>
<context>
    <name>TokenListModel</name>
    <message>
        <source>Enter an issuer or an account name.</source>
        <translation>発行元またはアカウント名を入力してください。</translation>
    </message>
</context>
<context>
    <name>TokenListPage</name>
    <message>
        <source>Registration mode</source>
        <translation>登録モード</translation>
    </message>
    <message>
        <source>SoftToken</source>
        <translation>SoftToken</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>トークンを検索</translation>
    </message>
    <message>
        <source>One-time password copied</source>
        <translation>ワンタイムパスワードをコピーしました</translation>
    </message>
    <message>
        <source>No token matches “%1”</source>
        <translation>「%1」に一致するトークンはありません</translation>
    </message>
    <message>
        <source>Rename token</source>
        <translation>トークンの名前を変更</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行元</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>「%1」を削除しますか？</translation>
    </message>
    <message>
        <source>Without this token you cannot sign in to %1 until you register a new one with your bank.</source>
        <translation>このトークンを削除すると、銀行で新しいトークンを登録するまで %1 にログインできなくなります。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>“%1” deleted</source>
        <translation>「%1」を削除しました</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
</context>
<context>
    <name>TokenPage</name>
    <message>
        <source>Registration mode</source>
        <translation>登録モード</translation>
    </message>
    <message>
        <source>SoftToken</source>
        <translation>SoftToken</translation>
    </message>
    <message>
        <source>Type the serial number and the one-time password into your bank&apos;s registration page.</source>
        <translation>シリアル番号とワンタイムパスワードを銀行の登録ページに入力してください。</translation>
    </message>
    <message>
        <source>One-time password copied</source>
        <translation>ワンタイムパスワードをコピーしました</translation>
    </message>
    <message>
        <source>Serial number copied</source>
        <translation>シリアル番号をコピーしました</translation>
    </message>
</context>
<context>
    <name>TokenRow</name>
    <message>
        <source>one-time password</source>
        <translation>ワンタイムパスワード</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Serial number: %1</source>
        <translation>シリアル番号: %1</translation>
    </message>
    <message>
        <source>Actions for %1</source>
        <translation>%1 の操作</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Drag to move %1</source>
        <translation>ドラッグして「%1」を移動</translation>
    </message>
</context>
</TS>
