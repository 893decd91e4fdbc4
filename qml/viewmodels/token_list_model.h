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
#include "token_store.h"

// The saved tokens with their current codes, one row per token in display order.
// Codes are refreshed once a second, on the second, and only the code/countdown roles change,
// so the list repaints at 1 Hz at most. Secrets never leave C++: roles expose codes and serials.
// Every change is saved through the TokenStore first and applied only if the save worked.
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

    // Loads from `store`. Returns the load error, leaving the list empty on failure.
    otp::Result<void> setStore(std::shared_ptr<TokenStore> store);
    void setClock(AppClock* clock);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return rowCount(); }
    bool canUndoRemove() const { return m_removed.has_value(); }

    // Adds at the end; returns the new id, or the save error.
    otp::Result<std::uint64_t> add(otp::KeyUri uri);
    // Adds `uris` at the end with ONE save: all of them or, if the save fails, none (the list
    // is unchanged). Returns how many were added; an empty list saves nothing.
    otp::Result<std::size_t> addTokens(std::vector<otp::KeyUri> uris);
    // Replaces the token `id`; it keeps its place and id.
    otp::Result<void> replace(std::uint64_t id, otp::KeyUri uri);
    // First row whose token has the same secret or the same effective serial, or -1.
    int findDuplicate(const otp::KeyUri& uri, Duplicate* kind = nullptr) const;
    const StoredToken* tokenAt(int row) const;

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
    struct Row {
        std::optional<otp::TotpGenerator> totp;
        std::optional<otp::HotpGenerator> hotp;
        QString serial;
        QString serialSource;
        QString code;
        QString nextCode;
        int secondsRemaining = 0;
        QString error;
    };
    struct Removed {
        StoredToken token;
        int row = 0;
    };

    Row makeRow(const otp::KeyUri& uri) const;
    void computeCodes(const StoredToken& token, Row& row) const;
    otp::Result<void> persist(const std::vector<StoredToken>& next);
    void scheduleTick();
    void updateTimer();

    std::shared_ptr<TokenStore> m_store;
    std::vector<StoredToken> m_tokens;
    std::vector<Row> m_rows;  // parallel to m_tokens
    std::optional<Removed> m_removed;
    std::uint64_t m_nextId = 1;
    QPointer<AppClock> m_clock;
    AppClock m_systemClock;  // used until setClock()
    QTimer m_timer;
};
