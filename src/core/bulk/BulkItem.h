#pragma once

#include "api/Action.h"

#include <QString>

namespace Railgun {

// One unit of bulk work: an action on a domain.
struct BulkItem
{
    QString domain;
    Action action = Action::ZoneConnGetActive;
    QString rtkn;      // for the conn_* actions, delete and ipr_set (secret)
    bool flag = false; // conn_set: mode on; suggestion_set: auto_enabled
    QString name;      // init: the Railgun's name
    QString pubname;   // init: its public name
};

} // namespace Railgun
