#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QAbstractListModel>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include "app_clock.h"
#include "otp/hotp.h"
#include "otp/totp.h"
#include "platform/token_repository.h"

// The saved tokens with their current codes, one row per token in display order: an adapter
// over the platform::TokenRepository, which owns the tokens, ids, the duplicate rule and the
// HOTP counters. Every change is a repository call (saved first); the rows then re-read the
// repository. Codes are refreshed once a second, on the second, and only the code/countdown
// roles change, so the list repaints at 1 Hz at most. Secrets never leave C++: roles expose
// codes and serials.
class TokenListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool canUndoRemove READ canUndoRemove NOTIFY canUndoRemoveChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        IssuerRole,
        AccountRole,
        IsHotpRole,
        CodeRole,         // "123456"
        GroupedCodeRole,  // "123 456"
        SpokenCodeRole,   // "1 2 3 4 5 6"
        NextCodeRole,     // grouped; TOTP only
        SecondsRemainingRole,
        PeriodRole,
        CounterRole,
        SerialRole,        // "ABCD 1234 5678"
        SpokenSerialRole,  // "A B C D 1 2 3 4 5 6 7 8"
        AlgorithmRole,     // "SHA1"
        DigitsRole,
        ErrorRole,         // translated, when no code can be computed (e.g. clock before T0)
        SerialSourceRole,  // translated: "From your bank" or "Made by SoftToken from the key"
    };
    Q_ENUM(Role)

    enum class Duplicate { None, SameSecret, SameSerial };

    explicit TokenListModel(QObject* parent = nullptr);

    // Shows the tokens of `repository` (already open: nothing is read from disk here).
    void setRepository(std::shared_ptr<platform::TokenRepository> repository);
    // The repository shown (never null): imports and exports use it directly.
    platform::TokenRepository& repository() const { return *m_repository; }
    void setClock(AppClock* clock);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return rowCount(); }
    bool canUndoRemove() const { return m_removed.has_value(); }

    // Adds at the end; returns the new id, or the save error.
    otp::Result<std::uint64_t> add(otp::KeyUri uri);
    // The new tokens of `plan` (checked again against the saved ones) at the end with ONE
    // save: all of them or, if the save fails, none (the list is unchanged). Returns how many
    // were added; none new saves nothing.
    otp::Result<std::size_t> applyImport(const otp::interop::ImportPlan& plan);
    // Replaces the token `id`; it keeps its place and id.
    otp::Result<void> replace(std::uint64_t id, otp::KeyUri uri);
    // The row of the token `uri` duplicates (the repository's rule: same secret, else same
    // serial), or -1.
    int findDuplicate(const otp::KeyUri& uri, Duplicate* kind = nullptr) const;
    // The saved token shown in `row`, or null. Valid until the next change.
    const otp::vault::Token* tokenAt(int row) const;

    Q_INVOKABLE int rowOf(qulonglong id) const;
    // These return "" on success, or a translated error.
    Q_INVOKABLE QString rename(qulonglong id, const QString& issuer, const QString& account);
    Q_INVOKABLE QString remove(qulonglong id);
    Q_INVOKABLE QString undoRemove();
    Q_INVOKABLE QString move(int from, int to);
    // HOTP: uses up the shown code and saves counter + 1.
    Q_INVOKABLE QString nextHotpCode(qulonglong id);
    // Recomputes every code now (also called by the 1 Hz timer).
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void countChanged();
    void canUndoRemoveChanged();
    void errorOccurred(const QString& message);

private:
    // What a row shows, made from the repository's token (rows follow its display order). The
    // row keeps its own copy so that data() stays right while a change is being signalled.
    struct Row {
        std::uint64_t id = 0;
        std::optional<otp::TotpGenerator> totp;
        std::optional<otp::HotpGenerator> hotp;
        bool isHotp = false;
        QString issuer;
        QString account;
        QString algorithm;
        int digits = 0;
        int period = 0;
        std::uint64_t counter = 0;
        QString serial;
        QString serialSource;
        QString code;
        QString nextCode;
        int secondsRemaining = 0;
        QString error;
    };
    struct Removed {
        otp::vault::Token token;
        int row = 0;
    };

    Row makeRow(std::size_t index) const;  // from the repository's token at `index`
    void computeCodes(Row& row) const;
    void appendRowsFrom(std::size_t first);
    std::int64_t now() const;
    void scheduleTick();
    void updateTimer();

    std::shared_ptr<platform::TokenRepository> m_repository;
    std::vector<Row> m_rows;  // parallel to m_repository->vault().tokens
    std::optional<Removed> m_removed;
    QPointer<AppClock> m_clock;
    AppClock m_systemClock;  // used until setClock()
    QTimer m_timer;
};
