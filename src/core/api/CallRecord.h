#pragma once

#include "api/Action.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Railgun {

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

} // namespace Railgun

Q_DECLARE_METATYPE(Railgun::CallRecord)
