#pragma once

#include "DomainOutcome.h"
#include "api/ApiResult.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace Railgun {
class AccountSession;
}

namespace RailgunCtl {

// Finds the Railgun token (rtkn) of each domain's connection: zone_conn_get_active gives the
// railgun_id, the account's list of Railguns maps it to its railgun_api_key. Says per domain why
// it could not (one request per domain plus one list, all through the session): not connected, the Railgun is
// not in this account's list, or a failed call.
class TokenResolver final : public QObject
{
    Q_OBJECT

public:
    struct Resolution
    {
        bool ok = false;
        QString rtkn;                                  // secret; only handed to the API
        Failure failure;                               // when !ok
        std::optional<Railgun::Connection> connection; // what the lookup read, when ok
    };

    explicit TokenResolver(Railgun::AccountSession *session, QObject *parent = nullptr);

    // `domains` are normalised names. Emits finished() once, from the event loop.
    void start(const QStringList &domains);
    Resolution resolution(const QString &domain) const { return m_resolutions.value(domain); }

signals:
    void finished();

private:
    void resolve();

    Railgun::AccountSession *m_session;
    QStringList m_domains;
    QList<Railgun::ApiResult> m_results; // [0] the Railgun list, then one lookup per domain
    QHash<QString, Resolution> m_resolutions;
};

} // namespace RailgunCtl
