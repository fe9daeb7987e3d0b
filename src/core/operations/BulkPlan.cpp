#include "operations/BulkPlan.h"

#include "models/RailgunListModel.h"

#include <QCoreApplication>

#include <variant>

#include <algorithm>

namespace Railgun {

namespace {

using State = DomainTableModel::ConnectionState;

QString inProgress()
{
    return QCoreApplication::translate("Railgun::DomainController", "A call for this domain is in progress.");
}

BulkItem readOf(const QString &domain)
{
    return BulkItem{domain, Action::ZoneConnGetActive, {}, false, {}, {}};
}

// What a plan does with one row: send this item, or skip the domain for this reason.
using Decision = std::variant<BulkItem, QString>;

// The rule every plan over named domains shares: names not in the table are left out, rows with a call
// on its way are skipped; `decide(domain, row)` settles the rest.
template <typename Decide>
BulkPlan planNamed(const DomainTableModel &domains, const QStringList &names, Decide decide)
{
    BulkPlan plan;
    for (const QString &d : names) {
        const auto row = domains.rowFor(d);
        if (!row)
            continue;
        if (row->pending) {
            plan.skipped.append({d, inProgress()});
            continue;
        }
        const Decision decision = decide(d, *row);
        if (const auto *item = std::get_if<BulkItem>(&decision))
            plan.items.append(*item);
        else
            plan.skipped.append({d, std::get<QString>(decision)});
    }
    return plan;
}

} // namespace

BulkPlan BulkPlan::readAll(const DomainTableModel &domains)
{
    // The stalest first: never read, then the oldest last known state; ties keep the table's order.
    QList<int> rows;
    const int n = domains.rowCount();
    rows.reserve(n);
    for (int r = 0; r < n; ++r) {
        if (!domains.rowAt(r).pending) // a single toggle's own answer is on its way
            rows.append(r);
    }
    std::stable_sort(rows.begin(), rows.end(), [&domains](int a, int b) {
        return domains.rowAt(a).lastCheckedMs < domains.rowAt(b).lastCheckedMs;
    });
    BulkPlan plan;
    plan.items.reserve(rows.size());
    for (int r : std::as_const(rows))
        plan.items.append(readOf(domains.rowAt(r).domain));
    return plan;
}

BulkPlan BulkPlan::read(const DomainTableModel &domains, const QStringList &names)
{
    return planNamed(domains, names, [](const QString &d, const Row &) -> Decision { return readOf(d); });
}

BulkPlan BulkPlan::setEnabled(const DomainTableModel &domains, const RailgunListModel &railguns,
                              const QStringList &names, bool enabled)
{
    const Action action = enabled ? Action::ConnSetModeEnabled : Action::ConnSetModeDisabled;
    return planNamed(domains, names, [&](const QString &d, const Row &row) -> Decision {
        if (row.state != State::Connected)
            return QCoreApplication::translate("Railgun::DomainController", "Not connected to a Railgun.");
        if (row.enabled == enabled)
            return enabled ? QCoreApplication::translate("Railgun::DomainController", "Already enabled.")
                           : QCoreApplication::translate("Railgun::DomainController", "Already disabled.");
        return BulkItem{d, action, railguns.apiKeyFor(row.railgunId), false, {}, {}};
    });
}

BulkPlan BulkPlan::connectTo(const DomainTableModel &domains, const RailgunListModel &railguns,
                             const QStringList &names, const QString &railgunId, bool enableNow)
{
    const QString rtkn = railguns.apiKeyFor(railgunId);
    return planNamed(domains, names, [&](const QString &d, const Row &row) -> Decision {
        const bool connected = row.state == State::Connected;
        if (connected && row.railgunId == railgunId && row.enabled == enableNow)
            return QCoreApplication::translate("Railgun::DomainController",
                                               "Already connected in this mode.");
        if (connected && row.railgunId != railgunId)
            return QCoreApplication::translate("Railgun::DomainController",
                                               "Connected to another Railgun: disconnect it first.");
        return BulkItem{d, Action::ConnSet, rtkn, enableNow, {}, {}};
    });
}

BulkPlan BulkPlan::disconnect(const DomainTableModel &domains, const RailgunListModel &railguns,
                              const QStringList &names)
{
    return planNamed(domains, names, [&](const QString &d, const Row &row) -> Decision {
        if (row.state == State::NotConnected)
            return QCoreApplication::translate("Railgun::DomainController", "Not connected.");
        if (row.state == State::Unknown)
            return QCoreApplication::translate("Railgun::DomainController", "State unknown: refresh first.");
        return BulkItem{d, Action::ConnDelete, railguns.apiKeyFor(row.railgunId), false, {}, {}};
    });
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
                        railguns.apiKeyFor(before.railgunId),
                        false,
                        {},
                        {}};
    }
    if (before.state == State::NotConnected && after.state == State::Connected)
        return BulkItem{after.domain, Action::ConnDelete, railguns.apiKeyFor(after.railgunId), false, {}, {}};
    if (before.state == State::Connected && after.state == State::NotConnected)
        return BulkItem{
            after.domain, Action::ConnSet, railguns.apiKeyFor(before.railgunId), before.enabled, {}, {}};
    return std::nullopt;
}

} // namespace Railgun
