#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QUrl>

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

} // namespace Railgun
