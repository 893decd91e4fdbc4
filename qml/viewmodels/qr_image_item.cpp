#include "qr_image_item.h"

#include <QPainter>

QrImage::QrImage(QQuickItem* parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
}

void QrImage::setFlow(ExportFlow* flow)
{
    if (flow == m_flow)
        return;
    if (m_flow)
        disconnect(m_flow, nullptr, this, nullptr);
    m_flow = flow;
    if (m_flow)
        connect(m_flow, &ExportFlow::qrChanged, this, [this] {
            update();
            Q_EMIT imageChanged();
        });
    update();
    Q_EMIT flowChanged();
    Q_EMIT imageChanged();
}

void QrImage::paint(QPainter* painter)
{
    if (!m_flow)
        return;
    const QImage image = m_flow->currentQr();
    if (image.isNull())
        return;
    const qreal side = std::min(width(), height());
    const QRectF target((width() - side) / 2, (height() - side) / 2, side, side);
    painter->fillRect(target, Qt::white);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->drawImage(target, image);
}
