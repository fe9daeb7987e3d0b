#include "api/Action.h"

#include <array>
#include <utility>

namespace Railgun {

namespace {
constexpr std::array<std::pair<Action, const char *>, 12> kNames{{
    {Action::Init, "init"},
    {Action::Delete, "delete"},
    {Action::UserGetAll, "user_get_all"},
    {Action::HostGetAll, "host_get_all"},
    {Action::ZoneConnGetActive, "zone_conn_get_active"},
    {Action::ConnSet, "conn_set"},
    {Action::ConnSetModeEnabled, "conn_setmode_enabled"},
    {Action::ConnSetModeDisabled, "conn_setmode_disabled"},
    {Action::ConnDelete, "conn_delete"},
    {Action::SuggestionSet, "suggestion_set"},
    {Action::IprSet, "ipr_set"},
    {Action::UserLookup, "user_lookup"},
}};
} // namespace

QString actionName(Action action)
{
    for (const auto &[a, name] : kNames) {
        if (a == action)
            return QString::fromLatin1(name);
    }
    return {};
}

bool actionFromName(const QString &name, Action *action)
{
    for (const auto &[a, n] : kNames) {
        if (name == QLatin1String(n)) {
            *action = a;
            return true;
        }
    }
    return false;
}

bool isReadOnly(Action action)
{
    return action == Action::UserGetAll || action == Action::HostGetAll ||
           action == Action::ZoneConnGetActive || action == Action::UserLookup;
}

} // namespace Railgun
