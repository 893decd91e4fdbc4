#include "local_only_network.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QQmlEngine>
#include <QQmlNetworkAccessManagerFactory>
#include <QUrl>

namespace {

class LocalOnlyAccessManager final : public QNetworkAccessManager {
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request,
                                 QIODevice* data) override
    {
        if (isLocalUrl(request.url()))
            return QNetworkAccessManager::createRequest(op, request, data);
        // A scheme no backend handles: Qt answers with an error reply, without any I/O.
        QNetworkRequest refused(request);
        refused.setUrl(QUrl(QStringLiteral("refused-by-softtoken:")));
        return QNetworkAccessManager::createRequest(op, refused, nullptr);
    }
};

class LocalOnlyFactory final : public QQmlNetworkAccessManagerFactory {
public:
    QNetworkAccessManager* create(QObject* parent) override
    {
        return new LocalOnlyAccessManager(parent);
    }
};

}  // namespace

bool isLocalUrl(const QUrl& url)
{
    const QString scheme = url.scheme();
    return url.isLocalFile() || scheme == QLatin1String("qrc") || scheme == QLatin1String("data");
}

void installLocalOnlyNetwork(QQmlEngine& engine)
{
    // The engine does not own its factory; one for the whole process is enough.
    static LocalOnlyFactory factory;
    engine.setNetworkAccessManagerFactory(&factory);
}
