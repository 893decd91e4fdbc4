#pragma once

#include <QSortFilterProxyModel>
#include <QString>
#include <QtQml/qqmlregistration.h>

// The token list as the pages show it: filtered by a search text (issuer, account or serial,
// case-insensitive, spaces in serials ignored), or reduced to one token (`tokenId`) for the
// token screen. Keeps the source's display order.
class TokenFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(qulonglong tokenId READ tokenId WRITE setTokenId NOTIFY tokenIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit TokenFilterModel(QObject* parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString& query);
    // 0: every token that matches the query.
    qulonglong tokenId() const { return m_tokenId; }
    void setTokenId(qulonglong id);
    int count() const { return rowCount(); }

    // Row in the source model of proxy row `row` (for move/delete on the whole list).
    Q_INVOKABLE int sourceRow(int row) const;

Q_SIGNALS:
    void queryChanged();
    void tokenIdChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_query;
    qulonglong m_tokenId = 0;
};
