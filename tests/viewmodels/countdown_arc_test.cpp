// The countdown ring's mesh (CountdownArc, CountdownRing.qml), computed without a window: where
// the arc starts and ends, what the fringe looks like, that it stays inside the item.
#include <algorithm>
#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "countdown_arc.h"

namespace {

constexpr qreal kSide = 64;
constexpr qreal kLineWidth = 6;

ArcGeometryInput ringInput(qreal progress, qreal dpr = 1)
{
    return {QSizeF(kSide, kSide), progress, kLineWidth, QColor(0, 150, 136),
            QColor(0, 0, 0, 30),  dpr};
}

double distanceFromCentre(const ArcVertex& v)
{
    return std::hypot(v.x - kSide / 2, v.y - kSide / 2);
}

TEST(CountdownArc, VertexCountGrowsWithProgress)
{
    size_t previous = countdownArcMesh(ringInput(0)).vertices.size();
    for (const qreal progress : {0.1, 0.25, 0.5, 0.75, 1.0}) {
        const size_t count = countdownArcMesh(ringInput(progress)).vertices.size();
        EXPECT_GT(count, previous) << "progress " << progress;
        previous = count;
    }
}

TEST(CountdownArc, ProgressZeroDrawsOnlyTheTrack)
{
    const ArcMesh mesh = countdownArcMesh(ringInput(0));
    ASSERT_FALSE(mesh.vertices.empty());
    EXPECT_EQ(mesh.arcFirstVertex, int(mesh.vertices.size()));
    for (const ArcVertex& v : mesh.vertices)
        EXPECT_EQ(v.g, 0) << "only the black track, no teal arc";
}

TEST(CountdownArc, StripIndexesExistingVertices)
{
    const ArcMesh mesh = countdownArcMesh(ringInput(0.4));
    ASSERT_GE(mesh.indices.size(), 4u);
    for (const std::uint16_t index : mesh.indices)
        ASSERT_LT(index, mesh.vertices.size());
}

// One triangle strip: every vertex is used, and the only triangles that are not part of a band
// are the degenerate ones (two equal corners) that join the strips.
TEST(CountdownArc, StripCoversEveryVertexAndJoinsBandsDegenerately)
{
    const ArcMesh mesh = countdownArcMesh(ringInput(0.4));
    std::vector<bool> used(mesh.vertices.size(), false);
    for (const std::uint16_t index : mesh.indices)
        used[index] = true;
    EXPECT_EQ(std::count(used.begin(), used.end(), false), 0);

    // A proper triangle spans two neighbouring rings (fringe/edge/edge/fringe) of one band, so
    // its corners lie within one band's run of vertices; a triangle that reaches across bands
    // or across rings two apart must be degenerate.
    const auto band = [&mesh](std::uint16_t index) { return index < mesh.arcFirstVertex ? 0 : 1; };
    for (size_t i = 0; i + 2 < mesh.indices.size(); ++i) {
        const std::uint16_t a = mesh.indices[i], b = mesh.indices[i + 1], c = mesh.indices[i + 2];
        const bool degenerate = a == b || b == c || a == c;
        if (degenerate)
            continue;
        EXPECT_TRUE(band(a) == band(b) && band(b) == band(c)) << "triangle " << i;
        const int lowRing = std::min({a % 4, b % 4, c % 4});
        const int highRing = std::max({a % 4, b % 4, c % 4});
        EXPECT_EQ(highRing - lowRing, 1)
            << "triangle " << i << " spans rings " << lowRing << ".." << highRing;
    }
}

TEST(CountdownArc, StaysInsideTheItemAndItsHalfPixelFringe)
{
    for (const qreal dpr : {1.0, 2.0, 3.0}) {
        const ArcMesh mesh = countdownArcMesh(ringInput(1, dpr));
        for (const ArcVertex& v : mesh.vertices) {
            EXPECT_GE(v.x, -0.5 / dpr - 1e-4);
            EXPECT_LE(v.x, kSide + 0.5 / dpr + 1e-4);
            EXPECT_GE(v.y, -0.5 / dpr - 1e-4);
            EXPECT_LE(v.y, kSide + 0.5 / dpr + 1e-4);
        }
    }
}

// Per angle step: outer fringe, outer edge, inner edge, inner fringe.
TEST(CountdownArc, FringeIsTransparentAndTheBandOpaque)
{
    const ArcMesh mesh = countdownArcMesh(ringInput(0.5));
    ASSERT_EQ(mesh.vertices.size() % 4, 0u);
    for (size_t i = size_t(mesh.arcFirstVertex); i < mesh.vertices.size(); i += 4) {
        EXPECT_EQ(mesh.vertices[i].a, 0);
        EXPECT_EQ(mesh.vertices[i + 1].a, 255);
        EXPECT_EQ(mesh.vertices[i + 2].a, 255);
        EXPECT_EQ(mesh.vertices[i + 3].a, 0);
        EXPECT_NEAR(distanceFromCentre(mesh.vertices[i]), kSide / 2 + 0.5, 1e-3);
        EXPECT_NEAR(distanceFromCentre(mesh.vertices[i + 1]), kSide / 2 - 0.5, 1e-3);
        EXPECT_NEAR(distanceFromCentre(mesh.vertices[i + 2]), kSide / 2 - kLineWidth + 0.5, 1e-3);
        EXPECT_NEAR(distanceFromCentre(mesh.vertices[i + 3]), kSide / 2 - kLineWidth - 0.5, 1e-3);
    }
}

TEST(CountdownArc, FringeIsOneDevicePixel)
{
    const ArcMesh mesh = countdownArcMesh(ringInput(0.5, 2));
    const ArcVertex* first = &mesh.vertices[size_t(mesh.arcFirstVertex)];
    EXPECT_NEAR(distanceFromCentre(first[0]) - distanceFromCentre(first[1]), 0.5, 1e-3);
}

TEST(CountdownArc, StartsAtTwelveAndAQuarterEndsAtThree)
{
    const ArcMesh mesh = countdownArcMesh(ringInput(0.25));
    const ArcVertex& start = mesh.vertices[size_t(mesh.arcFirstVertex) + 1];
    EXPECT_NEAR(start.x, kSide / 2, 1e-3);
    EXPECT_LT(start.y, kSide / 2);
    const ArcVertex& end = mesh.vertices[mesh.vertices.size() - 3];
    EXPECT_NEAR(end.x, kSide / 2 + kSide / 2 - 0.5, 1e-3);
    EXPECT_NEAR(end.y, kSide / 2, 1e-3);
}

TEST(CountdownArc, ColoursArePremultiplied)
{
    ArcGeometryInput input = ringInput(0.5);
    input.color = QColor(200, 100, 50, 128);
    const ArcMesh mesh = countdownArcMesh(input);
    const ArcVertex& band = mesh.vertices[size_t(mesh.arcFirstVertex) + 1];
    EXPECT_EQ(band.a, 128);
    EXPECT_NEAR(band.r, 100, 1);
    EXPECT_NEAR(band.g, 50, 1);
    EXPECT_NEAR(band.b, 25, 1);
}

TEST(CountdownArc, EmptyInputsGiveNoMesh)
{
    ArcGeometryInput input = ringInput(0.5);
    input.size = QSizeF(0, 64);
    EXPECT_TRUE(countdownArcMesh(input).indices.empty());
    input = ringInput(0.5);
    input.lineWidth = 0;
    EXPECT_TRUE(countdownArcMesh(input).indices.empty());
    input = ringInput(0.5);
    input.color = Qt::transparent;
    input.trackColor = Qt::transparent;
    EXPECT_TRUE(countdownArcMesh(input).indices.empty());
}

TEST(CountdownArc, ProgressIsClamped)
{
    EXPECT_EQ(countdownArcMesh(ringInput(3)).vertices.size(),
              countdownArcMesh(ringInput(1)).vertices.size());
    EXPECT_EQ(countdownArcMesh(ringInput(-1)).vertices.size(),
              countdownArcMesh(ringInput(0)).vertices.size());
}

}  // namespace
