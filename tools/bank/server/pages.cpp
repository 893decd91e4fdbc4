#include "pages.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include "html.h"
#include "service.h"

namespace bank {
namespace {

using Status = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;
using html::escape;

QHttpServerResponse page(const QByteArray& html, Status status = Status::Ok)
{
    return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), html, status);
}

QHttpServerResponse redirect(const QString& to)
{
    QHttpServerResponse response(Status::SeeOther);
    response.setHeader(QByteArrayLiteral("Location"), to.toUtf8());
    return response;
}

QString option(const QString& value, const QString& label, bool selected)
{
    return QStringLiteral("<option value=\"%1\"%2>%3</option>")
        .arg(escape(value), selected ? QStringLiteral(" selected") : QString(), escape(label));
}

QString row(const QString& label, const QString& forId, const QString& cell)
{
    return QStringLiteral("<tr><th><label for=\"%1\">%2</label></th><td>%3</td></tr>")
        .arg(forId, escape(label), cell);
}

QString textInput(const QString& id, const QString& autocomplete, bool secret = false,
                  const QString& value = {})
{
    return QStringLiteral("<input type=\"%1\" id=\"%2\" name=\"%2\" autocomplete=\"%3\" "
                          "value=\"%4\">")
        .arg(secret ? QStringLiteral("password") : QStringLiteral("text"), id, autocomplete,
             escape(value));
}

// A <select> of the bank's users that reloads the page for the chosen one (the only script).
QString userSelect(const Bank& bank, const std::string& selected)
{
    QString options;
    for (const auto& [name, user] : bank.state().users)
        options +=
            option(QString::fromStdString(name), QString::fromStdString(name), name == selected);
    return QStringLiteral("<select id=\"user\" name=\"user\" onchange=\"location.search="
                          "'?user='+encodeURIComponent(this.value)\">") +
           options + QStringLiteral("</select>");
}

std::string chosenUser(const Bank& bank, const std::string& requested)
{
    if (bank.hasUser(requested))
        return requested;
    const auto& users = bank.state().users;
    return users.empty() ? std::string() : users.begin()->first;
}

// ---- issue ----

QString issueForm(const PageText& t)
{
    QString digits;
    for (int d = 6; d <= 10; ++d)
        digits += option(QString::number(d), QString::number(d), d == 6);
    return QStringLiteral("<p class=\"intro\">") + escape(t.issueIntro) +
           QStringLiteral("</p><form method=\"post\" action=\"/") + t.langCode +
           QStringLiteral("/issue\"><table class=\"form\">") +
           row(t.user, QStringLiteral("user"),
               textInput(QStringLiteral("user"), QStringLiteral("off"))) +
           row(t.type, QStringLiteral("type"),
               QStringLiteral("<select id=\"type\" name=\"type\">") +
                   option(QStringLiteral("totp"), t.totp, true) +
                   option(QStringLiteral("hotp"), t.hotp, false) + QStringLiteral("</select>")) +
           row(t.digits, QStringLiteral("digits"),
               QStringLiteral("<select id=\"digits\" name=\"digits\">") + digits +
                   QStringLiteral("</select>")) +
           row(t.algorithm, QStringLiteral("algorithm"),
               QStringLiteral("<select id=\"algorithm\" name=\"algorithm\">") +
                   option(QStringLiteral("SHA1"), QStringLiteral("SHA-1"), true) +
                   option(QStringLiteral("SHA256"), QStringLiteral("SHA-256"), false) +
                   option(QStringLiteral("SHA512"), QStringLiteral("SHA-512"), false) +
                   QStringLiteral("</select>")) +
           QStringLiteral("</table><div class=\"actions\"><button type=\"submit\" id=\"issue\">") +
           escape(t.issueButton) + QStringLiteral("</button></div></form>");
}

QHttpServerResponse issuePage(Service& service, Lang lang, const QHttpServerRequest& request)
{
    const PageText& t = pageText(lang);
    if (request.method() != Method::Post)
        return page(html::layout(t, QStringLiteral("issue"), t.issueTitle, issueForm(t)));

    const QUrlQuery form = html::formFields(request);
    TokenRequest token;
    token.user = html::formValue(form, "user");
    token.type = html::formValue(form, "type") == "hotp" ? otp::OtpType::Hotp : otp::OtpType::Totp;
    token.digits = QString::fromStdString(html::formValue(form, "digits")).toInt();
    token.algorithm =
        otp::parseAlgorithm(html::formValue(form, "algorithm")).value_or(otp::Algorithm::Sha1);
    auto issued = service.bank.issueToken(token);
    if (!issued)
        return page(
            html::layout(t, QStringLiteral("issue"), t.issueTitle,
                         html::errorBox(errorText(lang, issued.failure().error, 0)) + issueForm(t)),
            Status::BadRequest);
    if (const QString error = service.save(); !error.isEmpty())
        return page(html::layout(t, QStringLiteral("issue"), t.issueTitle, html::errorBox(error)),
                    Status::InternalServerError);

    const QString user = QString::fromStdString(issued->user);
    const QString body =
        QStringLiteral("<h2>") + escape(t.issuedHeading) + QStringLiteral("</h2><p>") +
        escape(t.issuedHint) +
        QStringLiteral("</p><div class=\"qr\"><img id=\"qr\" alt=\"QR\" src=\"") +
        html::qrDataUrl(issued->uri) + QStringLiteral("\"></div><table class=\"form\">") +
        row(t.user, QString(), escape(user)) +
        row(t.serial, QString(),
            QStringLiteral("<span class=\"serial\" id=\"serial\">") + html::serial(issued->serial) +
                QStringLiteral("</span>")) +
        row(t.uriLabel, QString(),
            QStringLiteral("<code class=\"uri\" id=\"uri\">") + escape(issued->uri) +
                QStringLiteral("</code>")) +
        QStringLiteral("</table><p><a href=\"/") + t.langCode + QStringLiteral("/register?user=") +
        QString::fromLatin1(QUrl::toPercentEncoding(user)) + QStringLiteral("\">") +
        escape(t.toRegistration) + QStringLiteral("</a></p>");
    return page(html::layout(t, QStringLiteral("issue"), t.issueTitle, body));
}

// ---- register ----

QString registerBody(const Bank& bank, const PageText& t, const std::string& user,
                     const QString& message)
{
    if (user.empty())
        return QStringLiteral("<p class=\"intro\">") + escape(t.noUsers) + QStringLiteral("</p>");
    const bool shared = bank.state().mode == UsageMode::Shared;
    const auto radio = [&](const char* value, const QString& label, bool checked) {
        return QStringLiteral("<label class=\"radio\"><input type=\"radio\" name=\"mode\" "
                              "value=\"%1\"%2> %3</label>")
            .arg(QLatin1String(value), checked ? QStringLiteral(" checked") : QString(),
                 escape(label));
    };
    const auto current = bank.currentSerial(user);
    const QString currentCell = QStringLiteral("<span class=\"serial\" id=\"currentToken\">") +
                                (current ? html::serial(*current) : escape(t.notRegistered)) +
                                QStringLiteral("</span>");
    const QString lockedRow =
        bank.isLocked(user)
            ? QStringLiteral("<form method=\"post\" action=\"/%1/register/unlock\">"
                             "<input type=\"hidden\" name=\"user\" value=\"%2\">"
                             "<p class=\"error\">%3 <button class=\"secondary\" type=\"submit\" "
                             "id=\"unlock\">%4</button></p></form>")
                  .arg(t.langCode, escape(user), escape(t.lockedNotice), escape(t.unlock))
            : QString();

    return (message.isEmpty() ? QString() : html::errorBox(message)) + lockedRow +
           QStringLiteral("<p class=\"intro\">") + escape(t.registerIntro) +
           QStringLiteral("</p><form method=\"post\" action=\"/") + t.langCode +
           QStringLiteral("/register/mode\"><input type=\"hidden\" name=\"user\" value=\"") +
           escape(user) + QStringLiteral("\"><table class=\"form\"><tr><th>") +
           escape(t.usageMode) + QStringLiteral("</th><td>") +
           radio("individual", t.modeIndividual, !shared) + radio("shared", t.modeShared, shared) +
           QStringLiteral("<p class=\"small\">") + escape(t.modeWarning) +
           QStringLiteral(" <button class=\"secondary\" type=\"submit\" id=\"changeMode\">") +
           escape(t.changeMode) + QStringLiteral("</button></p></td></tr></table></form>") +
           QStringLiteral("<form method=\"post\" action=\"/") + t.langCode +
           QStringLiteral("/register\"><table class=\"form\">") +
           row(t.user, QStringLiteral("user"), userSelect(bank, user)) +
           QStringLiteral("<tr><th>") + escape(t.currentToken) + QStringLiteral("</th><td>") +
           currentCell + QStringLiteral("</td></tr>") +
           row(t.serial, QStringLiteral("serial"),
               textInput(QStringLiteral("serial"), QStringLiteral("off"))) +
           row(t.otp, QStringLiteral("otp"),
               textInput(QStringLiteral("otp"), QStringLiteral("one-time-code"))) +
           row(t.pin, QStringLiteral("pin"),
               textInput(QStringLiteral("pin"), QStringLiteral("off"), true)) +
           QStringLiteral("</table><div class=\"actions\"><button type=\"submit\" id=\"ok\">") +
           escape(t.ok) + QStringLiteral("</button></div></form>");
}

QHttpServerResponse registerPage(Service& service, Lang lang, const QHttpServerRequest& request)
{
    const PageText& t = pageText(lang);
    const auto show = [&](const std::string& user, const QString& message, Status status) {
        return page(html::layout(t, QStringLiteral("register"), t.registerTitle,
                                 registerBody(service.bank, t, user, message)),
                    status);
    };
    if (request.method() != Method::Post) {
        const std::string asked = request.query()
                                      .queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded)
                                      .toStdString();
        return show(chosenUser(service.bank, asked), {}, Status::Ok);
    }
    const QUrlQuery form = html::formFields(request);
    const std::string user = html::formValue(form, "user");
    auto registered =
        service.bank.registerToken(user, html::formValue(form, "serial"),
                                   html::formValue(form, "otp"), html::formValue(form, "pin"));
    if (const QString error = service.save(); !error.isEmpty())
        return show(chosenUser(service.bank, user), error, Status::InternalServerError);
    // As on the bank's page: no "done" message; the current-token line shows the new serial.
    if (registered)
        return show(user, {}, Status::Ok);
    return show(chosenUser(service.bank, user),
                errorText(lang, registered.failure().error, service.bank.config().maxFailures),
                Status::Ok);
}

// After a change made by a form: back to the registration page, or the reason the change could
// not be kept.
QHttpServerResponse backToRegistration(const Service& service, Lang lang, const std::string& user)
{
    const PageText& t = pageText(lang);
    if (const QString error = service.save(); !error.isEmpty())
        return page(
            html::layout(t, QStringLiteral("register"), t.registerTitle, html::errorBox(error)),
            Status::InternalServerError);
    return redirect(QStringLiteral("/%1/register?user=%2")
                        .arg(t.langCode, QString::fromLatin1(QUrl::toPercentEncoding(
                                             QString::fromStdString(user)))));
}

QHttpServerResponse changeMode(Service& service, Lang lang, const QHttpServerRequest& request)
{
    const QUrlQuery form = html::formFields(request);
    service.bank.setUsageMode(html::formValue(form, "mode") == "shared" ? UsageMode::Shared
                                                                        : UsageMode::Individual);
    return backToRegistration(service, lang, html::formValue(form, "user"));
}

QHttpServerResponse unlock(Service& service, Lang lang, const QHttpServerRequest& request)
{
    const QUrlQuery form = html::formFields(request);
    const std::string user = html::formValue(form, "user");
    (void)service.bank.unlock(user);  // an unknown user: the page shows the first user instead
    return backToRegistration(service, lang, user);
}

// ---- login ----

QString loginBody(const Bank& bank, const PageText& t, const std::string& user,
                  const QString& result)
{
    if (user.empty())
        return QStringLiteral("<p class=\"intro\">") + escape(t.noUsers) + QStringLiteral("</p>");
    QString body = result + QStringLiteral("<form method=\"post\" action=\"/") + t.langCode +
                   QStringLiteral("/login\"><table class=\"form\">") +
                   row(t.user, QStringLiteral("user"), userSelect(bank, user)) +
                   row(t.otp, QStringLiteral("otp"),
                       textInput(QStringLiteral("otp"), QStringLiteral("one-time-code"))) +
                   QStringLiteral("</table><div class=\"actions\"><button type=\"submit\" "
                                  "id=\"login\">") +
                   escape(t.loginButton) + QStringLiteral("</button></div></form>");
    const auto serial = bank.currentSerial(user);
    const auto token = serial ? bank.state().tokens.find(*serial) : bank.state().tokens.end();
    if (token != bank.state().tokens.end() && token->second.uri.type == otp::OtpType::Hotp) {
        body += QStringLiteral("<h2>") + escape(t.resyncTitle) + QStringLiteral("</h2><p>") +
                escape(t.resyncIntro) + QStringLiteral("</p><form method=\"post\" action=\"/") +
                t.langCode +
                QStringLiteral("/login/resync\"><input type=\"hidden\" name=\"user\" "
                               "value=\"") +
                escape(user) + QStringLiteral("\"><table class=\"form\">") +
                row(t.firstOtp, QStringLiteral("otp1"),
                    textInput(QStringLiteral("otp1"), QStringLiteral("off"))) +
                row(t.secondOtp, QStringLiteral("otp2"),
                    textInput(QStringLiteral("otp2"), QStringLiteral("off"))) +
                QStringLiteral("</table><div class=\"actions\"><button type=\"submit\" "
                               "id=\"resync\">") +
                escape(t.resyncButton) + QStringLiteral("</button></div></form>");
    }
    return body;
}

QString loginResult(const PageText& t, const Login& login, bool hotp)
{
    QString text = t.loggedIn.arg(html::serial(login.serial));
    if (!hotp && login.skewSeconds < 0)
        text += QLatin1Char(' ') + t.clockBehind.arg(-login.skewSeconds);
    else if (!hotp && login.skewSeconds > 0)
        text += QLatin1Char(' ') + t.clockAhead.arg(login.skewSeconds);
    else if (hotp && login.offset > 0)
        text += QLatin1Char(' ') + t.hotpAhead.arg(login.offset);
    return html::noticeBox(text);
}

QHttpServerResponse loginPage(Service& service, Lang lang, const QHttpServerRequest& request)
{
    const PageText& t = pageText(lang);
    const auto show = [&](const std::string& user, const QString& result) {
        return page(html::layout(t, QStringLiteral("login"), t.loginTitle,
                                 loginBody(service.bank, t, user, result)));
    };
    if (request.method() != Method::Post) {
        const std::string asked = request.query()
                                      .queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded)
                                      .toStdString();
        return show(chosenUser(service.bank, asked), {});
    }
    const QUrlQuery form = html::formFields(request);
    const std::string user = html::formValue(form, "user");
    auto loggedIn = service.bank.login(user, html::formValue(form, "otp"));
    if (const QString error = service.save(); !error.isEmpty())
        return show(chosenUser(service.bank, user), html::errorBox(error));
    if (!loggedIn)
        return show(chosenUser(service.bank, user),
                    html::errorBox(errorText(lang, loggedIn.failure().error,
                                             service.bank.config().maxFailures)));
    const bool hotp =
        service.bank.state().tokens.at(loggedIn->serial).uri.type == otp::OtpType::Hotp;
    return show(user, loginResult(t, *loggedIn, hotp));
}

QHttpServerResponse resyncPage(Service& service, Lang lang, const QHttpServerRequest& request)
{
    const PageText& t = pageText(lang);
    const QUrlQuery form = html::formFields(request);
    const std::string user = html::formValue(form, "user");
    auto next =
        service.bank.resync(user, html::formValue(form, "otp1"), html::formValue(form, "otp2"));
    if (const QString error = service.save(); !error.isEmpty())
        return page(html::layout(t, QStringLiteral("login"), t.loginTitle, html::errorBox(error)),
                    Status::InternalServerError);
    const QString result = next ? html::noticeBox(t.resynced)
                                : html::errorBox(errorText(lang, next.failure().error,
                                                           service.bank.config().maxFailures));
    return page(html::layout(t, QStringLiteral("login"), t.loginTitle,
                             loginBody(service.bank, t, chosenUser(service.bank, user), result)));
}

QString menuBody(const PageText& t)
{
    return QStringLiteral("<ul class=\"menu\"><li><a href=\"/%1/issue\">%2</a></li>"
                          "<li><a href=\"/%1/register\">%3</a></li>"
                          "<li><a href=\"/%1/login\">%4</a></li></ul>")
        .arg(t.langCode, escape(t.navIssue), escape(t.navRegister), escape(t.navLogin));
}

}  // namespace

void addPageRoutes(QHttpServer& server, Service& service)
{
    server.route(QStringLiteral("/"), Method::Get, [] { return redirect(QStringLiteral("/ja/")); });
    for (const Lang lang : {Lang::Ja, Lang::En}) {
        const QString prefix = QLatin1Char('/') + pageText(lang).langCode;
        const auto pages = Method::Get | Method::Post;
        server.route(prefix, Method::Get, [prefix] { return redirect(prefix + QLatin1Char('/')); });
        server.route(prefix + QLatin1Char('/'), Method::Get, [lang] {
            const PageText& t = pageText(lang);
            return page(html::layout(t, QString(), t.bankName, menuBody(t)));
        });
        server.route(
            prefix + QStringLiteral("/issue"), pages,
            [&service, lang](const QHttpServerRequest& r) { return issuePage(service, lang, r); });
        server.route(prefix + QStringLiteral("/register"), pages,
                     [&service, lang](const QHttpServerRequest& r) {
                         return registerPage(service, lang, r);
                     });
        server.route(
            prefix + QStringLiteral("/register/mode"), Method::Post,
            [&service, lang](const QHttpServerRequest& r) { return changeMode(service, lang, r); });
        server.route(
            prefix + QStringLiteral("/register/unlock"), Method::Post,
            [&service, lang](const QHttpServerRequest& r) { return unlock(service, lang, r); });
        server.route(
            prefix + QStringLiteral("/login"), pages,
            [&service, lang](const QHttpServerRequest& r) { return loginPage(service, lang, r); });
        server.route(
            prefix + QStringLiteral("/login/resync"), Method::Post,
            [&service, lang](const QHttpServerRequest& r) { return resyncPage(service, lang, r); });
    }
}

}  // namespace bank
