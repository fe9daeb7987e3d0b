#include "api/ApiOptions.h"

namespace Railgun {

QUrl ApiOptions::hostGateway() const
{
    if (!hostGatewayUrl.isEmpty())
        return hostGatewayUrl;
    QUrl url = baseUrl;
    if (url.host() == QLatin1String("www.cloudflare.com"))
        url.setHost(QStringLiteral("api.cloudflare.com"));
    url.setPath(QStringLiteral("/host-gw.html"));
    url.setQuery(QString());
    return url;
}

} // namespace Railgun
