#pragma once

#include "api/Action.h"

#include <QString>

namespace Railgun {

// One unit of bulk work: an action on a domain.
struct BulkItem
{
    QString domain;
    Action action = Action::ZoneConnGetActive;
    QString rtkn;      // for the conn_* actions
    bool flag = false; // conn_set: mode on; suggestion_set: auto_enabled
};

} // namespace Railgun
