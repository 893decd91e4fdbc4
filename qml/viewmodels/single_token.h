#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

#include "token_list_model.h"

// One row of a TokenListModel as plain properties, for the token screen (TokenPage.qml): the
// only token on the home screen (`tokenId` 0: the first row), or the one opened from the list.
// The start screen binds a TokenCard to it directly: a Repeater over a filter model, which it
// replaces, cost ~2 ms more before the first code (a delegate model, an incubator and a proxy
// model for one row; docs/ui.md, Performance, round 6).
class SingleToken : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(TokenListModel* model READ model WRITE setModel NOTIFY modelChanged)
    // 0: the first row, whichever token it is.
    Q_PROPERTY(qulonglong tokenId READ tokenId WRITE setTokenId NOTIFY tokenIdChanged)
    // False while the model has no such row (no tokens, or the token was deleted).
    Q_PROPERTY(bool present READ present NOTIFY tokenChanged)
    // The id of the token shown (`tokenId`, or the first row's); 0 when none.
    Q_PROPERTY(qulonglong shownId READ shownId NOTIFY tokenChanged)
    // What stays as long as the token is unchanged (rename, replace):
    Q_PROPERTY(QString issuer READ issuer NOTIFY tokenChanged)
    Q_PROPERTY(QString account READ account NOTIFY tokenChanged)
    Q_PROPERTY(bool isHotp READ isHotp NOTIFY tokenChanged)
    Q_PROPERTY(int period READ period NOTIFY tokenChanged)
    Q_PROPERTY(QString serial READ serial NOTIFY tokenChanged)
    Q_PROPERTY(QString spokenSerial READ spokenSerial NOTIFY tokenChanged)
    Q_PROPERTY(QString serialSource READ serialSource NOTIFY tokenChanged)
    // What changes with the clock or the HOTP counter:
    Q_PROPERTY(QString groupedCode READ groupedCode NOTIFY codeChanged)
    Q_PROPERTY(QString spokenCode READ spokenCode NOTIFY codeChanged)
    Q_PROPERTY(QString nextCode READ nextCode NOTIFY codeChanged)
    Q_PROPERTY(int secondsRemaining READ secondsRemaining NOTIFY codeChanged)
    Q_PROPERTY(QString error READ error NOTIFY codeChanged)

public:
    explicit SingleToken(QObject* parent = nullptr);

    TokenListModel* model() const { return m_model; }
    void setModel(TokenListModel* model);
    qulonglong tokenId() const { return m_tokenId; }
    void setTokenId(qulonglong id);

    bool present() const { return m_row >= 0; }
    qulonglong shownId() const { return m_shownId; }
    QString issuer() const { return text(TokenListModel::IssuerRole); }
    QString account() const { return text(TokenListModel::AccountRole); }
    bool isHotp() const { return value(TokenListModel::IsHotpRole).toBool(); }
    int period() const { return value(TokenListModel::PeriodRole).toInt(); }
    QString serial() const { return text(TokenListModel::SerialRole); }
    QString spokenSerial() const { return text(TokenListModel::SpokenSerialRole); }
    QString serialSource() const { return text(TokenListModel::SerialSourceRole); }
    QString groupedCode() const { return text(TokenListModel::GroupedCodeRole); }
    QString spokenCode() const { return text(TokenListModel::SpokenCodeRole); }
    QString nextCode() const { return text(TokenListModel::NextCodeRole); }
    int secondsRemaining() const { return value(TokenListModel::SecondsRemainingRole).toInt(); }
    QString error() const { return text(TokenListModel::ErrorRole); }

Q_SIGNALS:
    void modelChanged();
    void tokenIdChanged();
    void tokenChanged();
    void codeChanged();

private:
    QVariant value(int role) const;
    QString text(int role) const { return value(role).toString(); }
    // Finds the row again after rows were added, removed, moved or reset; says so if another
    // token (or none) is now shown.
    void locate();
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                       const QList<int>& roles);

    QPointer<TokenListModel> m_model;
    qulonglong m_tokenId = 0;
    int m_row = -1;
    qulonglong m_shownId = 0;
};
