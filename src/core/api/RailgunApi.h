#pragma once

#include "ApiReply.h"
#include "ApiTypes.h"
#include "FormEncoder.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;

namespace Railgun {

// Transport options of one account.
struct ApiOptions
{
    static QUrl defaultBaseUrl()
    {
        return QUrl(QStringLiteral("https://www.cloudflare.com/api/v2/railgun/"));
    }

    QUrl baseUrl = defaultBaseUrl();
    QUrl hostGatewayUrl;   // empty: derived from baseUrl (see hostGateway())
    bool useGet = false;   // GET with a query string instead of a POSTed form
    int timeoutMs = 30000; // per request transfer timeout
    QList<QSslCertificate> extraCaCertificates;
    bool allowInsecureHttp = false; // plain http:// to a host that is not loopback
    QByteArray userAgent = QByteArrayLiteral("RailgunDesk/" RAILGUN_VERSION);

    // The Host API endpoint: api.cloudflare.com for the real service, the same origin otherwise.
    QUrl hostGateway() const;
};

// One line of the activity log: a finished call, described without secrets.
struct CallRecord
{
    QDateTime startedAt;
    Action action = Action::UserGetAll;
    QString domain;
    bool ok = false;
    QString outcome; // "ok" or the error text
    int httpStatus = 0;
    qint64 elapsedMs = 0;
    QString request; // method + URL + parameters, redacted
};

// The API service: one typed call per action. It owns no QNetworkAccessManager; the caller injects one.
class RailgunApi final : public QObject
{
    Q_OBJECT

public:
    explicit RailgunApi(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~RailgunApi() override;

    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }
    const Credentials &credentials() const { return m_credentials; }
    void setOptions(const ApiOptions &options) { m_options = options; }
    const ApiOptions &options() const { return m_options; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    ApiReply *init(const QString &name, const QString &pubname);
    ApiReply *deleteRailgun(const QString &rtkn);
    ApiReply *userGetAll();
    ApiReply *hostGetAll();
    // user_get_all for a client account, host_get_all for a partner account.
    ApiReply *listRailguns();
    ApiReply *zoneConnGetActive(const QString &domain);
    ApiReply *connSet(const QString &domain, const QString &rtkn, bool active);
    ApiReply *connSetModeEnabled(const QString &domain, const QString &rtkn);
    ApiReply *connSetModeDisabled(const QString &domain, const QString &rtkn);
    ApiReply *connDelete(const QString &domain, const QString &rtkn);
    ApiReply *suggestionSet(const QString &domain, const QString &rtkn, bool autoEnabled);
    ApiReply *iprSet(const QString &rtkn, const QStringList &ranges);
    ApiReply *userLookup(const QString &customerEmail);

    // Generic form used by the bulk engine: one action on one domain.
    ApiReply *call(Action action, const QString &domain, const QString &rtkn = QString(), bool flag = false);

    // Whether a URL may carry credentials without the user's explicit consent.
    static bool isSecureOrLoopback(const QUrl &url);

signals:
    // Every finished call, for the activity log. Secrets are already removed.
    void callFinished(const Railgun::CallRecord &record);

private:
    ApiReply *send(Action action, const QString &domain, FormFields params, bool forceGet, bool forcePost);
    ApiReply *domainTokenCall(Action action, const QString &domain, const QString &rtkn, FormFields extra);
    ApiReply *failEarly(Action action, const QString &domain, const ApiError &error);
    void addCredentials(FormFields *params) const;
    ApiError checkDomain(const QString &input, QString *normalized) const;

    QNetworkAccessManager *m_nam;
    Credentials m_credentials;
    ApiOptions m_options;
};

} // namespace Railgun

Q_DECLARE_METATYPE(Railgun::CallRecord)
