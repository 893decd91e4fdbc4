#include "token_filter_model.h"

#include "token_list_model.h"

TokenFilterModel::TokenFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &TokenFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &TokenFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &TokenFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &TokenFilterModel::countChanged);
}

void TokenFilterModel::setQuery(const QString& query)
{
    if (query == m_query)
        return;
    m_query = query;
    invalidateRowsFilter();
    Q_EMIT queryChanged();
}

int TokenFilterModel::sourceRow(int row) const
{
    return mapToSource(index(row, 0)).row();
}

bool TokenFilterModel::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    const QString query = m_query.trimmed();
    if (query.isEmpty())
        return true;
    const auto has = [&](int role) {
        return i.data(role).toString().contains(query, Qt::CaseInsensitive);
    };
    if (has(TokenListModel::IssuerRole) || has(TokenListModel::AccountRole))
        return true;
    QString compactQuery = query;
    compactQuery.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    return !compactQuery.isEmpty() && i.data(TokenListModel::SerialRole)
                                          .toString()
                                          .remove(QLatin1Char(' '))
                                          .contains(compactQuery, Qt::CaseInsensitive);
}
