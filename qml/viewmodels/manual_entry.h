#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

// What the manual entry page collects, checked by AddTokenFlow::offerManual(). `secret` is the
// base32 text as typed (the field holds it anyway); it is decoded straight into a zeroizing
// buffer. In QML: `property manualEntry entry`, or AddTokenFlow.manualEntry() for a fresh one.
struct ManualEntry {
    Q_GADGET
    QML_VALUE_TYPE(manualEntry)
    Q_PROPERTY(QString issuer MEMBER issuer)
    Q_PROPERTY(QString account MEMBER account)
    Q_PROPERTY(QString secret MEMBER secret)
    Q_PROPERTY(bool hotp MEMBER hotp)
    Q_PROPERTY(QString algorithm MEMBER algorithm)
    Q_PROPERTY(int digits MEMBER digits)
    Q_PROPERTY(int period MEMBER period)
    Q_PROPERTY(qulonglong counter MEMBER counter)
    Q_PROPERTY(QString serial MEMBER serial)

public:
    QString issuer;
    QString account;
    QString secret;
    bool hotp = false;
    QString algorithm = QStringLiteral("SHA1");
    int digits = 6;
    int period = 30;
    qulonglong counter = 0;
    QString serial;  // "" = derived from the key
};
