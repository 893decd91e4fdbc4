#pragma once

class QHttpServer;

namespace bank {

struct Service;

// The JSON API under /api/ (docs/bank-simulator.md).
void addApiRoutes(QHttpServer& server, Service& service);

}  // namespace bank
