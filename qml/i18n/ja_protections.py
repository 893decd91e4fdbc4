"""Japanese for the protections of issue 7: app lock, lock screen, clock check, their errors.

Merged by fill_translations.py. Vocabulary: 暗証番号 (PIN), アプリロック, ワンタイムパスワード,
トークン, 時刻サーバー.
"""

JA = {
    # lock screen and privacy cover
    "SoftToken is locked": "SoftTokenはロックされています",
    "Enter your PIN to open your tokens.": "トークンを開くには暗証番号を入力してください。",
    "PIN": "暗証番号",
    "Use fingerprint or face": "指紋・顔認証を使う",
    "Unlock SoftToken": "SoftTokenのロックを解除",
    "Try again in %1 s": "%1秒後にもう一度お試しください",
    "Try again in %1 min %2 s": "%1分%2秒後にもう一度お試しください",
    "Too many wrong PINs.": "暗証番号の誤りが多すぎます。",
    "Wrong PIN.": "暗証番号が違います。",
    "Wrong PIN. %n more attempt(s) before a waiting time.":
        "暗証番号が違います。待ち時間なしで入力できるのは、あと%n回です。",
    # Settings → App lock
    "App lock": "アプリロック",
    "On: the app asks for your PIN when it starts.": "オン：起動時に暗証番号の入力を求めます。",
    "Off: anyone holding your unlocked phone can see your codes.":
        "オフ：ロックが解除された端末を手にした人は誰でも、ワンタイムパスワードを見ることができます。",
    "Set a PIN…": "暗証番号を設定…",
    "Change PIN…": "暗証番号を変更…",
    "Remove PIN…": "暗証番号を削除…",
    "Lock again after time in the background": "バックグラウンドから戻ったときに再びロックするまでの時間",
    "Immediately": "すぐに",
    "After 5 minutes": "5分後",
    "After 15 minutes": "15分後",
    "After 1 hour": "1時間後",
    "Unlock with fingerprint or face": "指紋・顔認証でロックを解除",
    "Set a PIN": "暗証番号の設定",
    "Change the PIN": "暗証番号の変更",
    "Remove the PIN": "暗証番号の削除",
    "The app will ask for this PIN when it starts and after it was in the background. At least 4 digits.":
        "アプリの起動時と、バックグラウンドから戻ったときに、この暗証番号の入力を求めます。4桁以上の数字にしてください。",
    "Current PIN": "現在の暗証番号",
    "New PIN": "新しい暗証番号",
    "New PIN again": "新しい暗証番号（確認）",
    "Remove": "削除",
    "App lock turned on": "アプリロックをオンにしました",
    "PIN changed": "暗証番号を変更しました",
    "App lock turned off": "アプリロックをオフにしました",
    "A PIN has 4 to 16 digits.": "暗証番号は4〜16桁の数字です。",
    "The two PINs are not the same.": "2回入力した暗証番号が一致しません。",
    # Settings → Check clock
    "Clock": "時計",
    "Check clock…": "時計を確認…",
    "Check clock": "時計の確認",
    "One-time passwords are wrong when this device's clock is wrong. SoftToken can ask a time server how far off the clock is.":
        "端末の時計がずれていると、正しいワンタイムパスワードが表示されません。SoftTokenは時刻サーバーに問い合わせて、時計のずれを調べることができます。",
    "Only when you tap “Check now”, the app sends one small request over the internet to the server below. It sends no information about you or your tokens.":
        "「今すぐ確認」をタップしたときだけ、下のサーバーにインターネット経由で小さな問い合わせを1回送ります。お客さまやトークンに関する情報は送りません。",
    "Time server": "時刻サーバー",
    "Check now": "今すぐ確認",
    "Checking…": "確認中…",
    "Your clock is correct (within 1 s).": "端末の時計は正確です（誤差1秒以内）。",
    "Your clock is off by %1 s: it is slow.": "端末の時計が%1秒遅れています。",
    "Your clock is off by %1 s: it is fast.": "端末の時計が%1秒進んでいます。",
    "Apply offset": "ずれを補正する",
    "No correction is in use: codes follow the device clock.":
        "補正は使用していません。ワンタイムパスワードは端末の時計に従います。",
    "Codes use a correction of %1 s.": "ワンタイムパスワードに%1秒の補正を適用しています。",
    "Remove correction": "補正を解除",
    # scan page: camera permission
    "SoftToken uses the camera only to read the QR code your bank gives you for a new token. No picture is stored or sent.":
        "カメラは、銀行から届いた新しいトークンのQRコードを読み取るためだけに使います。画像を保存したり送信したりすることはありません。",
    "Camera access is off for SoftToken. To scan, allow it in the system settings (Settings → Apps → SoftToken → Permissions → Camera). Meanwhile you can import a picture of the code, paste it or enter the key manually.":
        "SoftTokenのカメラへのアクセスがオフになっています。読み取るには、端末の設定（設定 → アプリ → SoftToken → 権限 → カメラ）で許可してください。それまでは、QRコードの画像の読み込み、貼り付け、または秘密鍵の手入力をご利用いただけます。",
    "Allow camera": "カメラを許可",
    # error codes 800..812 (ErrorText)
    "No PIN is set.": "暗証番号が設定されていません。",
    "Too many wrong PINs. Wait, then try again.":
        "暗証番号の誤りが多すぎます。しばらく待ってから、もう一度お試しください。",
    "The PIN could not be checked on this device.": "この端末では暗証番号を確認できませんでした。",
    "The saved app lock is damaged and the PIN cannot be checked.":
        "保存されているアプリロックの情報が壊れているため、暗証番号を確認できません。",
    "Fingerprint or face unlock is not available. Use your PIN.":
        "指紋・顔認証は使用できません。暗証番号を入力してください。",
    "Fingerprint or face unlock did not succeed. Use your PIN.":
        "指紋・顔認証でロックを解除できませんでした。暗証番号を入力してください。",
    "Enter the name of a time server.": "時刻サーバーの名前を入力してください。",
    "The time server could not be reached. Check the server name and the network.":
        "時刻サーバーに接続できませんでした。サーバー名とネットワーク接続を確認してください。",
    "The time server did not answer in time. Try again later.":
        "時刻サーバーから時間内に応答がありませんでした。しばらくしてから、もう一度お試しください。",
    "The time server sent an answer that cannot be used.": "時刻サーバーから利用できない応答が届きました。",
    "The time server does not know the exact time now. Try another server.":
        "時刻サーバーが現在の正確な時刻を把握していません。別のサーバーをお試しください。",
    "Something went wrong.": "問題が発生しました。",
}

EN_PLURALS = {
    "Wrong PIN. %n more attempt(s) before a waiting time.": [
        "Wrong PIN. %n more attempt before a waiting time.",
        "Wrong PIN. %n more attempts before a waiting time."],
}
