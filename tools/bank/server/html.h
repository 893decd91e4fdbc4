#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include "page_text.h"

class QHttpServerRequest;

namespace bank::html {

QString escape(const QString& text);
QString escape(const std::string& text);

// The fields of an application/x-www-form-urlencoded body ('+' read as a space).
QUrlQuery formFields(const QHttpServerRequest& request);
std::string formValue(const QUrlQuery& form, const char* name);

// A whole page: the bank's header with its menu, the test-tool notice, a language switch to
// the same page in the other language, and `body`. `page` is the path after /ja/ or /en/.
QByteArray layout(const PageText& text, const QString& page, const QString& title,
                  const QString& body);

// "ABCD 1234 5678", as the app shows a serial.
QString serial(const std::string& compact);

// <div class="error" role="alert">message</div>
QString errorBox(const QString& message);
QString noticeBox(const QString& message);

// A PNG of a QR code for `text` as a data: URL for <img src>, or an empty string.
QString qrDataUrl(const std::string& text);

}  // namespace bank::html
