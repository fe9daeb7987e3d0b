#include "api/RailgunStatus.h"

#include <QCoreApplication>

namespace Railgun {

RailgunStatus railgunStatus(const QString &code)
{
    if (code == QLatin1String("V"))
        return RailgunStatus::Active;
    if (code == QLatin1String("INI"))
        return RailgunStatus::Initializing;
    if (code == QLatin1String("D"))
        return RailgunStatus::Deleted;
    return RailgunStatus::Unknown;
}

QString railgunStatusText(const QString &code)
{
    switch (railgunStatus(code)) {
    case RailgunStatus::Active:
        return QCoreApplication::translate("Railgun::RailgunStatus", "Active");
    case RailgunStatus::Initializing:
        return QCoreApplication::translate("Railgun::RailgunStatus", "Initializing");
    case RailgunStatus::Deleted:
        return QCoreApplication::translate("Railgun::RailgunStatus", "Deleted");
    case RailgunStatus::Unknown:
        break;
    }
    return code;
}

} // namespace Railgun
