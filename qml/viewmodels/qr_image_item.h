#pragma once

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

#include "export_flow.h"

// Draws the export's current QR code (ExportFlow::currentQr) without ever handing its text or
// pixels to QML: QML only places the item. Sharp module edges (no smoothing), white quiet zone.
class QrImage : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ExportFlow* flow READ flow WRITE setFlow NOTIFY flowChanged)
    Q_PROPERTY(bool hasImage READ hasImage NOTIFY imageChanged)

public:
    explicit QrImage(QQuickItem* parent = nullptr);

    ExportFlow* flow() const { return m_flow; }
    void setFlow(ExportFlow* flow);
    bool hasImage() const { return m_flow && !m_flow->currentQr().isNull(); }

    void paint(QPainter* painter) override;

Q_SIGNALS:
    void flowChanged();
    void imageChanged();

private:
    QPointer<ExportFlow> m_flow;
};
