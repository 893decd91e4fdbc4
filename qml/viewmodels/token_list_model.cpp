#include "token_list_model.h"

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

TokenListModel::TokenListModel(QObject* parent)
    : QAbstractListModel(parent), m_repository(std::make_shared<platform::MemoryTokenRepository>())
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);  // a coarse timer may skip a visible second
    connect(&m_timer, &QTimer::timeout, this, [this] {
        refresh();
        scheduleTick();
    });
}

void TokenListModel::setRepository(std::shared_ptr<platform::TokenRepository> repository)
{
    Q_ASSERT(repository);
    beginResetModel();
    m_repository = std::move(repository);
    m_rows.clear();
    m_removed.reset();
    const std::size_t count = m_repository->vault().tokens.size();
    m_rows.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
        m_rows.push_back(makeRow(i));
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT canUndoRemoveChanged();
    updateTimer();
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
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
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
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole: return QVariant::fromValue<qulonglong>(row.id);
    case IssuerRole: return row.issuer;
    case AccountRole: return row.account;
    case IsHotpRole: return row.isHotp;
    case CodeRole: return row.code;
    case GroupedCodeRole: return codeformat::grouped(row.code);
    case SpokenCodeRole: return codeformat::spoken(row.code);
    case NextCodeRole: return codeformat::grouped(row.nextCode);
    case SecondsRemainingRole: return row.secondsRemaining;
    case PeriodRole: return row.period;
    case CounterRole: return QVariant::fromValue<qulonglong>(row.counter);
    case SerialRole: return row.serial;
    case SpokenSerialRole: return codeformat::spoken(row.serial);
    case AlgorithmRole: return row.algorithm;
    case DigitsRole: return row.digits;
    case ErrorRole: return row.error;
    case SerialSourceRole: return row.serialSource;
    default: return {};
    }
}

TokenListModel::Row TokenListModel::makeRow(std::size_t index) const
{
    const otp::vault::Token& token = m_repository->vault().tokens[index];
    const otp::KeyUri& uri = token.uri;
    Row row;
    row.id = token.id;
    row.isHotp = uri.type == otp::OtpType::Hotp;
    row.issuer = fromUtf8(uri.issuer);
    row.account = fromUtf8(uri.account);
    row.algorithm = QString::fromLatin1(otp::algorithmName(uri.algorithm));
    row.digits = uri.digits;
    row.period = uri.period;
    row.counter = uri.counter;
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
    computeCodes(row);
    return row;
}

std::int64_t TokenListModel::now() const
{
    return m_clock ? m_clock->now() : m_systemClock.now();
}

void TokenListModel::computeCodes(Row& row) const
{
    if (row.hotp) {
        row.code = QString::fromStdString(row.hotp->code(row.counter));
        return;
    }
    if (!row.totp)
        return;
    auto state = row.totp->stateAt(now());
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
    int first = -1;
    int last = -1;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (!m_rows[i].totp)
            continue;
        const QString oldCode = m_rows[i].code;
        const int oldSeconds = m_rows[i].secondsRemaining;
        computeCodes(m_rows[i]);
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

// Rows for the repository's tokens from `first` to the end (just added there).
void TokenListModel::appendRowsFrom(std::size_t first)
{
    const std::size_t count = m_repository->vault().tokens.size();
    if (count <= first)
        return;
    beginInsertRows({}, static_cast<int>(first), static_cast<int>(count) - 1);
    for (std::size_t i = first; i < count; ++i)
        m_rows.push_back(makeRow(i));
    endInsertRows();
    Q_EMIT countChanged();
    updateTimer();
}

otp::Result<std::uint64_t> TokenListModel::add(otp::KeyUri uri)
{
    auto id = m_repository->addToken(std::move(uri), now());
    if (!id)
        return id.error();
    appendRowsFrom(m_rows.size());
    return id;
}

otp::Result<std::size_t> TokenListModel::applyImport(const otp::interop::ImportPlan& plan)
{
    auto added = m_repository->applyImport(plan, now());
    if (!added)
        return added.error();
    appendRowsFrom(m_rows.size());
    return added;
}

otp::Result<void> TokenListModel::replace(std::uint64_t id, otp::KeyUri uri)
{
    const int row = rowOf(id);
    if (row < 0)
        return otp::Error{otp::ErrorCode::VaultNoSuchToken, "no token with this id"};
    if (auto saved = m_repository->replaceToken(id, std::move(uri)); !saved)
        return saved;
    m_rows[static_cast<std::size_t>(row)] = makeRow(static_cast<std::size_t>(row));
    Q_EMIT dataChanged(index(row), index(row));
    updateTimer();
    return {};
}

int TokenListModel::findDuplicate(const otp::KeyUri& uri, Duplicate* kind) const
{
    const auto found = m_repository->findDuplicate(uri);
    Duplicate shown = Duplicate::None;
    if (found.kind == otp::interop::Duplicate::SameSecret)
        shown = Duplicate::SameSecret;
    else if (found.kind == otp::interop::Duplicate::SameSerial)
        shown = Duplicate::SameSerial;
    if (kind)
        *kind = shown;
    return shown == Duplicate::None ? -1 : static_cast<int>(found.index);
}

const otp::vault::Token* TokenListModel::tokenAt(int row) const
{
    if (row < 0 || row >= count())
        return nullptr;
    return &m_repository->vault().tokens[static_cast<std::size_t>(row)];
}

int TokenListModel::rowOf(qulonglong id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
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
    if (auto saved = m_repository->renameToken(id, issuer.trimmed().toStdString(),
                                               account.trimmed().toStdString());
        !saved)
        return ErrorText::forError(saved.error());
    // The code stays; the serial may not (a label can carry an issued one).
    m_rows[static_cast<std::size_t>(row)] = makeRow(static_cast<std::size_t>(row));
    Q_EMIT dataChanged(index(row), index(row),
                       {IssuerRole, AccountRole, SerialRole, SpokenSerialRole, SerialSourceRole});
    return {};
}

QString TokenListModel::remove(qulonglong id)
{
    const int row = rowOf(id);
    if (row < 0)
        return ErrorText::forCode(otp::ErrorCode::VaultNoSuchToken);
    otp::vault::Token removed = *tokenAt(row);  // for undo: the secret stays in C++
    if (auto saved = m_repository->removeToken(id); !saved)
        return ErrorText::forError(saved.error());
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    m_removed = Removed{std::move(removed), row};
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
    if (auto saved = m_repository->restoreToken(m_removed->token, static_cast<std::size_t>(row));
        !saved)
        return ErrorText::forError(saved.error());
    beginInsertRows({}, row, row);
    m_rows.insert(m_rows.begin() + row, makeRow(static_cast<std::size_t>(row)));
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
    if (auto saved = m_repository->moveToken(m_rows[static_cast<std::size_t>(from)].id,
                                             static_cast<std::size_t>(to));
        !saved)
        return ErrorText::forError(saved.error());
    // beginMoveRows counts the destination before the move: moving down means "to + 1".
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
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
    // The shown code is used up: the repository saves counter + 1 (and refuses at 2^64-1).
    if (auto next = m_repository->nextHotpCode(id); !next)
        return ErrorText::forError(next.error());
    m_rows[i].counter = tokenAt(row)->uri.counter;
    computeCodes(m_rows[i]);
    Q_EMIT dataChanged(index(row), index(row),
                       {CodeRole, GroupedCodeRole, SpokenCodeRole, CounterRole});
    return {};
}
