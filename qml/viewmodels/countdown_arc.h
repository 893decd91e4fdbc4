#pragma once

#include <cstdint>
#include <vector>

#include <QColor>
#include <QQuickItem>
#include <QSizeF>
#include <QtQml/qqmlregistration.h>

// One vertex of the ring's mesh: item coordinates and a premultiplied colour, the layout of
// QSGGeometry::ColoredPoint2D.
struct ArcVertex {
    float x = 0;
    float y = 0;
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;
    std::uint8_t a = 0;
};

struct ArcGeometryInput {
    QSizeF size;
    qreal progress = 0;   // clamped to 0..1
    qreal lineWidth = 0;  // band thickness in item pixels
    QColor color;         // the arc
    QColor trackColor;    // the full circle under the arc
    qreal devicePixelRatio = 1;
};

// One indexed triangle strip: the track's band first, then the arc's (drawn in that order, arc
// on top).
struct ArcMesh {
    std::vector<ArcVertex> vertices;
    std::vector<std::uint16_t> indices;
    int arcFirstVertex = 0;  // == vertices.size() when there is no arc
};

// The pure geometry of CountdownArc, without a window (unit tested). Each band is an annulus
// with a one-device-pixel antialiasing fringe on both edges: four vertices per angle step,
// outer fringe (alpha 0), outer edge, inner edge, inner fringe (alpha 0).
ArcMesh countdownArcMesh(const ArcGeometryInput& input);

// The countdown ring of CountdownRing.qml: a track circle and, on top, an arc clockwise from
// 12 o'clock covering `progress` of it. Builds its own scene-graph geometry, so the start screen
// needs neither QtQuick.Shapes nor its triangulation. The software scene graph draws no custom
// geometry: there it paints the same ring with QPainter (a QSGRenderNode).
class CountdownArc : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(qreal progress READ progress WRITE setProgress NOTIFY progressChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    Q_PROPERTY(QColor trackColor READ trackColor WRITE setTrackColor NOTIFY trackColorChanged)
    Q_PROPERTY(qreal lineWidth READ lineWidth WRITE setLineWidth NOTIFY lineWidthChanged)

public:
    explicit CountdownArc(QQuickItem* parent = nullptr);

    qreal progress() const { return m_progress; }
    void setProgress(qreal progress);
    QColor color() const { return m_color; }
    void setColor(const QColor& color);
    QColor trackColor() const { return m_trackColor; }
    void setTrackColor(const QColor& color);
    qreal lineWidth() const { return m_lineWidth; }
    void setLineWidth(qreal lineWidth);

Q_SIGNALS:
    void progressChanged();
    void colorChanged();
    void trackColorChanged();
    void lineWidthChanged();

protected:
    QSGNode* updatePaintNode(QSGNode* oldNode, UpdatePaintNodeData* data) override;
    void geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) override;
    void itemChange(ItemChange change, const ItemChangeData& value) override;

private:
    qreal m_progress = 0;
    QColor m_color = Qt::black;
    QColor m_trackColor = Qt::transparent;
    qreal m_lineWidth = 4;
};
