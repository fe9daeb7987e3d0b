#include "operations/Operation.h"

#include <QCoreApplication>

namespace Railgun::Operations {

QString name(Operation op)
{
    // The context the .ts files list these under.
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Railgun::DomainController", text);
    };
    switch (op) {
    case Operation::Refresh:
        return tr("Refresh");
    case Operation::Toggle:
        return tr("Toggle");
    case Operation::Enable:
        return tr("Enable");
    case Operation::Disable:
        return tr("Disable");
    case Operation::Connect:
        return tr("Connect");
    case Operation::Disconnect:
        return tr("Disconnect");
    case Operation::Remove:
        return tr("Remove from list");
    case Operation::Undo:
        return tr("Undo");
    }
    return {};
}

} // namespace Railgun::Operations
