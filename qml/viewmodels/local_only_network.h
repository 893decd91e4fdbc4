#pragma once

class QQmlEngine;
class QUrl;

// No QML content may reach the network: the only online feature, the clock check, is SNTP over
// its own UDP socket. Text that slips through as rich text ("<img src=\"https://...\">" in a
// token's name) or an Image with a remote source then fetches nothing: every URL that is not
// local (file:, qrc:, data:) fails with ProtocolUnknownError. Call before loading any QML.
void installLocalOnlyNetwork(QQmlEngine& engine);

// Whether the engine may load `url` (a file, a Qt resource or inline data).
bool isLocalUrl(const QUrl& url);
