#!/usr/bin/python3
"""Deterministic QR test corpus of OTP provisioning payloads, with camera-ish degradations.

The project's copy of the shared corpus generator, extended with what real phone photos have
(photo_traits.py: monitor, glare, closeup, motion, curved, gaexport). The first eleven
categories come out byte-identical to the shared generator's for the same seed: the new ones
are generated after them.

Usage:
  make_corpus.py --out DIR            # the public set (seed 20240601) into DIR
  make_corpus.py --set public         # only one set
  make_corpus.py --set custom --seed 5 --out /tmp/qr   # ad-hoc set
  make_corpus.py --per-category 10    # smaller corpus
  make_corpus.py --set custom --seed 5 --out /tmp/qr --categories monitor,closeup

Each set directory gets <category>/<NNN>.png|.jpg images and manifest.csv with columns:
  file (relative to the set dir), category, kind, qr_version, ecc, module_px, params, payload
(payload is always the LAST column; params = degradation parameters, e.g. "quality=12")
`payload` is the exact string encoded in the QR (what a decoder must return).

Uses Debian's python3 (numpy, PIL, qrcode); run with /usr/bin/python3, not a pyenv python.
Output is byte-identical across runs for the same seed / package versions.
"""
import argparse
import base64
import csv
import io
import math
import os
import random
import shutil
import sys
import urllib.parse

import numpy as np
import qrcode
from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import photo_traits  # noqa: E402

SEEDS = {"public": 20240601}
CATEGORIES = [
    "clean", "small", "rotated", "perspective", "blurred", "lowcontrast",
    "noisy", "inverted", "mirrored", "embedded", "jpeg",
] + photo_traits.CATEGORIES
# 12-megapixel close-ups are slow to make and large: fewer of them.
FEWER = {"closeup": 4}
ECC = {"L": qrcode.constants.ERROR_CORRECT_L, "M": qrcode.constants.ERROR_CORRECT_M,
       "Q": qrcode.constants.ERROR_CORRECT_Q, "H": qrcode.constants.ERROR_CORRECT_H}

ISSUERS = ["GitHub", "Google", "Microsoft", "Amazon Web Services", "Dropbox", "ACME Corp",
           "Example-Bank", "GitLab", "Proton", "Slack", "Okta", "Bitwarden", "Cloudflare",
           "DigitalOcean", "Fastmail", "Nextcloud", "PayPal", "Coinbase", "Mozilla", "Atlassian"]
FIRST = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy",
         "mallory", "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter", "zoe"]
LAST = ["smith", "jones", "nguyen", "garcia", "muller", "rossi", "kowalski", "tanaka", "silva", "dubois"]


# ---------------------------------------------------------------- payloads
def b32_secret(rng, nbytes):
    raw = bytes(rng.getrandbits(8) for _ in range(nbytes))
    return raw, base64.b32encode(raw).decode().rstrip("=")


def user(rng):
    u = rng.choice(FIRST)
    if rng.random() < 0.6:
        u += "." + rng.choice(LAST)
    if rng.random() < 0.3:
        u += str(rng.randint(1, 99))
    return u + "@example.com"


def otpauth_uri(rng, kind):
    issuer = rng.choice(ISSUERS)
    iss = urllib.parse.quote(issuer, safe="")
    _, secret = b32_secret(rng, rng.choice([20, 25, 30, 32, 35, 40]))  # 160..320 bit
    alg = rng.choice(["SHA1", "SHA1", "SHA256", "SHA512"])
    digits = rng.choice([6, 6, 8])
    otype = "hotp" if kind == "hotp" else "totp"
    uri = f"otpauth://{otype}/{iss}:{user(rng)}?secret={secret}&issuer={iss}&algorithm={alg}&digits={digits}"
    if otype == "totp":
        uri += f"&period={rng.choice([30, 30, 60])}"
    else:
        uri += f"&counter={rng.randint(0, 100000)}"
    if kind == "serial":
        serial = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)) + \
                 "".join(rng.choice("0123456789") for _ in range(8))
        uri += f"&serial={serial}"
    return uri


def pb_varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def pb_field(num, wtype, payload):
    key = pb_varint((num << 3) | wtype)
    if wtype == 0:
        return key + pb_varint(payload)
    return key + pb_varint(len(payload)) + payload


def migration_uri(rng, n_accounts):
    """Google Authenticator export (otpauth-migration://offline?data=<b64 protobuf>)."""
    body = b""
    for _ in range(n_accounts):
        issuer = rng.choice(ISSUERS)
        raw, _ = b32_secret(rng, rng.choice([10, 20, 20, 32]))
        p = pb_field(1, 2, raw)
        p += pb_field(2, 2, f"{issuer}:{user(rng)}".encode())
        p += pb_field(3, 2, issuer.encode())
        p += pb_field(4, 0, rng.choice([1, 1, 2, 3]))      # algorithm SHA1/SHA256/SHA512
        p += pb_field(5, 0, rng.choice([1, 1, 2]))         # digits SIX/EIGHT
        otype = rng.choice([2, 2, 2, 1])                   # TOTP / HOTP
        p += pb_field(6, 0, otype)
        if otype == 1:
            p += pb_field(7, 0, rng.randint(0, 5000))
        body += pb_field(1, 2, p)
    body += pb_field(2, 0, 1) + pb_field(3, 0, 1) + pb_field(4, 0, 0) + pb_field(5, 0, rng.getrandbits(31))
    data = urllib.parse.quote(base64.b64encode(body).decode(), safe="")
    return "otpauth-migration://offline?data=" + data


def qr_matrix(payload, ecc):
    qr = qrcode.QRCode(version=None, error_correction=ECC[ecc], border=0)
    qr.add_data(payload)
    qr.make(fit=True)
    return np.array(qr.get_matrix(), dtype=bool), qr.version


def make_payload(rng, kind):
    """Returns (payload, matrix, version, ecc)."""
    if kind != "migration":
        ecc = rng.choice(["L", "M", "M", "Q"])
        p = otpauth_uri(rng, kind)
        m, v = qr_matrix(p, ecc)
        return p, m, v, ecc
    while True:  # dense export QR, version 10..20
        ecc = rng.choice(["L", "M"])
        target = rng.randint(10, 20)
        n = 1
        while True:
            state = rng.getstate()
            p = migration_uri(rng, n)
            m, v = qr_matrix(p, ecc)
            if v >= target or v > 20 or n > 12:
                break
            rng.setstate(state)  # regenerate with one more account, same prefix
            n += 1
        if 10 <= v <= 20:
            return p, m, v, ecc


# ---------------------------------------------------------------- rendering helpers
def render(mat, module, quiet=4, dark=0, light=255):
    """Integer module-size render with quiet zone; returns uint8 array."""
    m = np.pad(mat, quiet, constant_values=False)
    img = np.where(m, dark, light).astype(np.uint8)
    return np.kron(img, np.ones((module, module), dtype=np.uint8))


def to_img(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def pad_canvas(img, rng, lo=10, hi=60, fill=255):
    l, t, r, b = (rng.randint(lo, hi) for _ in range(4))
    c = Image.new("L", (img.width + l + r, img.height + t + b), fill)
    c.paste(img, (l, t))
    return c


def perspective_coeffs(src, dst):
    """PIL PERSPECTIVE coefficients mapping output(dst) -> input(src)."""
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def warp_perspective(img, rng, strength, mask=None):
    """Random 4-corner perspective warp; if mask is given, returns (img, warped mask)."""
    w, h = img.size
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    dst = [(x + rng.uniform(-strength, strength) * w, y + rng.uniform(-strength, strength) * h) for x, y in src]
    minx, miny = min(p[0] for p in dst), min(p[1] for p in dst)
    dst = [(x - minx, y - miny) for x, y in dst]
    W = int(math.ceil(max(p[0] for p in dst))); H = int(math.ceil(max(p[1] for p in dst)))
    co = perspective_coeffs(src, dst)
    out = img.transform((W, H), Image.Transform.PERSPECTIVE, co, Image.Resampling.BICUBIC, fillcolor=255)
    if mask is None:
        return out
    return out, mask.transform((W, H), Image.Transform.PERSPECTIVE, co, Image.Resampling.BILINEAR, fillcolor=0)


def background(nprng, rng, W, H):
    """Photo-like clutter: smooth colour blobs + shapes + lines + noise (RGB uint8)."""
    small = nprng.integers(0, 256, size=(H // 40 + 2, W // 40 + 2, 3), dtype=np.uint8)
    bg = Image.fromarray(small, "RGB").resize((W, H), Image.Resampling.BICUBIC)
    d = ImageDraw.Draw(bg)
    for _ in range(rng.randint(15, 40)):
        x0, y0 = rng.randrange(W), rng.randrange(H)
        x1, y1 = x0 + rng.randint(20, W // 4), y0 + rng.randint(20, H // 4)
        col = tuple(rng.randrange(256) for _ in range(3))
        if rng.random() < 0.5:
            d.rectangle([x0, y0, x1, y1], fill=col)
        else:
            d.ellipse([x0, y0, x1, y1], fill=col)
    for _ in range(rng.randint(20, 60)):
        d.line([rng.randrange(W), rng.randrange(H), rng.randrange(W), rng.randrange(H)],
               fill=tuple(rng.randrange(256) for _ in range(3)), width=rng.randint(1, 4))
    for _ in range(rng.randint(5, 15)):  # text-ish high-frequency strips
        x, y = rng.randrange(W - 200), rng.randrange(H - 20)
        for k in range(rng.randint(8, 30)):
            if rng.random() < 0.7:
                d.rectangle([x + k * 6, y, x + k * 6 + 3, y + rng.randint(6, 12)], fill=(20, 20, 20))
    return bg.filter(ImageFilter.GaussianBlur(1.2))


# ---------------------------------------------------------------- categories
def make_image(cat, mat, rng, nprng):
    """Returns (PIL image, approx module px, file extension, degradation parameters)."""
    if cat == "clean":
        ms = rng.randint(3, 8)
        return pad_canvas(to_img(render(mat, ms)), rng), ms, "png", ""
    if cat == "small":
        ms = rng.uniform(1.0, 2.0)
        base = to_img(render(mat, 8))
        size = max(1, round(base.width * ms / 8))
        return pad_canvas(base.resize((size, size), Image.Resampling.BILINEAR, reducing_gap=None), rng, 4, 20), ms, "png", ""
    if cat == "rotated":
        ms = rng.randint(3, 7)
        ang = rng.uniform(0, 360)
        img = to_img(render(mat, ms)).rotate(ang, Image.Resampling.BICUBIC, expand=True, fillcolor=255)
        return pad_canvas(img, rng), ms, "png", f"angle={ang:.1f}"
    if cat == "perspective":
        ms = rng.randint(4, 7)
        st = rng.uniform(0.08, 0.22)
        img = warp_perspective(to_img(render(mat, ms)), rng, st)
        return pad_canvas(img, rng), ms, "png", f"corner_jitter={st:.3f}"
    if cat == "blurred":
        ms = rng.randint(4, 8)
        img = pad_canvas(to_img(render(mat, ms)), rng)
        rel = rng.uniform(0.25, 0.65)
        return img.filter(ImageFilter.GaussianBlur(ms * rel)), ms, "png", f"sigma_modules={rel:.2f}"
    if cat == "lowcontrast":
        ms = rng.randint(3, 7)
        dark = rng.randint(70, 150)
        delta = rng.randint(18, 50)
        light = dark + delta
        a = np.asarray(pad_canvas(to_img(render(mat, ms, dark=dark, light=light)), rng, fill=light), float)
        grad = ""
        if rng.random() < 0.5:  # uneven illumination
            h, w = a.shape
            ax, ay = rng.uniform(-20, 20), rng.uniform(-20, 20)
            a = a + np.linspace(-1, 1, w)[None, :] * ax + np.linspace(-1, 1, h)[:, None] * ay
            grad = f";gradient={ax:.0f}/{ay:.0f}"
        return to_img(a), ms, "png", f"dark={dark};delta={delta}{grad}"
    if cat == "noisy":
        ms = rng.randint(3, 7)
        a = np.asarray(pad_canvas(to_img(render(mat, ms)), rng), float)
        sig = rng.uniform(10, 40)
        a = a + nprng.normal(0, sig, a.shape)
        sp = rng.uniform(0.01, 0.06)
        u = nprng.random(a.shape)
        a[u < sp / 2] = 0
        a[u > 1 - sp / 2] = 255
        return to_img(a), ms, "png", f"gauss_sigma={sig:.1f};saltpepper={sp:.3f}"
    if cat == "inverted":
        ms = rng.randint(3, 7)
        return pad_canvas(to_img(render(mat, ms, dark=255, light=0)), rng, fill=0), ms, "png", ""
    if cat == "mirrored":
        ms = rng.randint(3, 7)
        return pad_canvas(to_img(render(mat, ms)[:, ::-1]), rng), ms, "png", ""
    if cat == "embedded":
        W, H = rng.choice([(1280, 720), (1920, 1080)])
        frac = rng.uniform(0.18, 0.45)          # QR side as fraction of frame height
        side = H * frac
        ms = max(1.5, side / (mat.shape[0] + 8))
        qr = to_img(render(mat, 8))
        qs = int(round(qr.width * ms / 8))
        qr = qr.resize((qs, qs), Image.Resampling.BILINEAR)
        mask = Image.new("L", qr.size, 255)   # the white "paper/screen" = quiet zone + code
        par = f"frame={W}x{H};qr_frac={frac:.2f}"
        if rng.random() < 0.6:
            ang = rng.uniform(-20, 20)
            qr = qr.rotate(ang, Image.Resampling.BICUBIC, expand=True, fillcolor=255)
            mask = mask.rotate(ang, Image.Resampling.BILINEAR, expand=True, fillcolor=0)
            par += f";angle={ang:.1f}"
        if rng.random() < 0.5:
            st = rng.uniform(0.03, 0.10)
            qr, mask = warp_perspective(qr, rng, st, mask)
            par += f";corner_jitter={st:.3f}"
        bg = background(nprng, rng, W, H)
        x = rng.randrange(0, max(1, W - qr.width)); y = rng.randrange(0, max(1, H - qr.height))
        tint = tuple(int(c) for c in nprng.integers(200, 256, 3))
        qr_rgb = Image.merge("RGB", [qr.point(lambda v, t=t: v * t // 255) for t in tint])
        bg.paste(qr_rgb, (x, y), mask)
        a = np.asarray(bg, float)
        expo = rng.uniform(0.6, 1.0)
        nsig = rng.uniform(3, 10)
        a = a * expo + nprng.normal(0, nsig, a.shape)   # exposure + sensor noise
        bl = rng.uniform(0.3, 1.0)
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(bl))
        return img, ms, "png", par + f";exposure={expo:.2f};noise={nsig:.1f};blur={bl:.2f}"
    if cat in photo_traits.MAKERS:
        return photo_traits.MAKERS[cat](mat, rng, nprng)
    if cat == "jpeg":
        ms = rng.uniform(2.5, 6.0)
        base = to_img(render(mat, 8))
        size = round(base.width * ms / 8)
        img = pad_canvas(base.resize((size, size), Image.Resampling.BILINEAR), rng)
        q = rng.randint(5, 25)
        return (img, q), ms, "jpg", f"quality={q}"
    raise ValueError(cat)


def build_set(name, seed, out, per_cat, only=None):
    rng = random.Random(seed)
    nprng = np.random.default_rng(seed)
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    rows = []
    for cat in CATEGORIES:
        n = max(1, per_cat // FEWER.get(cat, 1))
        if only and cat not in only:
            # (a subset makes other images in the photo categories after it than a full set)
            if cat not in photo_traits.CATEGORIES:
                raise SystemExit("--categories can skip only the photo categories")
            continue
        per = n
        os.makedirs(os.path.join(out, cat))
        n_mig = max(1, per // 10)
        n_ser = max(1, per * 15 // 100)
        n_hotp = max(1, per * 8 // 100)
        kinds = ["migration"] * n_mig + ["serial"] * n_ser + ["hotp"] * n_hotp
        kinds += ["totp"] * (per - len(kinds))
        if cat == "gaexport":
            kinds = ["migration10"] * per
        rng.shuffle(kinds)
        for i, kind in enumerate(kinds):
            if kind == "migration10":  # a Google Authenticator export page of ten accounts
                ecc = rng.choice(["L", "M"])
                payload = migration_uri(rng, 10)
                mat, ver = qr_matrix(payload, ecc)
                kind = "migration"
            else:
                payload, mat, ver, ecc = make_payload(rng, kind)
            img, ms, ext, params = make_image(cat, mat, rng, nprng)
            rel = f"{cat}/{i:03d}.{ext}"
            path = os.path.join(out, rel)
            if ext == "jpg":
                img, q = img
                img.save(path, "JPEG", quality=q, optimize=False)
            else:
                img.save(path, "PNG", optimize=False)
            rows.append([rel, cat, kind, ver, ecc, f"{ms:.2f}", params, payload])
    with open(os.path.join(out, "manifest.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "category", "kind", "qr_version", "ecc", "module_px", "params", "payload"])
        w.writerows(rows)
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", default="public", help="public | custom")
    ap.add_argument("--seed", type=int, help="seed for --set custom")
    ap.add_argument("--out", help="output dir for --set custom")
    ap.add_argument("--per-category", type=int, default=40)
    ap.add_argument("--categories", help="comma-separated subset of the photo categories "
                    "(the first eleven are always made: the random sequence depends on them)")
    a = ap.parse_args()
    only = None
    if a.categories:
        only = set(a.categories.split(",")) | set(c for c in CATEGORIES if c not in photo_traits.CATEGORIES)
    if a.set == "custom":
        if a.seed is None or not a.out:
            ap.error("--set custom needs --seed and --out")
        sets = [("custom", a.seed, a.out)]
    else:
        names = [a.set]
        sets = [(n, SEEDS[n], a.out or os.path.join(here, f"out-{n}")) for n in names]
    print(f"{'set':8} {'seed':>10} {'images':>7} {'migr':>5} {'ver10-20':>8}  out")
    for name, seed, out in sets:
        rows = build_set(name, seed, out, a.per_category, only)
        mig = [r for r in rows if r[2] == "migration"]
        print(f"{name:8} {seed:>10} {len(rows):>7} {len(mig):>5} "
              f"{sum(10 <= r[3] <= 20 for r in mig):>8}  {out}")
    # per-category summary of the last set
    print("\ncategory     n  kinds(totp/serial/hotp/migr)  qr_version range")
    for cat in CATEGORIES:
        rs = [r for r in rows if r[1] == cat]
        if not rs:
            continue
        k = {x: sum(r[2] == x for r in rs) for x in ("totp", "serial", "hotp", "migration")}
        print(f"{cat:12} {len(rs):2}  {k['totp']}/{k['serial']}/{k['hotp']}/{k['migration']:<16}"
              f"{min(r[3] for r in rs)}-{max(r[3] for r in rs)}")


if __name__ == "__main__":
    main()
