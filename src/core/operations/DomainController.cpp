#include "operations/DomainController.h"

#include "models/RailgunListModel.h"
#include "operations/BulkOperation.h"
#include "operations/RailgunController.h"
#include "session/AccountSession.h"

#include <QTimer>

#include <utility>

namespace Railgun {

DomainController::DomainController(DomainTableModel *domains, RailgunListModel *railguns, QObject *parent)
    : QObject(parent)
    , m_model(domains)
    , m_railguns(railguns)
    , m_railgunOps(new RailgunController(domains, railguns, this))
{
    qRegisterMetaType<Railgun::OperationSummary>();
    qRegisterMetaType<Railgun::ApiResult>();
    qRegisterMetaType<Railgun::InitResult>();
    connect(m_railgunOps, &RailgunController::statusMessage, this, &DomainController::statusMessage);
    connect(m_railgunOps, &RailgunController::railgunsChanged, this, &DomainController::railgunsChanged);
    connect(m_railgunOps, &RailgunController::railgunCreated, this, &DomainController::railgunCreated);
    connect(m_railgunOps, &RailgunController::railgunDeleted, this, &DomainController::railgunDeleted);
    connect(m_railgunOps, &RailgunController::railgunOperationFailed, this,
            &DomainController::railgunOperationFailed);
    connect(m_railgunOps, &RailgunController::domainsNeedReading, this, &DomainController::refreshDomains);
    // The Railguns panel's per-Railgun counts follow the rows as answers come in (at most 4 times a second).
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(250);
    connect(&m_countsTimer, &QTimer::timeout, this, &DomainController::updateCounts);
    connect(domains, &QAbstractItemModel::dataChanged, &m_countsTimer, [this] {
        if (!m_countsTimer.isActive())
            m_countsTimer.start();
    });
    m_recheckTimer.setSingleShot(true);
    connect(&m_recheckTimer, &QTimer::timeout, this, [this] {
        if (m_link.session() && !m_refresh)
            refresh();
    });
}

DomainController::~DomainController()
{
    for (BulkOperation *op : std::as_const(m_ops))
        op->disconnect(this);
    if (m_refresh)
        m_refresh->disconnect(this);
}

DomainController::Operation DomainController::currentOperation() const
{
    return m_ops.isEmpty() ? Operation::Refresh : m_ops.constLast()->operation();
}

void DomainController::setSession(AccountSession *session)
{
    if (session == m_link.session())
        return;
    // Answers of the old account must not land in the new account's rows, and its runs end silently.
    const bool wasBusy = isBusy();
    const bool wasRefreshing = isRefreshing();
    QList<BulkOperation *> ops = std::exchange(m_ops, {});
    if (m_refresh)
        ops.append(std::exchange(m_refresh, nullptr));
    for (BulkOperation *op : std::as_const(ops)) {
        op->disconnect(this);
        op->abandon();
        op->deleteLater();
    }
    if (m_listTicket) {
        m_listTicket->disconnect(this);
        m_listTicket->cancel();
    }
    m_listTicket = nullptr;
    m_link.set(session);
    m_recheckTimer.stop(); // the next account says whether it wants one (setRecheckInterval)
    m_recheckSecs = 0;
    m_railgunOps->setSession(session);
    setUndo(std::nullopt);
    if (wasBusy)
        emit busyChanged(false);
    if (wasRefreshing)
        emit refreshingChanged(false);
}

BulkOperation *DomainController::makeOperation(Operation op)
{
    auto *operation = new BulkOperation(op, m_link.session(), m_model, m_railguns, this);
    connect(operation, &BulkOperation::statusMessage, this, &DomainController::statusMessage);
    return operation;
}

// ---------------------------------------------------------------- refresh

void DomainController::refreshRailguns()
{
    m_railgunOps->refreshRailguns();
}

void DomainController::refresh()
{
    if (!m_link.session()) {
        emit statusMessage(tr("No account is set up."));
        return;
    }
    if (m_refresh) {
        emit statusMessage(tr("A refresh is already running."));
        return;
    }
    m_refresh = makeOperation(Operation::Refresh);
    m_refresh->setBackground(true);
    connect(m_refresh, &BulkOperation::progress, this, &DomainController::refreshProgress);
    connect(m_refresh, &BulkOperation::finished, this, &DomainController::onRefreshFinished);
    emit refreshingChanged(true);
    emit statusMessage(tr("Listing Railguns…"));
    m_listTicket = m_link.session()->submit(m_link.session()->listRailgunsItem(), CallSink::Lane::Visible);
    connect(m_listTicket, &CallTicket::finished, this,
            [this, generation = m_link.generation()](const ApiResult &result) {
                if (!m_link.isCurrent(generation) || !m_refresh)
                    return;
                m_listTicket = nullptr;
                if (result.ok()) {
                    m_railguns->setRailguns(result.railguns);
                    m_model->setRailguns(result.railguns);
                    updateCounts();
                    emit railgunsChanged();
                    emit statusMessage(tr("Reading %n domain(s)…", nullptr, m_model->rowCount()));
                } else if (result.error.kind != ApiError::Kind::Cancelled) {
                    emit statusMessage(tr("Could not list the Railguns: %1").arg(result.error.toText()));
                }
                if (m_refresh->isCancelled()) {
                    m_refresh->finish();
                    return;
                }
                m_refresh->startReads(BulkPlan::readAll(*m_model).items);
            });
}

void DomainController::setRecheckInterval(int secs)
{
    m_recheckSecs = qMax(0, secs);
    m_recheckTimer.stop();
    if (m_recheckSecs > 0 && !m_refresh)
        m_recheckTimer.start(std::chrono::seconds(m_recheckSecs));
}

void DomainController::cancelRefresh()
{
    if (!m_refresh)
        return;
    m_refresh->cancel();
    if (m_listTicket)
        m_listTicket->cancel(); // not sent yet: ends at once; sent: its answer finishes the refresh
}

int DomainController::refreshRemaining() const
{
    return m_refresh ? m_refresh->remaining() : 0;
}

double DomainController::refreshSecondsLeft() const
{
    return m_link.session() ? m_link.session()->secondsFor(
                                  refreshRemaining() + m_link.session()->queuedCount(CallSink::Lane::User))
                            : 0.0;
}

void DomainController::onRefreshFinished()
{
    BulkOperation *op = std::exchange(m_refresh, nullptr);
    if (!op)
        return;
    updateCounts();
    const Summary summary = op->summary();
    op->deleteLater();
    if (m_recheckSecs > 0 && m_link.session())
        m_recheckTimer.start(std::chrono::seconds(m_recheckSecs)); // the next re-check, from now
    emit refreshingChanged(false);
    if (summary.wasCancelled)
        emit statusMessage(tr("Refresh stopped: %1 read, %2 failed, %3 not read.")
                               .arg(summary.succeeded)
                               .arg(summary.failed.size())
                               .arg(summary.cancelled));
    else
        emit statusMessage(
            tr("Refresh finished: %1 read, %2 failed.").arg(summary.succeeded).arg(summary.failed.size()));
    emit runFinished(summary);
}

void DomainController::refreshDomains(const QStringList &domains)
{
    if (domains.isEmpty() || !m_link.session())
        return;
    startRun(Operation::Refresh, BulkPlan::read(*m_model, domains));
}

// ---------------------------------------------------------------- single toggle

bool DomainController::toggleEnabled(const QString &domain)
{
    const auto row = m_model->rowFor(domain);
    if (!row)
        return false;
    return setEnabled(domain, !row->enabled);
}

bool DomainController::setEnabled(const QString &domain, bool enabled)
{
    const auto row = m_model->rowFor(domain);
    if (!row || !m_link.session())
        return false;
    if (row->pending) {
        emit statusMessage(tr("%1 is waiting for the server's answer.").arg(domain));
        return false;
    }
    if (row->state != DomainTableModel::ConnectionState::Connected) {
        emit statusMessage(tr("%1 is not connected to a Railgun: connect it first.").arg(domain));
        return false;
    }
    const QString rtkn = m_railguns->apiKeyFor(row->railgunId);
    if (rtkn.isEmpty()) {
        const QString why = tr("The Railgun of this domain is not in the account's list: refresh first.");
        m_model->setError(domain, why);
        emit statusMessage(QStringLiteral("%1: %2").arg(domain, why));
        return false;
    }
    const Row before = *row;
    m_model->setPending(domain, true, QStringLiteral(""));
    BulkItem item;
    item.domain = domain;
    item.action = enabled ? Action::ConnSetModeEnabled : Action::ConnSetModeDisabled;
    item.rtkn = rtkn;
    m_link.send(this, item, CallSink::Lane::User,
                [this, before, item](const ApiResult &result) { finishToggle(item, before, result); });
    return true;
}

void DomainController::finishToggle(const BulkItem &item, const Row &before, const ApiResult &result)
{
    const QString &domain = item.domain;
    const bool enabled = item.action == Action::ConnSetModeEnabled;
    auto pushUndo = [this, before, domain] {
        const auto after = m_model->rowFor(domain);
        if (!after)
            return;
        if (const auto inverse = BulkPlan::inverseOf(before, *after, *m_railguns))
            setUndo(UndoEntry{tr("Undo toggle of %1").arg(domain), {*inverse}, {}});
    };
    if (result.ok()) {
        m_model->applyEnabled(domain, enabled);
        updateCounts();
        pushUndo();
        const QString msg =
            enabled ? tr("Railgun enabled for %1.").arg(domain) : tr("Railgun disabled for %1.").arg(domain);
        emit statusMessage(msg);
        emit toggleFinished(domain, true, msg);
        return;
    }
    const QString why = result.error.toText();
    if (result.error.certainlyNotApplied()) {
        m_model->setError(domain, why);
        const QString msg = tr("%1: not changed: %2").arg(domain, why);
        emit statusMessage(msg);
        emit toggleFinished(domain, false, msg);
        return;
    }
    // The server may have applied it: ask what it has now (through the session: paced, ordered, retried).
    m_model->setPending(domain, true, tr("Checking the outcome…"));
    BulkItem read;
    read.domain = domain;
    read.action = Action::ZoneConnGetActive;
    m_link.send(
        this, read, CallSink::Lane::User, [this, enabled, why, domain, pushUndo](const ApiResult &reread) {
            if (reread.ok()) {
                const bool reached = reread.connection && reread.connection->enabled == enabled;
                const QString msg =
                    reached ? tr("Applied (confirmed after: %1)").arg(why) : tr("Failed: %1").arg(why);
                m_model->applyConnection(domain, reread.connection, msg);
                if (!reached)
                    m_model->setError(domain, msg);
                updateCounts();
                pushUndo();
                emit statusMessage(QStringLiteral("%1: %2").arg(domain, msg));
                emit toggleFinished(domain, reached, msg);
            } else {
                const QString msg =
                    tr("Outcome unknown (%1); the state could not be read back: refresh to check.").arg(why);
                m_model->setUnknown(domain, msg);
                emit statusMessage(QStringLiteral("%1: %2").arg(domain, msg));
                emit toggleFinished(domain, false, msg);
            }
        });
}

// ---------------------------------------------------------------- bulk

bool DomainController::enable(const QStringList &domains)
{
    return setEnabledOf(domains, true);
}

bool DomainController::disable(const QStringList &domains)
{
    return setEnabledOf(domains, false);
}

bool DomainController::setEnabledOf(const QStringList &domains, bool enabled)
{
    return startRun(enabled ? Operation::Enable : Operation::Disable,
                    BulkPlan::setEnabled(*m_model, *m_railguns, domains, enabled));
}

bool DomainController::connectTo(const QStringList &domains, const QString &railgunId, bool enableNow)
{
    const QString rtkn = m_railguns->apiKeyFor(railgunId);
    if (rtkn.isEmpty()) {
        emit statusMessage(tr("That Railgun is not in the account's list: refresh first."));
        return false;
    }
    return startRun(Operation::Connect,
                    BulkPlan::connectTo(*m_model, *m_railguns, domains, railgunId, enableNow));
}

bool DomainController::disconnect(const QStringList &domains)
{
    return startRun(Operation::Disconnect, BulkPlan::disconnect(*m_model, *m_railguns, domains));
}

int DomainController::removeFromList(const QStringList &domains)
{
    QList<Row> removed;
    QStringList names;
    for (const QString &d : domains) {
        const auto row = m_model->rowFor(d);
        if (!row || row->pending)
            continue;
        removed.append(*row);
        names.append(d);
    }
    const int n = m_model->removeDomains(names);
    if (n > 0) {
        updateCounts();
        setUndo(UndoEntry{tr("Undo removing %n domain(s)", nullptr, n), {}, removed});
        emit statusMessage(tr("Removed %n domain(s) from the list.", nullptr, n));
    }
    return n;
}

int DomainController::addDomains(const QStringList &domains)
{
    QStringList fresh;
    for (const QString &d : domains) {
        if (!m_model->contains(d))
            fresh.append(d);
    }
    const int n = m_model->addDomains(fresh);
    if (n > 0)
        refreshDomains(fresh);
    return n;
}

QString DomainController::undoDescription() const
{
    return m_undo ? m_undo->description : QString();
}

bool DomainController::undo()
{
    if (!canUndo())
        return false;
    const UndoEntry entry = *m_undo;
    setUndo(std::nullopt);
    if (!entry.removedRows.isEmpty()) {
        m_model->restoreRows(entry.removedRows);
        updateCounts();
        QStringList domains;
        for (const Row &r : entry.removedRows)
            domains.append(r.domain);
        emit statusMessage(tr("Restored %n domain(s) to the list.", nullptr, int(domains.size())));
        refreshDomains(domains);
        return true;
    }
    return startRun(Operation::Undo, BulkPlan::undo(*m_model, entry.items));
}

void DomainController::cancel()
{
    const QList<BulkOperation *> ops = m_ops;
    for (BulkOperation *op : ops)
        op->cancel();
}

bool DomainController::startRun(Operation op, const BulkPlan &plan)
{
    if (!m_link.session()) {
        emit statusMessage(tr("No account is set up."));
        return false;
    }
    BulkOperation *operation = makeOperation(op);
    connect(operation, &BulkOperation::progress, this, &DomainController::emitProgress);
    connect(operation, &BulkOperation::finished, this, [this, operation] { onOperationFinished(operation); });
    m_ops.append(operation);
    if (m_ops.size() == 1)
        emit busyChanged(true);
    operation->start(plan); // may finish at once
    return true;
}

void DomainController::emitProgress()
{
    int done = 0, total = 0, failed = 0;
    for (const BulkOperation *op : std::as_const(m_ops)) {
        total += op->planned();
        done += qMax(0, op->planned() - op->remaining());
        failed += int(op->summary().failed.size());
    }
    emit progress(done, total, failed);
}

void DomainController::onOperationFinished(BulkOperation *op)
{
    if (!m_ops.removeOne(op))
        return;
    op->clearPending();
    if (op->operation() != Operation::Refresh && op->operation() != Operation::Undo) {
        const QList<BulkItem> inverse = op->inverseItems();
        if (!inverse.isEmpty()) {
            setUndo(UndoEntry{tr("Undo %1 of %n domain(s)", nullptr, int(inverse.size()))
                                  .arg(operationName(op->operation())),
                              inverse,
                              {}});
        }
    }
    updateCounts();
    const Summary summary = op->summary();
    op->deleteLater();
    if (m_ops.isEmpty())
        emit busyChanged(false);
    else
        emitProgress();
    if (summary.wasCancelled)
        emit statusMessage(tr("%1 cancelled: %2 done, %3 failed, %4 not sent.")
                               .arg(operationName(summary.operation))
                               .arg(summary.succeeded)
                               .arg(summary.failed.size())
                               .arg(summary.cancelled));
    else
        emit statusMessage(tr("%1 finished: %2 succeeded, %3 failed, %4 skipped.")
                               .arg(operationName(summary.operation))
                               .arg(summary.succeeded)
                               .arg(summary.failed.size())
                               .arg(summary.skipped.size()));
    emit runFinished(summary);
    emit undoAvailableChanged(canUndo());
}

void DomainController::setUndo(std::optional<UndoEntry> entry)
{
    m_undo = std::move(entry);
    emit undoAvailableChanged(canUndo());
}

void DomainController::updateCounts()
{
    m_railguns->setDomainCounts(m_model->countsByRailgun());
}

int DomainController::domainCountFor(const QString &railgunId) const
{
    return m_model->countsByRailgun().value(railgunId);
}

// ---------------------------------------------------------------- Railguns

void DomainController::createRailgun(const QString &name, const QString &pubname)
{
    m_railgunOps->createRailgun(name, pubname);
}

void DomainController::deleteRailgun(const QString &railgunId)
{
    m_railgunOps->deleteRailgun(railgunId);
}

} // namespace Railgun
