#include "bank_store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace bank {
namespace {

constexpr int kVersion = 1;

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string utf8(const QJsonValue& value)
{
    return value.toString().toStdString();
}

QJsonValue optionalText(const std::optional<std::string>& s)
{
    return s ? QJsonValue(text(*s)) : QJsonValue(QJsonValue::Null);
}

std::optional<std::string> optionalText(const QJsonValue& value)
{
    if (!value.isString())
        return std::nullopt;
    return utf8(value);
}

Failure bad(const QString& message)
{
    return Failure{Error::BadRequest, message.toStdString()};
}

// Counters are 64-bit; JSON numbers are doubles, so they travel as decimal strings.
QJsonValue counter(std::uint64_t value)
{
    return QString::number(value);
}

std::uint64_t counter(const QJsonValue& value)
{
    return value.toString().toULongLong();
}

}  // namespace

BankStore::BankStore(QString directory) : m_directory(std::move(directory)) {}

QString BankStore::filePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("bank.json"));
}

Outcome<State> BankStore::load() const
{
    QFile file(filePath());
    if (!file.exists())
        return State{};
    if (!file.open(QIODevice::ReadOnly))
        return bad(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return bad(QStringLiteral("%1 is not a JSON object: %2")
                       .arg(file.fileName(), parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("version")).toInt() != kVersion)
        return bad(QStringLiteral("%1: unknown version").arg(file.fileName()));

    State state;
    state.mode = root.value(QLatin1String("usage_mode")).toString() == QLatin1String("shared")
                     ? UsageMode::Shared
                     : UsageMode::Individual;
    state.sharedSerial = optionalText(root.value(QLatin1String("shared_serial")));
    const QJsonArray users = root.value(QLatin1String("users")).toArray();
    for (const auto& value : users) {
        const QJsonObject o = value.toObject();
        User user;
        user.name = utf8(o.value(QLatin1String("name")));
        user.serial = optionalText(o.value(QLatin1String("serial")));
        user.failures = o.value(QLatin1String("failures")).toInt();
        state.users[user.name] = std::move(user);
    }
    const QJsonArray tokens = root.value(QLatin1String("tokens")).toArray();
    for (const auto& value : tokens) {
        const QJsonObject o = value.toObject();
        Token token;
        token.serial = utf8(o.value(QLatin1String("serial")));
        token.issuedFor = utf8(o.value(QLatin1String("issued_for")));
        auto uri = otp::parseKeyUri(utf8(o.value(QLatin1String("uri"))));
        if (!uri)
            return bad(QStringLiteral("%1: token %2: %3")
                           .arg(file.fileName(), text(token.serial), text(uri.error().message)));
        token.uri = std::move(uri.value());
        token.hotpNext = counter(o.value(QLatin1String("hotp_next")));
        if (o.value(QLatin1String("last_totp_step")).isString())
            token.lastTotpStep = counter(o.value(QLatin1String("last_totp_step")));
        state.tokens[token.serial] = std::move(token);
    }
    return state;
}

Outcome<bool> BankStore::save(const State& state) const
{
    QJsonArray users;
    for (const auto& [name, user] : state.users) {
        users.append(QJsonObject{{QLatin1String("name"), text(user.name)},
                                 {QLatin1String("serial"), optionalText(user.serial)},
                                 {QLatin1String("failures"), user.failures}});
    }
    QJsonArray tokens;
    for (const auto& [serial, token] : state.tokens) {
        const otp::SecureString uri = otp::formatKeyUri(token.uri);
        QJsonObject o{{QLatin1String("serial"), text(token.serial)},
                      {QLatin1String("issued_for"), text(token.issuedFor)},
                      {QLatin1String("uri"),
                       QString::fromUtf8(uri.data(), static_cast<qsizetype>(uri.size()))},
                      {QLatin1String("hotp_next"), counter(token.hotpNext)}};
        if (token.lastTotpStep)
            o.insert(QLatin1String("last_totp_step"), counter(*token.lastTotpStep));
        tokens.append(o);
    }
    const QJsonObject root{{QLatin1String("version"), kVersion},
                           {QLatin1String("usage_mode"), state.mode == UsageMode::Shared
                                                             ? QLatin1String("shared")
                                                             : QLatin1String("individual")},
                           {QLatin1String("shared_serial"), optionalText(state.sharedSerial)},
                           {QLatin1String("users"), users},
                           {QLatin1String("tokens"), tokens}};

    if (!QDir().mkpath(m_directory))
        return bad(QStringLiteral("cannot create %1").arg(m_directory));
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return bad(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return bad(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return true;
}

}  // namespace bank
