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
        <name>AppController</name>
        <message>
            <source>You already have this token (%1).</source>
            <translation>このトークンはすでに登録されています（%1）。</translation>
        </message>
        <message>
            <source>A saved token (%1) has the same serial number.</source>
            <translation>登録済みのトークン（%1）と同じシリアル番号です。</translation>
        </message>
        <message>
            <source>Enter the issuer or the account name.</source>
            <translation>発行元またはアカウント名を入力してください。</translation>
        </message>
        <message>
            <source>Reading QR codes from images is not available in this build.</source>
            <translation>このビルドでは画像からQRコードを読み取れません。</translation>
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
            <source>The device clock is set before this token's start time. Check the date and time settings.</source>
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
            <source>Something went wrong (error %1).</source>
            <translation>問題が発生しました（エラー %1）。</translation>
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
            <source>Encrypted export arrives in a later version.</source>
            <translation>暗号化エクスポートは今後のバージョンで対応予定です。</translation>
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
            <source>“%1” deleted</source>
            <translation>「%1」を削除しました</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>Token added</source>
            <translation>トークンを追加しました</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>処理中…</translation>
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
            <source>No device key store answered, so your tokens cannot be protected by this device's key. Choose a passphrase instead: it encrypts your tokens and you will enter it each time you open the app.</source>
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
            <source>Light</source>
            <translation>ライト</translation>
        </message>
        <message>
            <source>Turn the light off</source>
            <translation>ライトを消す</translation>
        </message>
        <message>
            <source>Turn the light on</source>
            <translation>ライトをつける</translation>
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
            <source>Light</source>
            <translation>ライト</translation>
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
            <source>Type the serial number and the one-time password into your bank's registration page.</source>
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
    </context>
</TS>
