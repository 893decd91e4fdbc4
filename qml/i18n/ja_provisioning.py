"""Japanese for provisioning: where a serial number comes from, Steam Guard tokens.

Merged by fill_translations.py. Vocabulary as the bank guides: シリアル番号, トークン.
"""

JA = {
    # confirmation sheet and token screen: only a serial the issuer assigned is known to the bank
    "From your bank": "銀行が発行した番号です",
    "Made by SoftToken from the key": "SoftTokenが鍵から作成した番号です",
    # confirmation sheet: the type line of a Steam Guard token
    "Steam Guard, 5 characters, every %1 s": "Steam Guard、5文字、%1秒ごと",
    # Google Authenticator export: a Steam token is left out
    "%1: Google Authenticator cannot show Steam Guard codes.":
        "%1：Google Authenticator は Steam Guard のコードを表示できません。",
}
