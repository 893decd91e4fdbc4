#include "local_only_network.h"

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QQmlEngine>
#include <QQmlNetworkAccessManagerFactory>
#include <QUrl>

namespace {

// The answer to every non-local request: an error, delivered from the event loop as Qt's own
// replies deliver theirs, with no socket, DNS lookup or proxy query behind it.
class RefusedReply final : public QNetworkReply {
public:
    RefusedReply(QNetworkAccessManager::Operation op, const QNetworkRequest& request,
                 QObject* parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        setOpenMode(QIODevice::ReadOnly);
        setError(QNetworkReply::ProtocolUnknownError,
                 QStringLiteral("SoftToken loads nothing from the network"));
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT errorOccurred(QNetworkReply::ProtocolUnknownError);
                setFinished(true);
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
    }
    void abort() override {}
    qint64 bytesAvailable() const override { return 0; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
};

class LocalOnlyAccessManager final : public QNetworkAccessManager {
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request,
                                 QIODevice* data) override
    {
        if (isLocalUrl(request.url()))
            return QNetworkAccessManager::createRequest(op, request, data);
        return new RefusedReply(op, request, this);
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
