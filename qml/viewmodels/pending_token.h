#pragma once

#include <optional>

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "otp/key_uri.h"

// A token that was scanned or typed but not saved yet: what the confirmation sheet shows
// (issuer, account, type, serial, first code) and whether it duplicates a saved token.
class PendingToken : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AppController")
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(QString issuer READ issuer NOTIFY changed)
    Q_PROPERTY(QString account READ account NOTIFY changed)
    Q_PROPERTY(bool isHotp READ isHotp NOTIFY changed)
    Q_PROPERTY(QString typeText READ typeText NOTIFY changed)
    Q_PROPERTY(QString serial READ serial NOTIFY changed)
    // "From your bank" or "Made by SoftToken from the key" (serial_source_text.h).
    Q_PROPERTY(QString serialSource READ serialSource NOTIFY changed)
    Q_PROPERTY(bool serialIssued READ serialIssued NOTIFY changed)
    Q_PROPERTY(QString firstCode READ firstCode NOTIFY changed)
    Q_PROPERTY(QString spokenFirstCode READ spokenFirstCode NOTIFY changed)
    Q_PROPERTY(QString duplicateText READ duplicateText NOTIFY changed)
    // Replace is offered only when the saved token has the same secret (then it changes only
    // names and settings). A token that shares only the serial keeps its secret: serials are
    // not secret, so a crafted QR code could otherwise overwrite a real token.
    Q_PROPERTY(bool canReplace READ canReplace NOTIFY changed)

public:
    explicit PendingToken(QObject* parent = nullptr);

    void set(otp::KeyUri uri, const QString& firstCode, const QString& duplicateText,
             bool canReplace);
    void clear();
    const std::optional<otp::KeyUri>& uri() const { return m_uri; }
    std::optional<otp::KeyUri> take();

    bool valid() const { return m_uri.has_value(); }
    QString issuer() const;
    QString account() const;
    bool isHotp() const;
    QString typeText() const;
    QString serial() const;
    QString serialSource() const;
    bool serialIssued() const;
    QString firstCode() const;
    QString spokenFirstCode() const;
    QString duplicateText() const { return m_duplicateText; }
    bool canReplace() const { return m_canReplace; }

Q_SIGNALS:
    void changed();

private:
    std::optional<otp::KeyUri> m_uri;
    QString m_firstCode;
    QString m_duplicateText;
    bool m_canReplace = false;
};
