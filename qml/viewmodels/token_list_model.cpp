#include "token_list_model.h"

#include <limits>

#include "code_format.h"
#include "error_text.h"
#include "otp/algorithm.h"
#include "otp/uri_generators.h"
#include "serial_source_text.h"

namespace {

QString fromUtf8(const std::string& s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

}  // namespace

TokenListModel::TokenListModel(QObject* parent) : QAbstractListModel(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);  // a coarse timer may skip a visible second
    connect(&m_timer, &QTimer::timeout, this, [this] {
        refresh();
        scheduleTick();
    });
}

otp::Result<void> TokenListModel::setStore(std::shared_ptr<TokenStore> store)
{
    beginResetModel();
    m_store = std::move(store);
    m_tokens.clear();
    m_rows.clear();
    m_removed.reset();
    otp::Result<void> result;
    if (auto loaded = m_store->load()) {
        m_tokens = std::move(loaded).value();
        for (const auto& token : m_tokens) {
            m_nextId = std::max(m_nextId, token.id + 1);
            m_rows.push_back(makeRow(token.uri));
            computeCodes(token, m_rows.back());
        }
    } else {
        result = loaded.error();
    }
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT canUndoRemoveChanged();
    updateTimer();
    return result;
}

void TokenListModel::setClock(AppClock* clock)
{
    if (m_clock)
        disconnect(m_clock, nullptr, this, nullptr);
    m_clock = clock;
    if (m_clock)
        connect(m_clock, &AppClock::changed, this, [this] {
            refresh();
            updateTimer();
        });
    refresh();
    updateTimer();
}

int TokenListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tokens.size());
}

QHash<int, QByteArray> TokenListModel::roleNames() const
{
    return {
        {IdRole, "tokenId"},
        {IssuerRole, "issuer"},
        {AccountRole, "account"},
        {IsHotpRole, "isHotp"},
        {CodeRole, "code"},
        {GroupedCodeRole, "groupedCode"},
        {SpokenCodeRole, "spokenCode"},
        {NextCodeRole, "nextCode"},
        {SecondsRemainingRole, "secondsRemaining"},
        {PeriodRole, "period"},
        {CounterRole, "counter"},
        {SerialRole, "serial"},
        {SpokenSerialRole, "spokenSerial"},
        {AlgorithmRole, "algorithm"},
        {DigitsRole, "digits"},
        {ErrorRole, "error"},
        {SerialSourceRole, "serialSource"},
    };
}

QVariant TokenListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto i = static_cast<std::size_t>(index.row());
    const otp::KeyUri& uri = m_tokens[i].uri;
    const Row& row = m_rows[i];
    switch (role) {
    case IdRole: return QVariant::fromValue<qulonglong>(m_tokens[i].id);
    case IssuerRole: return fromUtf8(uri.issuer);
    case AccountRole: return fromUtf8(uri.account);
    case IsHotpRole: return uri.type == otp::OtpType::Hotp;
    case CodeRole: return row.code;
    case GroupedCodeRole: return codeformat::grouped(row.code);
    case SpokenCodeRole: return codeformat::spoken(row.code);
    case NextCodeRole: return codeformat::grouped(row.nextCode);
    case SecondsRemainingRole: return row.secondsRemaining;
    case PeriodRole: return uri.period;
    case CounterRole: return QVariant::fromValue<qulonglong>(uri.counter);
    case SerialRole: return row.serial;
    case SpokenSerialRole: return codeformat::spoken(row.serial);
    case AlgorithmRole: return QString::fromLatin1(otp::algorithmName(uri.algorithm));
    case DigitsRole: return uri.digits;
    case ErrorRole: return row.error;
    case SerialSourceRole: return row.serialSource;
    default: return {};
    }
}

TokenListModel::Row TokenListModel::makeRow(const otp::KeyUri& uri) const
{
    Row row;
    row.serial = QString::fromStdString(otp::effectiveSerial(uri).display());
    row.serialSource = serialsource::text(uri);
    if (uri.type == otp::OtpType::Totp) {
        auto generator = otp::totpGeneratorFor(uri);
        if (generator)
            row.totp = std::move(generator).value();
        else
            row.error = ErrorText::forError(generator.error());
    } else {
        auto generator = otp::hotpGeneratorFor(uri);
        if (generator)
            row.hotp = std::move(generator).value();
        else
            row.error = ErrorText::forError(generator.error());
    }
    return row;
}

void TokenListModel::computeCodes(const StoredToken& token, Row& row) const
{
    if (row.hotp) {
        row.code = QString::fromStdString(row.hotp->code(token.uri.counter));
        return;
    }
    if (!row.totp)
        return;
    const std::int64_t now = m_clock ? m_clock->now() : m_systemClock.now();
    auto state = row.totp->stateAt(now);
    if (!state) {
        row.code.clear();
        row.nextCode.clear();
        row.secondsRemaining = 0;
        row.error = ErrorText::forError(state.error());
        return;
    }
    row.error.clear();
    row.code = QString::fromStdString(state->code);
    row.nextCode = QString::fromStdString(state->nextCode);
    row.secondsRemaining = state->secondsRemaining;
}

void TokenListModel::refresh()
{
    if (m_tokens.empty())
        return;
    int first = -1;
    int last = -1;
    for (std::size_t i = 0; i < m_tokens.size(); ++i) {
        if (!m_rows[i].totp)
            continue;
        const QString oldCode = m_rows[i].code;
        const int oldSeconds = m_rows[i].secondsRemaining;
        computeCodes(m_tokens[i], m_rows[i]);
        if (m_rows[i].code != oldCode || m_rows[i].secondsRemaining != oldSeconds) {
            if (first < 0)
                first = static_cast<int>(i);
            last = static_cast<int>(i);
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first), index(last),
                           {CodeRole, GroupedCodeRole, SpokenCodeRole, NextCodeRole,
                            SecondsRemainingRole, ErrorRole});
}

void TokenListModel::scheduleTick()
{
    const int ms = m_clock ? m_clock->msUntilNextSecond() : m_systemClock.msUntilNextSecond();
    // A few ms late, so the clock has certainly moved on when we read it.
    m_timer.start(ms + 5);
}

void TokenListModel::updateTimer()
{
    const bool anyTotp =
        std::any_of(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.totp.has_value(); });
    const bool frozen = m_clock && m_clock->isTestClock() && m_clock->isFrozen();
    if (anyTotp && !frozen)
        scheduleTick();
    else
        m_timer.stop();
}

otp::Result<void> TokenListModel::persist(const std::vector<StoredToken>& next)
{
    if (!m_store)
        return {};
    return m_store->save(next);
}

otp::Result<std::uint64_t> TokenListModel::add(otp::KeyUri uri)
{
    StoredToken token;
    token.id = m_nextId;
    token.created = m_clock ? m_clock->now() : m_systemClock.now();
    token.uri = std::move(uri);
    auto next = m_tokens;
    next.push_back(token);
    if (auto saved = persist(next); !saved)
        return saved.error();
    ++m_nextId;
    const int row = count();
    beginInsertRows({}, row, row);
    m_tokens.push_back(std::move(token));
    m_rows.push_back(makeRow(m_tokens.back().uri));
    computeCodes(m_tokens.back(), m_rows.back());
    endInsertRows();
    Q_EMIT countChanged();
    updateTimer();
    return m_tokens.back().id;
}

otp::Result<std::size_t> TokenListModel::addTokens(std::vector<otp::KeyUri> uris)
{
    if (uris.empty())
        return std::size_t{0};
    const std::int64_t created = m_clock ? m_clock->now() : m_systemClock.now();
    auto next = m_tokens;
    std::uint64_t id = m_nextId;
    for (auto& uri : uris)
        next.push_back(StoredToken{id++, std::move(uri), created});
    if (auto saved = persist(next); !saved)
        return saved.error();
    m_nextId = id;
    const int first = count();
    beginInsertRows({}, first, first + static_cast<int>(uris.size()) - 1);
    m_tokens = std::move(next);
    for (std::size_t i = static_cast<std::size_t>(first); i < m_tokens.size(); ++i) {
        m_rows.push_back(makeRow(m_tokens[i].uri));
        computeCodes(m_tokens[i], m_rows.back());
    }
    endInsertRows();
    Q_EMIT countChanged();
    updateTimer();
    return uris.size();
}

otp::Result<void> TokenListModel::replace(std::uint64_t id, otp::KeyUri uri)
{
    const int row = rowOf(id);
    if (row < 0)
        return otp::Error{otp::ErrorCode::VaultNoSuchToken, "no token with this id"};
    const auto i = static_cast<std::size_t>(row);
    auto next = m_tokens;
    next[i].uri = std::move(uri);
    if (auto saved = persist(next); !saved)
        return saved;
    m_tokens[i] = std::move(next[i]);
    m_rows[i] = makeRow(m_tokens[i].uri);
    computeCodes(m_tokens[i], m_rows[i]);
    Q_EMIT dataChanged(index(row), index(row));
    updateTimer();
    return {};
}

int TokenListModel::findDuplicate(const otp::KeyUri& uri, Duplicate* kind) const
{
    const otp::Serial serial = otp::effectiveSerial(uri);
    for (std::size_t i = 0; i < m_tokens.size(); ++i) {
        Duplicate found = Duplicate::None;
        if (m_tokens[i].uri.secret == uri.secret)
            found = Duplicate::SameSecret;
        else if (otp::effectiveSerial(m_tokens[i].uri) == serial)
            found = Duplicate::SameSerial;
        if (found != Duplicate::None) {
            if (kind)
                *kind = found;
            return static_cast<int>(i);
        }
    }
    if (kind)
        *kind = Duplicate::None;
    return -1;
}

const StoredToken* TokenListModel::tokenAt(int row) const
{
    if (row < 0 || row >= count())
        return nullptr;
    return &m_tokens[static_cast<std::size_t>(row)];
}

int TokenListModel::rowOf(qulonglong id) const
{
    for (std::size_t i = 0; i < m_tokens.size(); ++i) {
        if (m_tokens[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

QString TokenListModel::rename(qulonglong id, const QString& issuer, const QString& account)
{
    const int row = rowOf(id);
    if (row < 0)
        return ErrorText::forCode(otp::ErrorCode::VaultNoSuchToken);
    if (issuer.trimmed().isEmpty() && account.trimmed().isEmpty())
        return tr("Enter an issuer or an account name.");
    const auto i = static_cast<std::size_t>(row);
    auto next = m_tokens;
    next[i].uri.issuer = issuer.trimmed().toStdString();
    next[i].uri.account = account.trimmed().toStdString();
    if (auto saved = persist(next); !saved)
        return ErrorText::forError(saved.error());
    m_tokens[i].uri.issuer = next[i].uri.issuer;
    m_tokens[i].uri.account = next[i].uri.account;
    Q_EMIT dataChanged(index(row), index(row), {IssuerRole, AccountRole});
    return {};
}

QString TokenListModel::remove(qulonglong id)
{
    const int row = rowOf(id);
    if (row < 0)
        return ErrorText::forCode(otp::ErrorCode::VaultNoSuchToken);
    const auto i = static_cast<std::size_t>(row);
    auto next = m_tokens;
    next.erase(next.begin() + row);
    if (auto saved = persist(next); !saved)
        return ErrorText::forError(saved.error());
    beginRemoveRows({}, row, row);
    m_removed = Removed{std::move(m_tokens[i]), row};
    m_tokens.erase(m_tokens.begin() + row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    Q_EMIT countChanged();
    Q_EMIT canUndoRemoveChanged();
    updateTimer();
    return {};
}

QString TokenListModel::undoRemove()
{
    if (!m_removed)
        return {};
    const int row = std::min(m_removed->row, count());
    auto next = m_tokens;
    next.insert(next.begin() + row, m_removed->token);
    if (auto saved = persist(next); !saved)
        return ErrorText::forError(saved.error());
    beginInsertRows({}, row, row);
    m_tokens.insert(m_tokens.begin() + row, std::move(m_removed->token));
    Row r = makeRow(m_tokens[static_cast<std::size_t>(row)].uri);
    computeCodes(m_tokens[static_cast<std::size_t>(row)], r);
    m_rows.insert(m_rows.begin() + row, std::move(r));
    m_removed.reset();
    endInsertRows();
    Q_EMIT countChanged();
    Q_EMIT canUndoRemoveChanged();
    updateTimer();
    return {};
}

QString TokenListModel::move(int from, int to)
{
    if (from < 0 || from >= count() || to < 0 || to >= count() || from == to)
        return {};
    auto next = m_tokens;
    auto token = next[static_cast<std::size_t>(from)];
    next.erase(next.begin() + from);
    next.insert(next.begin() + to, std::move(token));
    if (auto saved = persist(next); !saved)
        return ErrorText::forError(saved.error());
    // beginMoveRows counts the destination before the move: moving down means "to + 1".
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    m_tokens = std::move(next);
    Row moved = std::move(m_rows[static_cast<std::size_t>(from)]);
    m_rows.erase(m_rows.begin() + from);
    m_rows.insert(m_rows.begin() + to, std::move(moved));
    endMoveRows();
    return {};
}

QString TokenListModel::nextHotpCode(qulonglong id)
{
    const int row = rowOf(id);
    if (row < 0)
        return ErrorText::forCode(otp::ErrorCode::VaultNoSuchToken);
    const auto i = static_cast<std::size_t>(row);
    if (!m_rows[i].hotp)
        return {};
    // At 2^64-1 the counter would wrap to 0 and repeat every code ever shown.
    if (m_tokens[i].uri.counter == std::numeric_limits<std::uint64_t>::max())
        return ErrorText::forCode(otp::ErrorCode::UriBadCounter);
    auto next = m_tokens;
    next[i].uri.counter += 1;
    if (auto saved = persist(next); !saved)
        return ErrorText::forError(saved.error());
    m_tokens[i].uri.counter = next[i].uri.counter;
    computeCodes(m_tokens[i], m_rows[i]);
    Q_EMIT dataChanged(index(row), index(row),
                       {CodeRole, GroupedCodeRole, SpokenCodeRole, CounterRole});
    return {};
}
