#include "api.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include "service.h"

namespace bank {
namespace {

using Status = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;

QHttpServerResponse failure(Error error, const QString& message, Status status)
{
    return QHttpServerResponse(
        QJsonObject{{QLatin1String("error"), QLatin1String(errorName(error).data())},
                    {QLatin1String("message"), message}},
        status);
}

QHttpServerResponse failure(const Failure& f, Status status)
{
    return failure(f.error, QString::fromStdString(f.message), status);
}

// register: 4xx by kind; login and resync: 401 for every refusal but a malformed request.
Status registerStatus(Error error)
{
    switch (error) {
    case Error::BadRequest: return Status::BadRequest;
    case Error::UnknownUser: return Status::NotFound;
    case Error::SerialInUse: return Status::Conflict;
    case Error::Locked: return Status::Locked;
    default: return Status::Unauthorized;
    }
}

Status loginStatus(Error error)
{
    return error == Error::BadRequest ? Status::BadRequest : Status::Unauthorized;
}

QHttpServerResponse storageFailure(const QString& message)
{
    return QHttpServerResponse(QJsonObject{{QLatin1String("error"), QLatin1String("storage")},
                                           {QLatin1String("message"), message}},
                               Status::InternalServerError);
}

// The request body as a JSON object, or nullopt (the caller answers bad_request).
std::optional<QJsonObject> jsonBody(const QHttpServerRequest& request)
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body());
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

std::string field(const QJsonObject& o, const char* name)
{
    return o.value(QLatin1String(name)).toString().toStdString();
}

QJsonValue serialValue(const std::optional<std::string>& serial)
{
    return serial ? QJsonValue(QString::fromStdString(*serial)) : QJsonValue(QJsonValue::Null);
}

QHttpServerResponse badJson()
{
    return failure(Error::BadRequest, QStringLiteral("the body must be a JSON object"),
                   Status::BadRequest);
}

QJsonObject userJson(const Bank& bank, const std::string& user)
{
    return QJsonObject{{QLatin1String("user"), QString::fromStdString(user)},
                       {QLatin1String("serial"), serialValue(bank.currentSerial(user))},
                       {QLatin1String("locked"), bank.isLocked(user)}};
}

QHttpServerResponse issueToken(Service& service, const QHttpServerRequest& request)
{
    const auto body = jsonBody(request);
    if (!body)
        return badJson();
    TokenRequest token;
    token.user = field(*body, "user");
    const QString type = body->value(QLatin1String("type")).toString(QStringLiteral("totp"));
    if (type == QLatin1String("hotp"))
        token.type = otp::OtpType::Hotp;
    else if (type != QLatin1String("totp"))
        return failure(Error::BadRequest, QStringLiteral("type must be totp or hotp"),
                       Status::BadRequest);
    token.digits = body->value(QLatin1String("digits")).toInt(6);
    token.period = body->value(QLatin1String("period")).toInt(30);
    const std::string algorithm = field(*body, "algorithm");
    if (!algorithm.empty()) {
        const auto parsed = otp::parseAlgorithm(algorithm);
        if (!parsed)
            return failure(Error::BadRequest,
                           QStringLiteral("algorithm must be SHA1, SHA256 or SHA512"),
                           Status::BadRequest);
        token.algorithm = *parsed;
    }
    auto issued = service.bank.issueToken(token);
    if (!issued)
        return failure(issued.failure(), Status::BadRequest);
    if (const QString error = service.save(); !error.isEmpty())
        return storageFailure(error);
    return QHttpServerResponse(
        QJsonObject{{QLatin1String("user"), QString::fromStdString(issued->user)},
                    {QLatin1String("serial"), QString::fromStdString(issued->serial)},
                    {QLatin1String("uri"), QString::fromStdString(issued->uri)}},
        Status::Created);
}

QHttpServerResponse registerToken(Service& service, const QHttpServerRequest& request)
{
    const auto body = jsonBody(request);
    if (!body)
        return badJson();
    const std::string user = field(*body, "user");
    auto registered = service.bank.registerToken(user, field(*body, "serial"), field(*body, "otp"),
                                                 field(*body, "pin"));
    if (const QString error = service.save(); !error.isEmpty())
        return storageFailure(error);  // failure counts are state too
    if (!registered)
        return failure(registered.failure(), registerStatus(registered.failure().error));
    return QHttpServerResponse(
        QJsonObject{{QLatin1String("registered"), true},
                    {QLatin1String("user"), QString::fromStdString(user)},
                    {QLatin1String("serial"), QString::fromStdString(*registered)}});
}

QHttpServerResponse login(Service& service, const QHttpServerRequest& request)
{
    const auto body = jsonBody(request);
    if (!body)
        return badJson();
    const std::string user = field(*body, "user");
    auto loggedIn = service.bank.login(user, field(*body, "otp"));
    if (const QString error = service.save(); !error.isEmpty())
        return storageFailure(error);
    if (!loggedIn)
        return failure(loggedIn.failure(), loginStatus(loggedIn.failure().error));
    return QHttpServerResponse(QJsonObject{
        {QLatin1String("user"), QString::fromStdString(user)},
        {QLatin1String("serial"), QString::fromStdString(loggedIn->serial)},
        {QLatin1String("offset"), static_cast<qint64>(loggedIn->offset)},
        {QLatin1String("clock_skew_seconds"), static_cast<qint64>(loggedIn->skewSeconds)}});
}

QHttpServerResponse resync(Service& service, const QHttpServerRequest& request)
{
    const auto body = jsonBody(request);
    if (!body)
        return badJson();
    const std::string user = field(*body, "user");
    auto next = service.bank.resync(user, field(*body, "otp1"), field(*body, "otp2"));
    if (const QString error = service.save(); !error.isEmpty())
        return storageFailure(error);
    if (!next)
        return failure(next.failure(), loginStatus(next.failure().error));
    return QHttpServerResponse(
        QJsonObject{{QLatin1String("user"), QString::fromStdString(user)},
                    {QLatin1String("resynced"), true},
                    {QLatin1String("next_counter"), QString::number(*next)}});
}

QString modeName(UsageMode mode)
{
    return mode == UsageMode::Shared ? QStringLiteral("shared") : QStringLiteral("individual");
}

QHttpServerResponse setMode(Service& service, const QHttpServerRequest& request)
{
    const auto body = jsonBody(request);
    if (!body)
        return badJson();
    const QString mode = body->value(QLatin1String("mode")).toString();
    if (mode != QLatin1String("individual") && mode != QLatin1String("shared"))
        return failure(Error::BadRequest, QStringLiteral("mode must be individual or shared"),
                       Status::BadRequest);
    const bool changed = service.bank.setUsageMode(
        mode == QLatin1String("shared") ? UsageMode::Shared : UsageMode::Individual);
    if (const QString error = service.save(); !error.isEmpty())
        return storageFailure(error);
    return QHttpServerResponse(
        QJsonObject{{QLatin1String("mode"), mode}, {QLatin1String("unregistered"), changed}});
}

std::string pathUser(const QString& segment)
{
    return QUrl::fromPercentEncoding(segment.toUtf8()).toStdString();
}

}  // namespace

void addApiRoutes(QHttpServer& server, Service& service)
{
    server.route(QStringLiteral("/api/tokens"), Method::Post,
                 [&service](const QHttpServerRequest& r) { return issueToken(service, r); });
    server.route(QStringLiteral("/api/register"), Method::Post,
                 [&service](const QHttpServerRequest& r) { return registerToken(service, r); });
    server.route(QStringLiteral("/api/login"), Method::Post,
                 [&service](const QHttpServerRequest& r) { return login(service, r); });
    server.route(QStringLiteral("/api/resync"), Method::Post,
                 [&service](const QHttpServerRequest& r) { return resync(service, r); });
    server.route(QStringLiteral("/api/mode"), Method::Get, [&service] {
        return QHttpServerResponse(
            QJsonObject{{QLatin1String("mode"), modeName(service.bank.state().mode)}});
    });
    server.route(QStringLiteral("/api/mode"), Method::Post,
                 [&service](const QHttpServerRequest& r) { return setMode(service, r); });
    server.route(QStringLiteral("/api/users/<arg>"), Method::Get, [&service](const QString& name) {
        const std::string user = pathUser(name);
        if (!service.bank.hasUser(user))
            return failure(Error::UnknownUser, QStringLiteral("no such user"), Status::NotFound);
        return QHttpServerResponse(userJson(service.bank, user));
    });
    server.route(QStringLiteral("/api/users/<arg>/unlock"), Method::Post,
                 [&service](const QString& name, const QHttpServerRequest&) {
                     const std::string user = pathUser(name);
                     auto unlocked = service.bank.unlock(user);
                     if (!unlocked)
                         return failure(unlocked.failure(), Status::NotFound);
                     if (const QString error = service.save(); !error.isEmpty())
                         return storageFailure(error);
                     return QHttpServerResponse(userJson(service.bank, user));
                 });
}

}  // namespace bank
