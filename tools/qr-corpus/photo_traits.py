"""Categories with what real phone photos of QR codes have and the first corpus lacked.

monitor    a code shown on a PC monitor: the screen's pixel grid, sampled without anti-aliasing
           by the camera (moire), slight tilt, backlight gamma
glare      a reflection: a saturated highlight over part of the code, uneven light
closeup    a 12-megapixel (3000x4000 or 4000x3000) photo filled by the code: modules of 30-90
           px, lens blur, sensor noise, JPEG
motion     a moving hand: linear motion blur of 0.4-1.2 modules in any direction
curved     paper bent around a cylinder (a bottle, a book page): modules squeezed to one side
gaexport   a Google Authenticator export of ten accounts (QR version 20-30) photographed off a
           phone screen in a 1920x1080 frame

Each maker takes the module matrix and the generator's two random sources and returns
(PIL image, approximate module px, extension, parameters), like make_corpus.make_image.
"""
import math

import numpy as np
from PIL import Image, ImageFilter

CATEGORIES = ["monitor", "glare", "closeup", "motion", "curved", "gaexport"]


def _render(mat, module, quiet=4):
    m = np.pad(mat, quiet, constant_values=False)
    img = np.where(m, 0, 255).astype(np.float64)
    return np.kron(img, np.ones((module, module)))


def _img(a, mode="L"):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), mode)


def _bilinear(src, xs, ys, fill=255.0):
    """Samples src (2-D float array) at float coordinates, without anti-aliasing."""
    h, w = src.shape
    x0 = np.floor(xs).astype(int)
    y0 = np.floor(ys).astype(int)
    fx = xs - x0
    fy = ys - y0
    inside = (x0 >= 0) & (y0 >= 0) & (x0 < w - 1) & (y0 < h - 1)
    x0c = np.clip(x0, 0, w - 2)
    y0c = np.clip(y0, 0, h - 2)
    a = src[y0c, x0c]
    b = src[y0c, x0c + 1]
    c = src[y0c + 1, x0c]
    d = src[y0c + 1, x0c + 1]
    out = (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy
    return np.where(inside, out, fill)


def _photograph(src, out_w, out_h, scale, angle, rng, fill=255.0, shift=(0.0, 0.0)):
    """src seen by a camera: centred, scaled by `scale`, rotated by `angle` degrees."""
    ys, xs = np.mgrid[0:out_h, 0:out_w].astype(np.float64)
    cx, cy = out_w / 2 + shift[0], out_h / 2 + shift[1]
    t = math.radians(angle)
    dx, dy = xs - cx, ys - cy
    sx = (math.cos(t) * dx + math.sin(t) * dy) / scale + src.shape[1] / 2
    sy = (-math.sin(t) * dx + math.cos(t) * dy) / scale + src.shape[0] / 2
    return _bilinear(src, sx, sy, fill)


def _noise(a, nprng, sigma):
    return a + nprng.normal(0, sigma, a.shape)


def monitor(mat, rng, nprng):
    px = rng.randint(3, 6)                # screen pixels per module
    cell = rng.choice([3, 4])             # camera samples per screen pixel before the shot
    screen = _render(mat, px, quiet=rng.randint(2, 4))
    lit = 40 + 215 * (screen / 255.0) ** rng.uniform(0.8, 1.3)   # black is never black on a panel
    sub = np.ones((cell, cell))
    sub[-1, :] = sub[:, -1] = rng.uniform(0.25, 0.55)            # the dark grid between pixels
    grid = np.kron(lit, sub)
    bg = np.full((grid.shape[0] + 200, grid.shape[1] + 200), 30.0)   # the bezel / desk
    bg[100:-100, 100:-100] = grid
    scale = rng.uniform(0.28, 0.75)       # camera px per sample: aliasing makes moire
    out_w, out_h = 1280, 960
    scale = min(scale, 0.9 * out_h / bg.shape[0])
    angle = rng.uniform(-8, 8)
    a = _photograph(bg, out_w, out_h, scale, angle, rng, fill=30.0)
    a = _noise(a, nprng, rng.uniform(2, 6))
    blur = rng.uniform(0.0, 0.8)
    img = _img(a).filter(ImageFilter.GaussianBlur(blur))
    ms = px * cell * scale
    return img, ms, "png", f"screen_px={px};cell={cell};scale={scale:.2f};angle={angle:.1f};blur={blur:.2f}"


def glare(mat, rng, nprng):
    ms = rng.randint(4, 8)
    code = _render(mat, ms)
    h, w = code.shape
    pad = rng.randint(20, 60)
    a = np.full((h + 2 * pad, w + 2 * pad), 235.0)
    a[pad:pad + h, pad:pad + w] = code * 0.9 + 15
    ys, xs = np.mgrid[0:a.shape[0], 0:a.shape[1]].astype(np.float64)
    # uneven light, then the highlight: saturates over 10-30 % of the code
    a *= 0.75 + 0.25 * (xs / a.shape[1]) * rng.uniform(0.5, 1.0)
    cx = pad + rng.uniform(0.2, 0.8) * w
    cy = pad + rng.uniform(0.2, 0.8) * h
    r = rng.uniform(0.10, 0.22) * w
    strength = rng.uniform(180, 320)
    a += strength * np.exp(-(((xs - cx) ** 2 + ((ys - cy) * rng.uniform(0.6, 1.4)) ** 2) / (2 * r * r)))
    a = _noise(a, nprng, rng.uniform(2, 6))
    img = _img(a).filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 1.0)))
    return img, ms, "png", f"highlight_radius={r / ms:.1f}mod;strength={strength:.0f}"


def closeup(mat, rng, nprng):
    portrait = rng.random() < 0.5
    out_w, out_h = (3000, 4000) if portrait else (4000, 3000)
    side = rng.uniform(0.5, 0.9) * min(out_w, out_h)
    n = mat.shape[0] + 8
    ms = side / n
    code = _render(mat, 4)
    paper = np.full((code.shape[0] + 400, code.shape[1] + 400), 225.0)
    paper[200:-200, 200:-200] = code * 0.85 + 20
    angle = rng.uniform(-15, 15)
    a = _photograph(paper, out_w, out_h, ms / 4, angle, rng, fill=90.0,
                    shift=(rng.uniform(-0.05, 0.05) * out_w, rng.uniform(-0.05, 0.05) * out_h))
    ys, xs = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    a *= 0.8 + 0.2 * (ys / out_h)          # light falls off towards one side
    a = _noise(a, nprng, rng.uniform(3, 8))
    blur = rng.uniform(1.0, 4.0)
    img = _img(a).filter(ImageFilter.GaussianBlur(blur))
    q = rng.randint(75, 92)
    return (img, q), ms, "jpg", f"frame={out_w}x{out_h};angle={angle:.1f};blur={blur:.1f};quality={q}"


def motion(mat, rng, nprng):
    ms = rng.randint(4, 8)
    code = np.pad(_render(mat, ms), 30, constant_values=255)
    length = rng.uniform(0.4, 1.2) * ms
    angle = rng.uniform(0, math.pi)
    steps = max(2, int(round(length)) + 1)
    acc = np.zeros_like(code)
    for k in range(steps):
        d = (k / (steps - 1) - 0.5) * length
        dx, dy = int(round(d * math.cos(angle))), int(round(d * math.sin(angle)))
        acc += np.roll(np.roll(code, dy, axis=0), dx, axis=1)
    a = _noise(acc / steps, nprng, rng.uniform(2, 8))
    return _img(a), ms, "png", f"length={length / ms:.2f}mod;angle={math.degrees(angle):.0f}"


def curved(mat, rng, nprng):
    ms = rng.randint(4, 8)
    code = np.pad(_render(mat, ms), 20, constant_values=255)
    h, w = code.shape
    bend = rng.uniform(0.6, 1.5)           # radians of cylinder the code wraps
    radius = w / bend
    out_w = int(2 * radius * math.sin(bend / 2)) + 2
    ys, xs = np.mgrid[0:h, 0:out_w].astype(np.float64)
    u = (xs - out_w / 2) / radius
    u = np.clip(u, -0.999, 0.999)
    sx = radius * np.arcsin(u) + w / 2    # arc length along the paper
    shade = 0.75 + 0.25 * np.sqrt(1 - u * u)
    a = _bilinear(code, sx, ys) * shade
    if rng.random() < 0.5:
        a = a.T                           # bent the other way
    a = np.pad(a, 30, constant_values=200.0)
    a = _noise(a, nprng, rng.uniform(2, 6))
    img = _img(a).filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))
    return img, ms, "png", f"bend={bend:.2f}rad"


def gaexport(mat, rng, nprng):
    out_w, out_h = 1920, 1080
    n = mat.shape[0] + 8
    ms = rng.uniform(3.0, 5.5)
    code = _render(mat, 4)
    screen = np.full((code.shape[0] + 120, code.shape[1] + 120), 250.0)
    screen[60:-60, 60:-60] = code * 0.92 + 12
    angle = rng.uniform(-10, 10)
    scale = min(ms / 4, 0.95 * out_h / screen.shape[0])
    a = _photograph(screen, out_w, out_h, scale, angle, rng, fill=40.0,
                    shift=(rng.uniform(-200, 200), rng.uniform(-40, 40)))
    a = _noise(a, nprng, rng.uniform(2, 6))
    blur = rng.uniform(0.3, 1.0)
    img = _img(a).filter(ImageFilter.GaussianBlur(blur))
    ms = scale * 4
    return img, ms, "png", f"modules={n - 8};angle={angle:.1f};blur={blur:.2f}"


MAKERS = {name: globals()[name] for name in CATEGORIES}
