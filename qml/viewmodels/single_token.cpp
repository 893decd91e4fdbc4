#include "single_token.h"

#include <algorithm>

namespace {

// The roles that change with the clock or the HOTP counter (TokenListModel::refresh and
// nextHotpCode); any other role means the token itself changed.
bool isCodeRole(int role)
{
    switch (role) {
    case TokenListModel::CodeRole:
    case TokenListModel::GroupedCodeRole:
    case TokenListModel::SpokenCodeRole:
    case TokenListModel::NextCodeRole:
    case TokenListModel::SecondsRemainingRole:
    case TokenListModel::CounterRole:
    case TokenListModel::ErrorRole: return true;
    default: return false;
    }
}

}  // namespace

SingleToken::SingleToken(QObject* parent) : QObject(parent) {}

void SingleToken::setModel(TokenListModel* model)
{
    if (model == m_model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::dataChanged, this, &SingleToken::onDataChanged);
        const auto relocate = [this] { locate(); };
        connect(m_model, &QAbstractItemModel::rowsInserted, this, relocate);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, relocate);
        connect(m_model, &QAbstractItemModel::rowsMoved, this, relocate);
        connect(m_model, &QAbstractItemModel::modelReset, this, relocate);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, relocate);
        connect(m_model, &QObject::destroyed, this, [this] {  // m_model is null by then
            Q_EMIT modelChanged();
            locate();
        });
    }
    Q_EMIT modelChanged();
    locate();
}

void SingleToken::setTokenId(qulonglong id)
{
    if (id == m_tokenId)
        return;
    m_tokenId = id;
    Q_EMIT tokenIdChanged();
    locate();
}

QVariant SingleToken::value(int role) const
{
    if (!m_model || m_row < 0)
        return {};
    return m_model->data(m_model->index(m_row), role);
}

void SingleToken::locate()
{
    int row = -1;
    if (m_model)
        row = m_tokenId == 0 ? (m_model->count() > 0 ? 0 : -1) : m_model->rowOf(m_tokenId);
    const qulonglong id =
        row < 0 ? 0 : m_model->data(m_model->index(row), TokenListModel::IdRole).toULongLong();
    const bool sameToken = (row < 0) == (m_row < 0) && id == m_shownId;
    m_row = row;
    m_shownId = id;
    if (sameToken)
        return;  // only moved: nothing shown changes
    Q_EMIT tokenChanged();
    Q_EMIT codeChanged();
}

void SingleToken::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                const QList<int>& roles)
{
    if (m_row < topLeft.row() || m_row > bottomRight.row())
        return;
    const bool everything = roles.isEmpty();
    if (everything || !std::all_of(roles.begin(), roles.end(), isCodeRole))
        Q_EMIT tokenChanged();
    if (everything || std::any_of(roles.begin(), roles.end(), isCodeRole))
        Q_EMIT codeChanged();
}
