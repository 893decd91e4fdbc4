#include "stage_ops.h"

#include <array>

#include <QPolygonF>
#include <QTransform>

namespace platform::qr::detail {

namespace {

// Output-to-input homography for a code photographed with `edge` (0 top, 1 right, 2 bottom,
// 3 left) further away: the opposite edge is sampled `percent` wider, so the far edge comes out
// relatively larger and nothing of the input is cut off.
std::array<double, 9> keystoneMatrix(GrayView in, int edge, int percent)
{
    const double w = in.width;
    const double h = in.height;
    const double dx = w * percent / 200.0;
    const double dy = h * percent / 200.0;
    QPolygonF trapezoid;
    switch (edge) {
    case 0: trapezoid = QPolygonF({{0, 0}, {w, 0}, {w + dx, h}, {-dx, h}}); break;
    case 1: trapezoid = QPolygonF({{0, -dy}, {w, 0}, {w, h}, {0, h + dy}}); break;
    case 2: trapezoid = QPolygonF({{-dx, 0}, {w + dx, 0}, {w, h}, {0, h}}); break;
    default: trapezoid = QPolygonF({{0, 0}, {w, -dy}, {w, h + dy}, {0, h}}); break;
    }
    const QPolygonF rectangle({{0, 0}, {w, 0}, {w, h}, {0, h}});
    QTransform t;
    if (!QTransform::quadToQuad(rectangle, trapezoid, t))
        return {1, 0, 0, 0, 1, 0, 0, 0, 1};
    // QTransform maps row vectors: x' = m11 x + m21 y + m31, w' = m13 x + m23 y + m33.
    return {t.m11(), t.m21(), t.m31(), t.m12(), t.m22(), t.m32(), t.m13(), t.m23(), t.m33()};
}

}  // namespace

GrayImage apply(Op op, GrayView in)
{
    switch (op.kind) {
    case OpKind::Keystone: return warped(in, keystoneMatrix(in, op.arg, op.amount));
    case OpKind::StretchX: return resized(in, in.width * op.arg / 100, in.height);
    case OpKind::StretchY: return resized(in, in.width, in.height * op.arg / 100);
    case OpKind::Scale: return resized(in, in.width * op.arg / 100, in.height * op.arg / 100);
    case OpKind::Invert: return inverted(in);
    case OpKind::Mirror: return mirrored(in);
    case OpKind::Stretch: return stretchedContrast(in);
    case OpKind::Darken: return darkened(in, op.arg);
    case OpKind::Median: return median3x3(in);
    case OpKind::Sharpen: return sharpened(in, op.arg, op.amount);
    case OpKind::Smooth: return boxBlur(in, op.arg);
    case OpKind::Upscale: return upscaled(in, op.arg);
    case OpKind::Downscale: return downscaled(in, op.arg);
    case OpKind::None:
    case OpKind::Tiles: break;
    }
    return {};
}

}  // namespace platform::qr::detail
