# Japanese for the security hardening's messages (fill_translations.py merges every ja_*.py).
JA = {
    "A saved token (%1) has the same serial number. It is not replaced: keep both, sign in once with the new one, then delete the old one.":
        "登録済みのトークン（%1）と同じシリアル番号です。上書きはしません。両方を残し、新しいトークンで一度ログインできることを確かめてから、古いトークンを削除してください。",
}
