#include "import_preview_model.h"

namespace {

QString fromUtf8(const std::string& s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

}  // namespace

ImportPreviewModel::ImportPreviewModel(QObject* parent) : QAbstractListModel(parent) {}

QString ImportPreviewModel::duplicateNote(otp::interop::Duplicate duplicate)
{
    using D = otp::interop::Duplicate;
    switch (duplicate) {
    case D::None: break;
    case D::SameSecret: return tr("Already saved: skipped");
    case D::SameSerial: return tr("A saved token has the same serial number: skipped");
    case D::RepeatedInFile: return tr("Appears twice in this import: skipped");
    }
    return {};
}

void ImportPreviewModel::setPlan(const otp::interop::ImportPlan& plan)
{
    beginResetModel();
    m_rows.clear();
    const auto& tokens = plan.found.tokens;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const auto duplicate =
            i < plan.duplicates.size() ? plan.duplicates[i] : otp::interop::Duplicate::None;
        m_rows.push_back(Row{fromUtf8(tokens[i].issuer), fromUtf8(tokens[i].account),
                             tokens[i].type == otp::OtpType::Hotp ? QStringLiteral("HOTP")
                                                                  : QStringLiteral("TOTP"),
                             duplicate == otp::interop::Duplicate::None ? New : Duplicate,
                             duplicateNote(duplicate)});
    }
    // The importer's reasons are English sentences naming a field and value ("the MD5
    // algorithm is not supported"); they are shown as they are, under a translated heading.
    for (const auto& entry : plan.found.unsupported) {
        const QString label = entry.label.empty()
                                  ? tr("Entry %1").arg(static_cast<qulonglong>(entry.position))
                                  : fromUtf8(entry.label);
        m_rows.push_back(Row{label, {}, {}, Unsupported, fromUtf8(entry.reason)});
    }
    endResetModel();
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QHash<int, QByteArray> ImportPreviewModel::roleNames() const
{
    return {{IssuerRole, "issuer"},
            {AccountRole, "account"},
            {TypeRole, "type"},
            {StatusRole, "status"},
            {NoteRole, "note"}};
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IssuerRole: return row.issuer;
    case AccountRole: return row.account;
    case TypeRole: return row.type;
    case StatusRole: return row.status;
    case NoteRole: return row.note;
    default: return {};
    }
}
