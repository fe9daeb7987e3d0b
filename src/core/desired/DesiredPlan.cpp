#include "desired/DesiredPlan.h"

#include "api/RailgunStatus.h"
#include "desired/RailgunReference.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Railgun {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Railgun::DesiredPlan", text);
}

const RailgunInfo *byId(const QList<RailgunInfo> &railguns, const QString &id)
{
    for (const RailgunInfo &r : railguns) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

// Why the connection to `railgunId` cannot be changed or removed, or empty when it can.
QString sourceProblem(const QString &domain, const QString &railgunId, const QList<RailgunInfo> &railguns)
{
    const RailgunInfo *source = byId(railguns, railgunId);
    if (!source)
        return QCoreApplication::translate("Railgun::DesiredPlan",
                                           "%1 is connected to Railgun %2, which is not in this account's "
                                           "list: its connection cannot "
                                           "be changed from here.")
            .arg(domain, RailgunReference::shown(railgunId));
    if (railgunStatus(source->status) == RailgunStatus::Deleted)
        return QCoreApplication::translate(
                   "Railgun::DesiredPlan",
                   "%1 is connected to Railgun %2, which is deleted: the server refuses to change that "
                   "connection.")
            .arg(domain, RailgunReference::describe(*source));
    return {};
}
} // namespace

qint64 RateBudget::secondsFor(int count) const
{
    if (count <= 0 || requests <= 0 || windowSeconds <= 0)
        return 0;
    const qint64 product = qint64(count) * windowSeconds;
    return (product + requests - 1) / requests;
}

DesiredPlan DesiredPlan::make(const QList<DesiredEntry> &entries, const QHash<QString, CurrentState> &current,
                              const QList<RailgunInfo> &railguns)
{
    DesiredPlan plan;
    auto problem = [&plan](const DesiredEntry &e, const QString &message) {
        plan.m_problems.append({e.line, e.domain, message});
    };

    for (const DesiredEntry &e : entries) {
        const auto it = current.constFind(e.domain);
        if (it == current.constEnd()) {
            problem(e, tr("The current state of %1 was not read.").arg(e.domain));
            continue;
        }
        if (!it->known()) {
            problem(e, tr("The current state of %1 is unknown: %2").arg(e.domain, it->error));
            continue;
        }
        const std::optional<Connection> &now = it->connection;

        Change change;
        change.line = e.line;
        change.domain = e.domain;
        change.enabledAfter = e.enabled;
        if (now) {
            change.fromRailgunId = now->railgunId;
            change.enabledBefore = now->enabled;
        }

        if (!e.connected()) {
            if (!now) {
                ++plan.m_unchanged;
                continue;
            }
            if (const QString why = sourceProblem(e.domain, now->railgunId, railguns); !why.isEmpty()) {
                problem(e, why);
                continue;
            }
            change.kind = Kind::Disconnect;
            plan.m_changes.append(change);
            continue;
        }

        const RailgunReference::Resolution target = RailgunReference::resolve(e.railgun, railguns);
        if (!target.ok()) {
            problem(e, target.error);
            continue;
        }
        change.toRailgunId = target.railgun->id;
        if (now && now->railgunId == target.railgun->id) {
            if (now->enabled == e.enabled) {
                ++plan.m_unchanged;
                continue;
            }
            if (const QString why = sourceProblem(e.domain, now->railgunId, railguns); !why.isEmpty()) {
                problem(e, why);
                continue;
            }
            change.kind = e.enabled ? Kind::Enable : Kind::Disable;
            plan.m_changes.append(change);
            continue;
        }
        if (railgunStatus(target.railgun->status) != RailgunStatus::Active) {
            problem(e, tr("The Railgun %1 is not active (%2): the server connects domains only to active "
                          "Railguns.")
                           .arg(RailgunReference::describe(*target.railgun),
                                railgunStatusText(target.railgun->status)));
            continue;
        }
        if (now) {
            if (const QString why = sourceProblem(e.domain, now->railgunId, railguns); !why.isEmpty()) {
                problem(e, why);
                continue;
            }
            change.kind = Kind::Move;
        } else {
            change.kind = Kind::Connect;
        }
        plan.m_changes.append(change);
    }
    return plan;
}

int DesiredPlan::count(Kind kind) const
{
    int n = 0;
    for (const Change &c : m_changes)
        n += c.kind == kind ? 1 : 0;
    return n;
}

int DesiredPlan::requestCount() const
{
    int n = 0;
    for (const Change &c : m_changes)
        n += c.requests();
    return n;
}

QList<QList<DesiredPlan::Step>> DesiredPlan::phases() const
{
    QList<QList<Step>> phases(3);
    for (int i = 0; i < m_changes.size(); ++i) {
        const Change &c = m_changes.at(i);
        switch (c.kind) {
        case Kind::Disconnect:
            phases[0].append({Action::ConnDelete, c.domain, c.fromRailgunId, false, i});
            break;
        case Kind::Move:
            phases[0].append({Action::ConnDelete, c.domain, c.fromRailgunId, false, i});
            phases[1].append({Action::ConnSet, c.domain, c.toRailgunId, c.enabledAfter, i});
            break;
        case Kind::Connect:
            phases[1].append({Action::ConnSet, c.domain, c.toRailgunId, c.enabledAfter, i});
            break;
        case Kind::Enable:
            phases[2].append({Action::ConnSetModeEnabled, c.domain, c.toRailgunId, false, i});
            break;
        case Kind::Disable:
            phases[2].append({Action::ConnSetModeDisabled, c.domain, c.toRailgunId, false, i});
            break;
        }
    }
    return phases;
}

QString DesiredPlan::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Connect:
        return QStringLiteral("connect");
    case Kind::Move:
        return QStringLiteral("move");
    case Kind::Enable:
        return QStringLiteral("enable");
    case Kind::Disable:
        return QStringLiteral("disable");
    case Kind::Disconnect:
        return QStringLiteral("disconnect");
    }
    return {};
}

QString DesiredPlan::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::Connect:
        return tr("Connect");
    case Kind::Move:
        return tr("Move to another Railgun");
    case Kind::Enable:
        return tr("Enable");
    case Kind::Disable:
        return tr("Disable");
    case Kind::Disconnect:
        return tr("Disconnect");
    }
    return {};
}

QJsonObject DesiredPlan::toJson(const RateBudget &budget) const
{
    QJsonArray changes;
    for (const Change &c : m_changes) {
        changes.append(QJsonObject{
            {QStringLiteral("kind"), kindName(c.kind)},
            {QStringLiteral("line"), c.line},
            {QStringLiteral("domain"), c.domain},
            {QStringLiteral("from_railgun_id"), c.fromRailgunId.isEmpty() ? QJsonValue() : c.fromRailgunId},
            {QStringLiteral("to_railgun_id"), c.toRailgunId.isEmpty() ? QJsonValue() : c.toRailgunId},
            {QStringLiteral("enabled_before"), c.enabledBefore},
            {QStringLiteral("enabled_after"), c.enabledAfter},
            {QStringLiteral("requests"), c.requests()},
        });
    }
    QJsonObject counts;
    for (int k = 0; k < kKindCount; ++k)
        counts.insert(kindName(Kind(k)), count(Kind(k)));
    QJsonArray problems;
    for (const LineProblem &p : m_problems) {
        problems.append(QJsonObject{{QStringLiteral("line"), p.line},
                                    {QStringLiteral("domain"), p.domain.isEmpty() ? QJsonValue() : p.domain},
                                    {QStringLiteral("message"), p.message}});
    }
    return {
        {QStringLiteral("changes"), changes},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("unchanged"), m_unchanged},
        {QStringLiteral("problems"), problems},
        {QStringLiteral("requests"), requestCount()},
        {QStringLiteral("seconds"), seconds(budget)},
        {QStringLiteral("budget"), QJsonObject{{QStringLiteral("requests"), budget.requests},
                                               {QStringLiteral("window_seconds"), budget.windowSeconds}}},
    };
}

} // namespace Railgun
