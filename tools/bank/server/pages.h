#pragma once

class QHttpServer;

namespace bank {

struct Service;

// The bank's pages in Japanese (/ja/...) and English (/en/...): issue a token, register it
// (the guide's registration page), log in with an OTP; / redirects to /ja/.
void addPageRoutes(QHttpServer& server, Service& service);

}  // namespace bank
