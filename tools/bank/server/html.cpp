#include "html.h"

#include <QBuffer>
#include <QHttpServerRequest>
#include <QImage>

#include "platform/qr/qr_writer.h"

namespace bank::html {
namespace {

constexpr const char* kStyle = R"css(
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Sans CJK JP", "DejaVu Sans", sans-serif; font-size: 15px;
       color: #1d2733; background: #eef1f5; }
header { background: #0b3a6e; color: #fff; padding: 12px 24px; display: flex;
         align-items: center; gap: 24px; }
header .bank { font-weight: bold; font-size: 18px; }
header nav { display: flex; gap: 16px; flex: 1; }
header a { color: #fff; text-decoration: none; padding: 4px 2px; }
header a.current { border-bottom: 2px solid #ffcf3f; }
.notice { background: #fff4c2; color: #5c4700; padding: 6px 24px; font-size: 13px; }
main { max-width: 760px; margin: 24px auto; background: #fff; padding: 24px 32px;
       border: 1px solid #d4dae3; border-radius: 4px; }
h1 { font-size: 20px; margin: 0 0 12px; padding-bottom: 8px; border-bottom: 2px solid #0b3a6e; }
h2 { font-size: 16px; margin: 24px 0 8px; }
p.intro { margin: 0 0 16px; line-height: 1.6; }
table.form { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
table.form th { background: #e4e9f0; text-align: left; font-weight: normal; width: 42%;
                padding: 10px 12px; border: 1px solid #c7cfda; vertical-align: middle; }
table.form td { padding: 8px 12px; border: 1px solid #c7cfda; }
input[type=text], input[type=password], select { font: inherit; padding: 5px 8px;
       border: 1px solid #8d99a8; border-radius: 3px; width: 17em; max-width: 100%; }
label.radio { display: block; margin: 2px 0; }
button { font: inherit; padding: 6px 28px; border: 1px solid #0b3a6e; border-radius: 3px;
         background: #0b3a6e; color: #fff; cursor: pointer; }
button.secondary { background: #fff; color: #0b3a6e; padding: 4px 14px; }
p.small button { display: block; margin-top: 6px; }
.actions { text-align: center; margin: 8px 0; }
.error { background: #fdecea; border: 1px solid #d93025; color: #a50e0e; padding: 10px 12px;
         margin: 0 0 16px; }
.ok { background: #e6f4ea; border: 1px solid #1e8e3e; color: #0d652d; padding: 10px 12px;
      margin: 0 0 16px; }
.small { font-size: 13px; color: #5a6675; }
.serial { font-family: "DejaVu Sans Mono", monospace; font-size: 16px; letter-spacing: 1px; }
.qr { text-align: center; margin: 12px 0; }
.qr img { image-rendering: pixelated; border: 1px solid #d4dae3; }
code.uri { display: block; word-break: break-all; background: #f4f6f9; padding: 8px;
           font-size: 12px; }
ul.menu li { margin: 8px 0; }
)css";

}  // namespace

QString escape(const QString& text)
{
    return text.toHtmlEscaped();
}

QString escape(const std::string& text)
{
    return escape(QString::fromStdString(text));
}

QUrlQuery formFields(const QHttpServerRequest& request)
{
    QString body = QString::fromUtf8(request.body());
    body.replace(QLatin1Char('+'), QLatin1String("%20"));
    return QUrlQuery(body);
}

std::string formValue(const QUrlQuery& form, const char* name)
{
    return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).trimmed().toStdString();
}

QByteArray layout(const PageText& text, const QString& page, const QString& title,
                  const QString& body)
{
    const auto link = [&](const QString& target, const QString& label) {
        const QString current =
            target == page ? QStringLiteral(" class=\"current\" aria-current=\"page\"") : QString();
        return QStringLiteral("<a href=\"/%1/%2\"%3>%4</a>")
            .arg(text.langCode, target, current, escape(label));
    };
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + text.langCode +
        QStringLiteral("\"><head><meta charset=\"utf-8\"><title>") + escape(title) +
        QStringLiteral(" — ") + escape(text.bankName) +
        QStringLiteral("</title><meta name=\"viewport\" content=\"width=device-width\"><style>") +
        QLatin1String(kStyle) +
        QStringLiteral("</style></head><body><header><span class=\"bank\">") +
        escape(text.bankName) + QStringLiteral("</span><nav>") +
        link(QStringLiteral("issue"), text.navIssue) +
        link(QStringLiteral("register"), text.navRegister) +
        link(QStringLiteral("login"), text.navLogin) + QStringLiteral("</nav><a href=\"/") +
        text.otherLangCode + QLatin1Char('/') + page + QStringLiteral("\" lang=\"") +
        text.otherLangCode + QStringLiteral("\">") + escape(text.otherLangName) +
        QStringLiteral("</a></header><div class=\"notice\">") + escape(text.testToolNotice) +
        QStringLiteral("</div><main><h1>") + escape(title) + QStringLiteral("</h1>") + body +
        QStringLiteral("</main></body></html>\n");
    return html.toUtf8();
}

QString serial(const std::string& compact)
{
    const QString s = QString::fromStdString(compact);
    return s.size() == 12 ? s.left(4) + QLatin1Char(' ') + s.mid(4, 4) + QLatin1Char(' ') + s.mid(8)
                          : s;
}

QString errorBox(const QString& message)
{
    return QStringLiteral("<div class=\"error\" id=\"error\" role=\"alert\">") + escape(message) +
           QStringLiteral("</div>");
}

QString noticeBox(const QString& message)
{
    return QStringLiteral("<div class=\"ok\" id=\"result\" role=\"status\">") + escape(message) +
           QStringLiteral("</div>");
}

QString qrDataUrl(const std::string& text)
{
    auto image = platform::qr::writeQr(text, {.scale = 6});
    if (!image)
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image->save(&buffer, "PNG"))
        return {};
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

}  // namespace bank::html
