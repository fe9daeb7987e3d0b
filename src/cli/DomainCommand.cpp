#include "DomainCommand.h"

#include "TokenResolver.h"
#include "api/RailgunApi.h"

#include <QCoreApplication>
#include <QTimer>
#include <memory>

namespace RailgunCtl {

DomainCommand::DomainCommand(Invocation::Command command, Railgun::RailgunApi *api,
                             const RunnerSettings &settings, QObject *parent)
    : QObject(parent)
    , m_command(command)
    , m_api(api)
    , m_settings(settings)
{}

int DomainCommand::failedCount() const
{
    int n = 0;
    for (const DomainOutcome &o : m_outcomes)
        n += o.ok ? 0 : 1;
    return n;
}

Railgun::Action DomainCommand::changeAction() const
{
    switch (m_command) {
    case Invocation::Command::Connect:
        return Railgun::Action::ConnSet;
    case Invocation::Command::Enable:
        return Railgun::Action::ConnSetModeEnabled;
    case Invocation::Command::Disable:
        return Railgun::Action::ConnSetModeDisabled;
    case Invocation::Command::Disconnect:
        return Railgun::Action::ConnDelete;
    default:
        return Railgun::Action::ZoneConnGetActive;
    }
}

Railgun::BulkRunner *DomainCommand::newRunner()
{
    auto *runner = new Railgun::BulkRunner(m_api, this);
    m_settings.apply(runner);
    return runner;
}

bool DomainCommand::cancel()
{
    if (m_finished || m_cancelled)
        return false;
    m_cancelled = true;
    // Every BulkRunner of this command, the token lookup's included, is a descendant.
    const QList<Railgun::BulkRunner *> runners = findChildren<Railgun::BulkRunner *>();
    for (Railgun::BulkRunner *runner : runners)
        runner->cancel();
    return true;
}

void DomainCommand::start(const QList<DomainEntry> &entries)
{
    connect(this, &DomainCommand::finished, this, [this] { m_finished = true; });
    m_outcomes.clear();
    QList<int> valid;
    for (const DomainEntry &e : entries) {
        DomainOutcome o;
        if (e.isValid()) {
            o.domain = e.name;
            valid.append(m_outcomes.size());
        } else {
            o.domain = e.shownInput();
            o.failure = {QStringLiteral("invalid_input"), e.error, QString()};
        }
        m_outcomes.append(o);
    }

    if (valid.isEmpty()) {
        QTimer::singleShot(0, this, &DomainCommand::finished);
    } else if (m_command == Invocation::Command::Status) {
        readBack(valid, QString());
    } else if (m_rtkn.isEmpty() && m_command != Invocation::Command::Connect) {
        lookUpTokens(valid);
    } else {
        QList<Target> targets;
        for (int index : valid)
            targets.append({index, m_rtkn});
        change(targets);
    }
}

void DomainCommand::lookUpTokens(const QList<int> &indexes)
{
    QStringList domains;
    for (int index : indexes)
        domains.append(m_outcomes.at(index).domain);
    auto *resolver = new TokenResolver(m_api, m_settings, this);
    connect(resolver, &TokenResolver::finished, this, [this, resolver, indexes] {
        resolver->deleteLater();
        QList<Target> targets;
        Railgun::ApiError cancelled;
        cancelled.kind = Railgun::ApiError::Kind::Cancelled;
        for (int index : indexes) {
            const TokenResolver::Resolution r = resolver->resolution(m_outcomes.at(index).domain);
            if (r.ok && m_cancelled)
                m_outcomes[index].failure = Failure::fromApiError(cancelled); // found, but not sent
            else if (r.ok)
                targets.append({index, r.rtkn});
            else
                m_outcomes[index].failure = r.failure;
        }
        change(targets);
    });
    resolver->start(domains);
}

void DomainCommand::change(const QList<Target> &targets)
{
    if (targets.isEmpty()) {
        QTimer::singleShot(0, this, &DomainCommand::finished);
        return;
    }
    QList<Railgun::BulkItem> items;
    for (const Target &t : targets) {
        Railgun::BulkItem item;
        item.domain = m_outcomes.at(t.index).domain;
        item.action = changeAction();
        item.rtkn = t.rtkn;
        item.flag = m_enable;
        items.append(item);
    }

    auto changed = std::make_shared<QList<int>>();
    auto *runner = newRunner();
    connect(runner, &Railgun::BulkRunner::itemFinished, this,
            [this, targets, changed](int i, const Railgun::ApiResult &result) {
                if (i < 0 || i >= targets.size())
                    return;
                const int index = targets.at(i).index;
                if (result.ok())
                    changed->append(index);
                else
                    m_outcomes[index].failure = Failure::fromApiError(result.error);
            });
    connect(runner, &Railgun::BulkRunner::finished, this, [this, runner, changed] {
        runner->deleteLater();
        std::sort(changed->begin(), changed->end());
        readBack(*changed, tr("The change was made, but reading the new state back failed:"));
    });
    runner->start(items);
}

void DomainCommand::readBack(const QList<int> &indexes, const QString &failurePrefix)
{
    if (indexes.isEmpty()) {
        QTimer::singleShot(0, this, &DomainCommand::finished);
        return;
    }
    QList<Railgun::BulkItem> items;
    for (int index : indexes) {
        Railgun::BulkItem item;
        item.domain = m_outcomes.at(index).domain;
        item.action = Railgun::Action::ZoneConnGetActive;
        items.append(item);
    }
    auto *runner = newRunner();
    connect(runner, &Railgun::BulkRunner::itemFinished, this,
            [this, indexes, failurePrefix](int i, const Railgun::ApiResult &result) {
                if (i < 0 || i >= indexes.size())
                    return;
                DomainOutcome &o = m_outcomes[indexes.at(i)];
                if (result.ok()) {
                    o.ok = true;
                    o.connection = result.connection;
                } else {
                    o.failure = Failure::fromApiError(result.error, failurePrefix);
                }
            });
    connect(runner, &Railgun::BulkRunner::finished, this, [this, runner] {
        runner->deleteLater();
        emit finished();
    });
    runner->start(items);
}

} // namespace RailgunCtl
