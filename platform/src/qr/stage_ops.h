#pragma once

#include "platform/qr/gray_image.h"

namespace platform::qr::detail {

// One image operation of a cascade stage; stages chain up to three.
enum class OpKind {
    None,
    Keystone,
    StretchX,
    StretchY,
    Scale,
    Invert,
    Mirror,
    Stretch,
    Darken,
    Median,
    Sharpen,
    Smooth,
    Upscale,
    Downscale,
    Tiles
};

struct Op {
    OpKind kind = OpKind::None;
    int arg =
        0;  // Sharpen and Smooth radius, Up/Downscale factor, Keystone edge, StretchX/Y percent
    int amount = 0;  // Sharpen and Keystone strength in percent
};

constexpr Op invert{OpKind::Invert};
constexpr Op mirror{OpKind::Mirror};
constexpr Op stretch{OpKind::Stretch};
constexpr Op median{OpKind::Median};
constexpr Op tiles{OpKind::Tiles};
constexpr Op sharpen(int r, int amount)
{
    return {OpKind::Sharpen, r, amount};
}
constexpr Op smooth(int r)
{
    return {OpKind::Smooth, r};
}
constexpr Op darken(int power)
{
    return {OpKind::Darken, power};
}
constexpr Op upscale(int f)
{
    return {OpKind::Upscale, f};
}
constexpr Op downscale(int f)
{
    return {OpKind::Downscale, f};
}
// Undoes a tilt that shrank one edge (0 top, 1 right, 2 bottom, 3 left) by `percent`.
constexpr Op keystone(int edge, int percent)
{
    return {OpKind::Keystone, edge, percent};
}
constexpr Op widen(int percent)
{
    return {OpKind::StretchX, percent};
}
constexpr Op scale(int percent)
{
    return {OpKind::Scale, percent};
}
constexpr Op heighten(int percent)
{
    return {OpKind::StretchY, percent};
}

// `op` applied to `in` (not Tiles or None: those return an empty image).
GrayImage apply(Op op, GrayView in);

}  // namespace platform::qr::detail
