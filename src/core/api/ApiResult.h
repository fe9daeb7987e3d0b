#pragma once

#include "api/Action.h"
#include "api/ApiError.h"
#include "api/ApiTypes.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <optional>

namespace Railgun {

// What the server said of its rate limit on one answer (x-ratelimit-*); -1 = not sent.
struct RateLimitInfo
{
    qint64 limit = -1;
    qint64 remaining = -1;
    qint64 resetSecs = -1;
    bool isKnown() const { return limit >= 0 || remaining >= 0; }
};

// The outcome of one call: an error, or the typed payload that belongs to its action.
struct ApiResult
{
    Action action = Action::UserGetAll;
    QString domain; // the `z` parameter, when the action has one
    ApiError error;
    int httpStatus = 0;
    qint64 elapsedMs = 0;
    QDateTime startedAt;
    RateLimitInfo rateLimit;

    // Payload, filled according to `action` when ok().
    QList<RailgunInfo> railguns;          // user_get_all, host_get_all
    std::optional<Connection> connection; // zone_conn_get_active: nullopt means "not connected"
    InitResult created;                   // init
    ActionResult change;                  // delete, conn_*, suggestion_set, ipr_set
    UserLookupResult lookup;              // user_lookup

    bool ok() const { return !error.isError(); }
};

} // namespace Railgun

Q_DECLARE_METATYPE(Railgun::ApiResult)
