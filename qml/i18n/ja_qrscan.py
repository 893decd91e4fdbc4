"""Japanese for the scan page's advice while a QR code is in view but does not decode.

Merged by fill_translations.py. Vocabulary: QRコード, 端末 (the phone), 反射 (glare).
"""

JA = {
    "A QR code is in view but too small to read. Move closer to it.":
        "QRコードが映っていますが、小さすぎて読み取れません。もっと近づけてください。",
    "A QR code is in view but a reflection covers part of it. Tilt the phone or the screen a little to get rid of the glare.":
        "QRコードが映っていますが、光の反射で一部が見えません。反射が消えるように、端末か画面を少し傾けてください。",
    "A QR code is in view but blurred. Hold the phone still for a moment.":
        "QRコードが映っていますが、ぼやけています。少しの間、端末を動かさないでください。",
}
