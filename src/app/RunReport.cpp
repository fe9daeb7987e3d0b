#include "RunReport.h"

namespace Railgun {

QString RunReport::changed(Operation op, int n)
{
    switch (op) {
    case Operation::Enable:
        return tr("%n enabled", nullptr, n);
    case Operation::Disable:
        return tr("%n disabled", nullptr, n);
    case Operation::Connect:
        return tr("%n connected", nullptr, n);
    case Operation::Disconnect:
        return tr("%n disconnected", nullptr, n);
    case Operation::Remove:
        return tr("%n removed from the list", nullptr, n);
    case Operation::Undo:
        return tr("%n changed back", nullptr, n);
    case Operation::Refresh:
    case Operation::Toggle:
        break;
    }
    return tr("%n read", nullptr, n);
}

QString RunReport::skipped(Operation op, int n)
{
    switch (op) {
    case Operation::Enable:
        return tr("%n already enabled", nullptr, n);
    case Operation::Disable:
        return tr("%n already disabled", nullptr, n);
    case Operation::Connect:
        return tr("%n already connected there", nullptr, n);
    case Operation::Disconnect:
        return tr("%n not connected", nullptr, n);
    default:
        break;
    }
    return tr("%n with nothing to do", nullptr, n);
}

QString RunReport::headline(const OperationSummary &s)
{
    QStringList parts;
    if (s.wasCancelled)
        parts << tr("Cancelled");
    parts << changed(s.operation, s.succeeded);
    if (!s.failed.isEmpty())
        parts << tr("%n failed", nullptr, int(s.failed.size()));
    if (!s.skipped.isEmpty())
        parts << skipped(s.operation, int(s.skipped.size()));
    if (s.cancelled > 0)
        parts << tr("%n not sent", nullptr, s.cancelled);
    return parts.join(QStringLiteral(" · "));
}

MessageBar::Kind RunReport::kind(const OperationSummary &s)
{
    if (!s.failed.isEmpty())
        return s.succeeded == 0 ? MessageBar::Kind::Error : MessageBar::Kind::Warning;
    if (s.wasCancelled)
        return MessageBar::Kind::Information;
    return MessageBar::Kind::Positive;
}

bool RunReport::isUnreachable(const OperationSummary &s)
{
    return s.operation == Operation::Refresh && !s.wasCancelled && s.succeeded == 0 && !s.failed.isEmpty();
}

} // namespace Railgun
