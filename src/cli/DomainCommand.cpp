#include "DomainCommand.h"

#include "TokenResolver.h"
#include "bulk/BulkRunner.h"
#include "session/AccountSession.h"

#include <QCoreApplication>
#include <QTimer>
#include <algorithm>
#include <memory>

namespace RailgunCtl {

DomainCommand::DomainCommand(Invocation::Command command, Railgun::AccountSession *session, QObject *parent)
    : QObject(parent)
    , m_command(command)
    , m_session(session)
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
    ++m_running;
    return new Railgun::BulkRunner(m_session, this);
}

void DomainCommand::finishIfDone()
{
    if (m_running > 0 || m_finished)
        return;
    m_finished = true;
    // From the event loop, whatever called us.
    QTimer::singleShot(0, this, &DomainCommand::finished);
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
    m_outcomes.clear();
    QList<int> valid;
    for (const DomainEntry &e : entries) {
        DomainOutcome o;
        if (e.isValid()) {
            o.domain = e.name;
            valid.append(int(m_outcomes.size()));
        } else {
            o.domain = e.shownInput();
            o.failure = {QStringLiteral("invalid_input"), e.error, QString(), {}};
        }
        m_outcomes.append(o);
    }

    if (valid.isEmpty()) {
        finishIfDone();
    } else if (m_command == Invocation::Command::Status) {
        read(valid, ReadPurpose::Status);
    } else if (m_rtkn.isEmpty() && m_command != Invocation::Command::Connect) {
        lookUpTokens(valid);
    } else {
        QList<Target> targets;
        for (int index : valid)
            targets.append({index, m_rtkn, std::nullopt});
        change(targets);
    }
}

void DomainCommand::lookUpTokens(const QList<int> &indexes)
{
    QStringList domains;
    for (int index : indexes)
        domains.append(m_outcomes.at(index).domain);
    auto *resolver = new TokenResolver(m_session, this);
    ++m_running;
    connect(resolver, &TokenResolver::finished, this, [this, resolver, indexes] {
        resolver->deleteLater();
        --m_running;
        QList<Target> targets;
        Railgun::ApiError cancelled;
        cancelled.kind = Railgun::ApiError::Kind::Cancelled;
        for (int index : indexes) {
            const TokenResolver::Resolution r = resolver->resolution(m_outcomes.at(index).domain);
            if (r.ok && m_cancelled)
                m_outcomes[index].failure = Failure::fromApiError(cancelled); // found, but not sent
            else if (r.ok)
                targets.append({index, r.rtkn, r.connection});
            else
                m_outcomes[index].failure = r.failure;
        }
        change(targets);
    });
    resolver->start(domains);
}

std::optional<Railgun::Connection> DomainCommand::stateAfter(const Target &target,
                                                             const Railgun::ApiResult &result) const
{
    if (m_command == Invocation::Command::Disconnect)
        return std::nullopt;
    Railgun::Connection c = target.before.value_or(Railgun::Connection{});
    if (m_command == Invocation::Command::Connect) {
        c = Railgun::Connection{};
        c.railgunId = result.change.railgunId;
        c.connId = result.change.connId;
        c.enabled = m_enable;
    } else {
        c.enabled = m_command == Invocation::Command::Enable;
    }
    c.modeActive = c.enabled;
    return c;
}

bool DomainCommand::reachedTarget(const std::optional<Railgun::Connection> &state) const
{
    switch (m_command) {
    case Invocation::Command::Connect:
        return state.has_value() && state->enabled == m_enable;
    case Invocation::Command::Enable:
        return state.has_value() && state->enabled;
    case Invocation::Command::Disable:
        return state.has_value() && !state->enabled;
    case Invocation::Command::Disconnect:
        return !state.has_value();
    default:
        return true;
    }
}

void DomainCommand::change(const QList<Target> &targets)
{
    if (targets.isEmpty()) {
        finishIfDone();
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

    auto toVerify = std::make_shared<QList<int>>();
    auto uncertain = std::make_shared<QList<int>>();
    auto *runner = newRunner();
    connect(runner, &Railgun::BulkRunner::itemFinished, this,
            [this, runner, targets, toVerify, uncertain](int i, const Railgun::ApiResult &result) {
                if (i < 0 || i >= targets.size())
                    return;
                const Target &target = targets.at(i);
                DomainOutcome &o = m_outcomes[target.index];
                if (result.ok()) {
                    // The server's answer is its confirmation.
                    o.ok = true;
                    o.connection = stateAfter(target, result);
                    if (m_verify)
                        toVerify->append(target.index);
                } else if (!runner->wasSent(i) || result.error.certainlyNotApplied()) {
                    o.failure = Failure::fromApiError(result.error);
                } else {
                    // The server may have applied it: ask it.
                    m_uncertainWhy.insert(target.index, result.error.toText());
                    o.failure = Failure::fromApiError(result.error);
                    uncertain->append(target.index);
                }
            });
    connect(runner, &Railgun::BulkRunner::finished, this, [this, runner, toVerify, uncertain] {
        runner->deleteLater();
        --m_running;
        std::sort(toVerify->begin(), toVerify->end());
        std::sort(uncertain->begin(), uncertain->end());
        if (!toVerify->isEmpty())
            read(*toVerify, ReadPurpose::Verify);
        if (!uncertain->isEmpty())
            read(*uncertain, ReadPurpose::Uncertain);
        finishIfDone();
    });
    runner->start(items);
}

void DomainCommand::read(const QList<int> &indexes, ReadPurpose purpose)
{
    QList<Railgun::BulkItem> items;
    for (int index : indexes) {
        Railgun::BulkItem item;
        item.domain = m_outcomes.at(index).domain;
        item.action = Railgun::Action::ZoneConnGetActive;
        items.append(item);
    }
    auto *runner = newRunner();
    connect(
        runner, &Railgun::BulkRunner::itemFinished, this,
        [this, indexes, purpose](int i, const Railgun::ApiResult &result) {
            if (i < 0 || i >= indexes.size())
                return;
            const int index = indexes.at(i);
            DomainOutcome &o = m_outcomes[index];
            const QString why = m_uncertainWhy.value(index);
            if (purpose == ReadPurpose::Uncertain) {
                if (!result.ok()) {
                    o.failure.message = tr("The outcome is unknown (%1) and the state could not be read back "
                                           "(%2): check it with \"status\".")
                                            .arg(why, result.error.toText());
                    o.failure.outcome = QStringLiteral("unknown");
                } else if (reachedTarget(result.connection)) {
                    o.ok = true;
                    o.connection = result.connection;
                    o.note = tr("Applied: the server's answer was lost (%1), a read confirmed the change.")
                                 .arg(why);
                } else {
                    o.connection = result.connection;
                    o.failure.message = tr("Not applied (%1): a read shows the domain unchanged.").arg(why);
                    o.failure.outcome = QStringLiteral("not_applied");
                }
                return;
            }
            if (result.ok()) {
                o.ok = true;
                o.connection = result.connection;
            } else if (purpose == ReadPurpose::Verify) {
                o.ok = false;
                o.failure = Failure::fromApiError(
                    result.error, tr("The change was made, but reading the new state back failed:"));
            } else {
                o.failure = Failure::fromApiError(result.error);
            }
        });
    connect(runner, &Railgun::BulkRunner::finished, this, [this, runner] {
        runner->deleteLater();
        --m_running;
        finishIfDone();
    });
    runner->start(items);
}

} // namespace RailgunCtl
