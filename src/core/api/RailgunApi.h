#pragma once

#include "api/ApiOptions.h"
#include "api/ApiReply.h"
#include "api/ApiTypes.h"
#include "api/CallRecord.h"
#include "api/FormEncoder.h"

#include <QObject>

class QNetworkAccessManager;

namespace Railgun {

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
    // The one check of an API base URL (every front end and send() use it): an absolute http(s) URL with a
    // host and no query, fragment or user name (InvalidInput, its detail says which), plain http:// only to
    // this computer unless allowInsecureHttp (InsecureTransport). *normalized, when given and the URL passes,
    // gets it with its path ending in '/'. Front ends only word the error.
    static ApiError checkBaseUrl(const QUrl &url, bool allowInsecureHttp, QUrl *normalized = nullptr);

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
