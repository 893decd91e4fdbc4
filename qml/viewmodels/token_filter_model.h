#pragma once

#include <QSortFilterProxyModel>
#include <QString>
#include <QtQml/qqmlregistration.h>

// The token list as the list page shows it: filtered by a search text (issuer, account or
// serial, case-insensitive, spaces in serials ignored). Keeps the source's display order. (The
// token screen shows one token through SingleToken instead.)
class TokenFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit TokenFilterModel(QObject* parent = nullptr);

    QString query() const { return m_query; }
    void setQuery(const QString& query);
    int count() const { return rowCount(); }

    // Row in the source model of proxy row `row` (for move/delete on the whole list).
    Q_INVOKABLE int sourceRow(int row) const;

Q_SIGNALS:
    void queryChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_query;
};
