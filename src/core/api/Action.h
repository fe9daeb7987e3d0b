#pragma once

#include <QString>

namespace Railgun {

// Every action of the Railgun client API, plus the Host API's user_lookup.
enum class Action
{
    Init,
    Delete,
    UserGetAll,
    HostGetAll,
    ZoneConnGetActive,
    ConnSet,
    ConnSetModeEnabled,
    ConnSetModeDisabled,
    ConnDelete,
    SuggestionSet,
    IprSet,
    UserLookup,
};

// The path segment / `act` value used on the wire ("conn_set", "user_lookup", ...).
QString actionName(Action action);
// Inverse of actionName(); returns false for an unknown name.
bool actionFromName(const QString &name, Action *action);
// True for calls that change nothing on the server and may be retried safely.
bool isReadOnly(Action action);

} // namespace Railgun
