#include "base32_validator.h"

#include "otp/base32.h"

namespace {

bool isBase32Char(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'2' && u <= u'7');
}

bool isSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('=');
}

}  // namespace

Base32Validator::Base32Validator(QObject* parent) : QValidator(parent) {}

void Base32Validator::setMinimumBytes(int bytes)
{
    if (bytes == m_minimumBytes)
        return;
    m_minimumBytes = bytes;
    Q_EMIT minimumBytesChanged();
    Q_EMIT changed();
}

QValidator::State Base32Validator::validate(QString& input, int& /*pos*/) const
{
    for (QChar c : input) {
        if (!isBase32Char(c) && !isSeparator(c))
            return Invalid;
    }
    return problem(input).isEmpty() ? Acceptable : Intermediate;
}

void Base32Validator::fixup(QString& input) const
{
    input = input.toUpper().trimmed();
}

QString Base32Validator::problem(const QString& text) const
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!isBase32Char(c) && !isSeparator(c)) {
            if (c == QLatin1Char('0') || c == QLatin1Char('1') || c == QLatin1Char('8') ||
                c == QLatin1Char('9')) {
                return tr("“%1” at position %2 is not allowed: a secret key uses only the "
                          "digits 2–7 (did you mean O, I or B?).")
                    .arg(c)
                    .arg(i + 1);
            }
            return tr("“%1” at position %2 is not allowed: a secret key uses only the letters "
                      "A–Z and the digits 2–7.")
                .arg(c)
                .arg(i + 1);
        }
    }
    QByteArray latin = text.toLatin1();
    auto decoded = otp::base32Decode(std::string_view(latin.constData(), latin.size()));
    latin.fill('\0');  // the typed key is secret: do not leave a copy behind
    if (!decoded) {
        if (decoded.error().code == otp::ErrorCode::Base32InvalidLength)
            return tr("The secret key has the wrong length: a character is missing or extra.");
        return tr("This is not a valid secret key.");
    }
    if (decoded->empty())
        return tr("Enter the secret key.");
    if (std::ssize(*decoded) < m_minimumBytes)
        return tr("The secret key is too short: it needs at least %n character(s).", "",
                  (m_minimumBytes * 8 + 4) / 5);
    return {};
}
