"""Japanese for the app's own screens added after the first UI session (issue 5): the way back
to the passphrase screen after Cancel, the token list's drag handle, and error sentences.

Merged by fill_translations.py. Vocabulary: トークン, パスフレーズ, ワンタイムパスワード.
"""

JA = {
    # home screen after Cancel on the passphrase screen
    "Your tokens are locked until you enter your passphrase.":
        "パスフレーズを入力するまで、トークンは開けません。",
    "Set a passphrase to keep your tokens on this device.":
        "トークンをこの端末に保存するには、パスフレーズを設定してください。",
    "Set a passphrase": "パスフレーズを設定",
    # token list: drag to reorder
    "Drag to move %1": "ドラッグして「%1」を移動",
    # errors
    "Your tokens were changed by another copy of SoftToken. Close this one and open the app again to see them.":
        "別の SoftToken でトークンが変更されました。このアプリを閉じて、もう一度開いてください。",
    "Something went wrong. If it happens again, please report it with this detail: %1":
        "問題が発生しました。繰り返し起きる場合は、次の情報を添えてご報告ください: %1",
}
