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

QString ImportPreviewModel::unsupportedNote(otp::ErrorCode code)
{
    using C = otp::ErrorCode;
    switch (code) {
    case C::UriUnknownAlgorithm: return tr("Cannot be imported: its algorithm is not supported");
    case C::UriUnknownType:
        return tr("Cannot be imported: this kind of token (for example Steam) is not supported");
    case C::UriBadDigits:
    case C::OtpBadDigits: return tr("Cannot be imported: the number of digits is not supported");
    case C::UriBadPeriod:
    case C::OtpBadPeriod: return tr("Cannot be imported: the period is not valid");
    case C::UriMissingSecret:
    case C::UriBadSecret:
    case C::Base32InvalidCharacter:
    case C::Base32InvalidLength:
    case C::OtpEmptyKey: return tr("Cannot be imported: the secret key is missing or not valid");
    case C::UriMissingCounter:
    case C::UriBadCounter: return tr("Cannot be imported: the counter is missing or not valid");
    case C::UriBadSerial: return tr("Cannot be imported: the serial number is not valid");
    case C::ImportBadMigration:
        return tr("Cannot be imported: the Google Authenticator link is damaged");
    case C::UriNotOtpauth:
        return tr("Cannot be imported: its code is not an otpauth:// or Steam link");
    case C::ImportBadStructure: return tr("Cannot be imported: the entry is incomplete or damaged");
    default: break;
    }
    return tr("Cannot be imported: the entry is not valid");
}

void ImportPreviewModel::setPlan(const otp::interop::ImportPlan& plan)
{
    beginResetModel();
    m_rows.clear();
    const auto& tokens = plan.found.tokens;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const auto duplicate =
            i < plan.duplicates.size() ? plan.duplicates[i] : otp::interop::Duplicate::None;
        m_rows.push_back(Row{fromUtf8(tokens[i].issuer),
                             fromUtf8(tokens[i].account),
                             tokens[i].type == otp::OtpType::Hotp ? QStringLiteral("HOTP")
                                                                  : QStringLiteral("TOTP"),
                             duplicate == otp::interop::Duplicate::None ? New : Duplicate,
                             duplicateNote(duplicate),
                             {}});
    }
    // The translated sentence comes from the kind of problem; the importer's English reason
    // ("the MD5 algorithm is not supported") stays as a detail naming the field and value.
    // Named entries also say where they are, so two entries of the same name can be told apart.
    for (const auto& entry : plan.found.unsupported) {
        const QString position = tr("Entry %1").arg(static_cast<qulonglong>(entry.position));
        const QString label = entry.label.empty() ? position : fromUtf8(entry.label);
        const QString detail =
            entry.label.empty()
                ? fromUtf8(entry.reason)
                : tr("%1: %2", "entry position: reason").arg(position, fromUtf8(entry.reason));
        m_rows.push_back(Row{label, {}, {}, Unsupported, unsupportedNote(entry.code), detail});
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
    return {{IssuerRole, "issuer"}, {AccountRole, "account"}, {TypeRole, "type"},
            {StatusRole, "status"}, {NoteRole, "note"},       {DetailRole, "detail"}};
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
    case DetailRole: return row.detail;
    default: return {};
    }
}
