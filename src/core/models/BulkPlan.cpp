#include "BulkPlan.h"

#include "RailgunListModel.h"

#include <QCoreApplication>

namespace Railgun {

namespace {

using State = DomainTableModel::ConnectionState;

QString inProgress()
{
    return QCoreApplication::translate("Railgun::DomainController", "A call for this domain is in progress.");
}

BulkItem readOf(const QString &domain)
{
    return BulkItem{domain, Action::ZoneConnGetActive, {}, false};
}

} // namespace

BulkPlan BulkPlan::readAll(const DomainTableModel &domains)
{
    BulkPlan plan;
    const int n = domains.rowCount();
    plan.items.reserve(n);
    for (int r = 0; r < n; ++r) {
        const Row &row = domains.rowAt(r);
        if (row.pending) // a single toggle's own answer is on its way
            continue;
        plan.items.append(readOf(row.domain));
    }
    return plan;
}

BulkPlan BulkPlan::read(const DomainTableModel &domains, const QStringList &names)
{
    BulkPlan plan;
    for (const QString &d : names) {
        const auto row = domains.rowFor(d);
        if (!row)
            continue;
        if (row->pending)
            plan.skipped.append({d, inProgress()});
        else
            plan.items.append(readOf(d));
    }
    return plan;
}

BulkPlan BulkPlan::setEnabled(const DomainTableModel &domains, const RailgunListModel &railguns,
                              const QStringList &names, bool enabled)
{
    BulkPlan plan;
    const Action action = enabled ? Action::ConnSetModeEnabled : Action::ConnSetModeDisabled;
    for (const QString &d : names) {
        const auto row = domains.rowFor(d);
        if (!row)
            continue;
        if (row->pending)
            plan.skipped.append({d, inProgress()});
        else if (row->state != State::Connected)
            plan.skipped.append(
                {d, QCoreApplication::translate("Railgun::DomainController", "Not connected to a Railgun.")});
        else if (row->enabled == enabled)
            plan.skipped.append(
                {d, enabled ? QCoreApplication::translate("Railgun::DomainController", "Already enabled.")
                            : QCoreApplication::translate("Railgun::DomainController", "Already disabled.")});
        else
            plan.items.append({d, action, railguns.apiKeyFor(row->railgunId), false});
    }
    return plan;
}

BulkPlan BulkPlan::connectTo(const DomainTableModel &domains, const RailgunListModel &railguns,
                             const QStringList &names, const QString &railgunId, bool enableNow)
{
    BulkPlan plan;
    const QString rtkn = railguns.apiKeyFor(railgunId);
    for (const QString &d : names) {
        const auto row = domains.rowFor(d);
        if (!row)
            continue;
        const bool connected = row->state == State::Connected;
        if (row->pending)
            plan.skipped.append({d, inProgress()});
        else if (connected && row->railgunId == railgunId && row->enabled == enableNow)
            plan.skipped.append({d, QCoreApplication::translate("Railgun::DomainController",
                                                                "Already connected in this mode.")});
        else if (connected && row->railgunId != railgunId)
            plan.skipped.append(
                {d, QCoreApplication::translate("Railgun::DomainController",
                                                "Connected to another Railgun: disconnect it first.")});
        else
            plan.items.append({d, Action::ConnSet, rtkn, enableNow});
    }
    return plan;
}

BulkPlan BulkPlan::disconnect(const DomainTableModel &domains, const RailgunListModel &railguns,
                              const QStringList &names)
{
    BulkPlan plan;
    for (const QString &d : names) {
        const auto row = domains.rowFor(d);
        if (!row)
            continue;
        if (row->pending)
            plan.skipped.append({d, inProgress()});
        else if (row->state == State::NotConnected)
            plan.skipped.append(
                {d, QCoreApplication::translate("Railgun::DomainController", "Not connected.")});
        else if (row->state == State::Unknown)
            plan.skipped.append({d, QCoreApplication::translate("Railgun::DomainController",
                                                                "State unknown: refresh first.")});
        else
            plan.items.append({d, Action::ConnDelete, railguns.apiKeyFor(row->railgunId), false});
    }
    return plan;
}

BulkPlan BulkPlan::undo(const DomainTableModel &domains, const QList<BulkItem> &inverse)
{
    BulkPlan plan;
    for (const BulkItem &item : inverse) {
        const auto row = domains.rowFor(item.domain);
        if (!row)
            plan.skipped.append({item.domain, QCoreApplication::translate("Railgun::DomainController",
                                                                          "No longer in the list.")});
        else if (row->pending)
            plan.skipped.append({item.domain, inProgress()});
        else
            plan.items.append(item);
    }
    return plan;
}

bool BulkPlan::reachedTarget(const BulkItem &item, const Row &row, const RailgunListModel &railguns)
{
    const bool connected = row.state == State::Connected;
    switch (item.action) {
    case Action::ConnSetModeEnabled:
        return connected && row.enabled;
    case Action::ConnSetModeDisabled:
        return connected && !row.enabled;
    case Action::ConnSet:
        return connected && row.enabled == item.flag && row.railgunId == railguns.idForApiKey(item.rtkn);
    case Action::ConnDelete:
        return row.state == State::NotConnected;
    default:
        return true;
    }
}

std::optional<BulkItem> BulkPlan::inverseOf(const Row &before, const Row &after,
                                            const RailgunListModel &railguns)
{
    if (before.state == State::Connected && after.state == State::Connected &&
        before.railgunId == after.railgunId && before.enabled != after.enabled) {
        return BulkItem{after.domain,
                        before.enabled ? Action::ConnSetModeEnabled : Action::ConnSetModeDisabled,
                        railguns.apiKeyFor(before.railgunId), false};
    }
    if (before.state == State::NotConnected && after.state == State::Connected)
        return BulkItem{after.domain, Action::ConnDelete, railguns.apiKeyFor(after.railgunId), false};
    if (before.state == State::Connected && after.state == State::NotConnected)
        return BulkItem{after.domain, Action::ConnSet, railguns.apiKeyFor(before.railgunId), before.enabled};
    return std::nullopt;
}

} // namespace Railgun
