#include "countdown_arc.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <QPainter>
#include <QQuickWindow>
#include <QSGGeometryNode>
#include <QSGRenderNode>
#include <QSGRendererInterface>
#include <QSGVertexColorMaterial>

namespace {

constexpr qreal kTwoPi = 2 * std::numbers::pi;

// Premultiplied, as QSGVertexColorMaterial expects.
struct Rgba {
    std::uint8_t r, g, b, a;
};

Rgba premultiplied(const QColor& color)
{
    const float alpha = color.alphaF();
    const auto channel = [alpha](float value) {
        return static_cast<std::uint8_t>(std::lround(value * alpha * 255));
    };
    return {channel(color.redF()), channel(color.greenF()), channel(color.blueF()),
            static_cast<std::uint8_t>(std::lround(alpha * 255))};
}

// Where the ring sits in its item: centred, touching the shorter side, the band no thicker
// than the radius. Shared by the mesh and the QPainter path, so both draw the same ring.
struct RingLayout {
    QPointF centre;
    qreal outer = 0;      // outer edge radius
    qreal lineWidth = 0;  // clamped band thickness
};

RingLayout ringLayout(const QSizeF& size, qreal lineWidth)
{
    const qreal outer = std::min(size.width(), size.height()) / 2;
    return {QPointF(size.width() / 2, size.height() / 2), outer, std::min(lineWidth, outer)};
}

// The four radii of one band, from outside in: outer fringe (transparent), outer edge, inner
// edge, inner fringe (transparent). `half` is half a device pixel in item units, so the
// antialiasing ramp is one device pixel wide whatever the screen's density.
struct BandRadii {
    float radius[4];
};

BandRadii bandRadii(qreal outer, qreal lineWidth, qreal half)
{
    const qreal inner = std::max<qreal>(0, outer - lineWidth);
    const qreal middle = (outer + inner) / 2;
    // A band thinner than a pixel keeps its solid edges at the middle (they meet, never cross).
    return {{float(outer + half), float(std::max(outer - half, middle)),
             float(std::min(inner + half, middle)), float(std::max<qreal>(0, inner - half))}};
}

// Full-circle segment count from the radius in device pixels: enough that chords stay well
// under a pixel from the true circle, capped so a large ring stays a small mesh.
int circleSegments(qreal deviceRadius)
{
    return std::clamp(int(deviceRadius * 2), 24, 180);
}

struct Band {
    QPointF centre;
    BandRadii radii;
    qreal sweep = kTwoPi;  // radians, clockwise from 12 o'clock
    int segments = 0;
    bool closed = false;  // a full circle: the last step joins the first
    Rgba colour;
};

// Appends one band: four vertices per angle step, and its three rings of quads (fringe, solid,
// fringe) as strips, joined to each other and to the band before by repeating an end point
// (degenerate triangles). One strip for the whole ring: the topology of Qt Quick's rectangles,
// so the ring shares their pipeline instead of needing one more (shader compilation is a large
// part of the first frame with a software GPU; docs/ui.md, Performance).
void appendBand(ArcMesh& mesh, const Band& band)
{
    const int steps = band.closed ? band.segments : band.segments + 1;
    const int first = int(mesh.vertices.size());
    const Rgba clear = {0, 0, 0, 0};
    for (int step = 0; step < steps; ++step) {
        // Screen y grows downwards: 12 o'clock is -y, clockwise goes to +x first.
        const qreal angle = band.sweep * step / band.segments;
        const qreal dx = std::sin(angle);
        const qreal dy = -std::cos(angle);
        for (int ring = 0; ring < 4; ++ring) {
            const float r = band.radii.radius[ring];
            const Rgba c = (ring == 0 || ring == 3) ? clear : band.colour;
            mesh.vertices.push_back({float(band.centre.x() + dx * r),
                                     float(band.centre.y() + dy * r), c.r, c.g, c.b, c.a});
        }
    }
    const auto add = [&mesh](int index) {
        mesh.indices.push_back(static_cast<std::uint16_t>(index));
    };
    for (int ring = 0; ring < 3; ++ring) {
        for (int segment = 0; segment <= band.segments; ++segment) {
            // A closed band's last step is its first.
            const int vertex = first + 4 * (segment % steps) + ring;
            if (segment == 0 && !mesh.indices.empty()) {
                add(mesh.indices.back());
                add(vertex);
            }
            add(vertex);
            add(vertex + 1);
        }
    }
}

// The software scene graph (QT_QUICK_BACKEND=software, and the offscreen platform the tests and
// screenshots use) draws no custom geometry nodes: there the ring is painted with QPainter.
class ArcPainterNode : public QSGRenderNode {
public:
    void sync(QQuickWindow* window, const ArcGeometryInput& input)
    {
        m_window = window;
        m_input = input;
        markDirty(QSGNode::DirtyMaterial);
    }

    void render(const RenderState* state) override
    {
        auto* painter = static_cast<QPainter*>(m_window->rendererInterface()->getResource(
            m_window, QSGRendererInterface::PainterResource));
        if (!painter)
            return;
        const QRegion* clip = state->clipRegion();
        if (clip && !clip->isEmpty())
            painter->setClipRegion(*clip, Qt::ReplaceClip);  // before the transform (Qt's example)
        painter->setTransform(matrix()->toTransform());
        painter->setOpacity(inheritedOpacity());
        paint(painter);
    }

    StateFlags changedStates() const override { return {}; }
    RenderingFlags flags() const override { return BoundedRectRendering; }
    QRectF rect() const override { return QRectF(QPointF(0, 0), m_input.size); }

private:
    void paint(QPainter* painter) const
    {
        const RingLayout ring = ringLayout(m_input.size, m_input.lineWidth);
        const qreal middle = ring.outer - ring.lineWidth / 2;  // a pen is centred on its path
        const QRectF circle(ring.centre - QPointF(middle, middle), QSizeF(2 * middle, 2 * middle));
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(m_input.trackColor, ring.lineWidth, Qt::SolidLine, Qt::FlatCap));
        painter->drawEllipse(circle);
        // QPainter: 1/16 degrees, counter-clockwise from 3 o'clock.
        const qreal progress = std::clamp<qreal>(m_input.progress, 0, 1);
        painter->setPen(QPen(m_input.color, ring.lineWidth, Qt::SolidLine, Qt::FlatCap));
        painter->drawArc(circle, 90 * 16, -int(std::lround(progress * 360 * 16)));
    }

    QQuickWindow* m_window = nullptr;
    ArcGeometryInput m_input;
};

bool softwareSceneGraph(const QQuickWindow* window)
{
    return window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
}

QSGGeometryNode* newGeometryNode()
{
    auto* node = new QSGGeometryNode;
    auto* geometry = new QSGGeometry(QSGGeometry::defaultAttributes_ColoredPoint2D(), 0, 0,
                                     QSGGeometry::UnsignedShortType);
    geometry->setDrawingMode(QSGGeometry::DrawTriangleStrip);
    node->setGeometry(geometry);
    node->setFlag(QSGNode::OwnsGeometry);
    node->setMaterial(new QSGVertexColorMaterial);
    node->setFlag(QSGNode::OwnsMaterial);
    return node;
}

void fillGeometry(QSGGeometry* geometry, const ArcMesh& mesh)
{
    geometry->allocate(int(mesh.vertices.size()), int(mesh.indices.size()));
    QSGGeometry::ColoredPoint2D* points = geometry->vertexDataAsColoredPoint2D();
    for (const ArcVertex& v : mesh.vertices)
        (points++)->set(v.x, v.y, v.r, v.g, v.b, v.a);
    std::copy(mesh.indices.begin(), mesh.indices.end(), geometry->indexDataAsUShort());
}

}  // namespace

ArcMesh countdownArcMesh(const ArcGeometryInput& input)
{
    ArcMesh mesh;
    const RingLayout ring = ringLayout(input.size, input.lineWidth);
    const qreal dpr = input.devicePixelRatio > 0 ? input.devicePixelRatio : 1;
    if (!(ring.outer > 0) || !(ring.lineWidth > 0))
        return mesh;

    const BandRadii radii = bandRadii(ring.outer, ring.lineWidth, 0.5 / dpr);
    const int full = circleSegments(ring.outer * dpr);
    if (input.trackColor.isValid() && input.trackColor.alpha() > 0)
        appendBand(mesh, {ring.centre, radii, kTwoPi, full, true, premultiplied(input.trackColor)});

    mesh.arcFirstVertex = int(mesh.vertices.size());
    const qreal progress = std::clamp<qreal>(input.progress, 0, 1);
    if (progress > 0 && input.color.isValid() && input.color.alpha() > 0) {
        const int segments = std::max(2, int(std::ceil(full * progress)));
        appendBand(mesh, {ring.centre, radii, kTwoPi * progress, segments, false,
                          premultiplied(input.color)});
    }
    return mesh;
}

CountdownArc::CountdownArc(QQuickItem* parent) : QQuickItem(parent)
{
    setFlag(ItemHasContents);
}

void CountdownArc::setProgress(qreal progress)
{
    progress = std::clamp<qreal>(progress, 0, 1);
    if (qFuzzyCompare(progress + 1, m_progress + 1))
        return;
    m_progress = progress;
    update();
    Q_EMIT progressChanged();
}

void CountdownArc::setColor(const QColor& color)
{
    if (color == m_color)
        return;
    m_color = color;
    update();
    Q_EMIT colorChanged();
}

void CountdownArc::setTrackColor(const QColor& color)
{
    if (color == m_trackColor)
        return;
    m_trackColor = color;
    update();
    Q_EMIT trackColorChanged();
}

void CountdownArc::setLineWidth(qreal lineWidth)
{
    if (qFuzzyCompare(lineWidth + 1, m_lineWidth + 1))
        return;
    m_lineWidth = lineWidth;
    update();
    Q_EMIT lineWidthChanged();
}

void CountdownArc::geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        update();
}

void CountdownArc::itemChange(ItemChange change, const ItemChangeData& value)
{
    QQuickItem::itemChange(change, value);
    // The fringe is one device pixel: a new screen density means new vertices.
    if (change == ItemDevicePixelRatioHasChanged)
        update();
}

QSGNode* CountdownArc::updatePaintNode(QSGNode* oldNode, UpdatePaintNodeData*)
{
    const ArcGeometryInput input{size(),  m_progress,   m_lineWidth,
                                 m_color, m_trackColor, window()->effectiveDevicePixelRatio()};
    if (softwareSceneGraph(window())) {
        if (!(input.size.width() > 0 && input.size.height() > 0 && input.lineWidth > 0)) {
            delete oldNode;
            return nullptr;
        }
        auto* node = oldNode ? static_cast<ArcPainterNode*>(oldNode) : new ArcPainterNode;
        node->sync(window(), input);
        return node;
    }

    const ArcMesh mesh = countdownArcMesh(input);
    if (mesh.indices.empty()) {
        delete oldNode;
        return nullptr;
    }
    auto* node = oldNode ? static_cast<QSGGeometryNode*>(oldNode) : newGeometryNode();
    fillGeometry(node->geometry(), mesh);
    node->markDirty(QSGNode::DirtyGeometry);  // colours are per vertex: the material never changes
    return node;
}
