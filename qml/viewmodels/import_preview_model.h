#pragma once

#include <vector>

#include <QAbstractListModel>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "otp/interop/import.h"

// The rows of the import preview: every token found (new, or a duplicate that will be skipped
// and why), then every entry that cannot be imported with its reason. Labels and reasons only;
// secrets never reach QML.
class ImportPreviewModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by ImportFlow")

public:
    enum Role {
        IssuerRole = Qt::UserRole + 1,
        AccountRole,
        TypeRole,    // "TOTP", "HOTP"; "" for unsupported entries
        StatusRole,  // Status
        NoteRole,    // translated: why it is skipped or cannot be imported
        DetailRole,  // unsupported entries: the importer's English reason (names field and value)
    };
    Q_ENUM(Role)
    enum Status { New, Duplicate, Unsupported };
    Q_ENUM(Status)

    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setPlan(const otp::interop::ImportPlan& plan);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row {
        QString issuer;
        QString account;
        QString type;
        Status status = New;
        QString note;
        QString detail;
    };
    static QString duplicateNote(otp::interop::Duplicate duplicate);
    static QString unsupportedNote(otp::ErrorCode code);

    std::vector<Row> m_rows;
};
