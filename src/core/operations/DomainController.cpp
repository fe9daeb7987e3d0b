#include "operations/DomainController.h"

#include "api/ApiReply.h"
#include "api/RailgunApi.h"
#include "models/RailgunListModel.h"
#include "operations/BulkOperation.h"
#include "operations/RailgunController.h"

#include <QTimer>

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
}

DomainController::~DomainController()
{
    if (m_op)
        m_op->disconnect(this);
}

DomainController::Operation DomainController::currentOperation() const
{
    return m_op ? m_op->operation() : Operation::Refresh;
}

void DomainController::setApi(RailgunApi *api)
{
    if (api == m_api)
        return;
    cancel();
    if (m_op) {
        // Answers of the old account must not land in the new account's rows.
        m_op->abandon();
        m_op->disconnect(this);
        m_op->deleteLater();
        m_op = nullptr;
        if (m_listReply) {
            m_listReply->disconnect(this);
            m_listReply->cancel();
        }
        emit busyChanged(false);
    }
    ++m_apiGeneration;
    m_api = api;
    m_railgunOps->setApi(api);
    m_queuedReads.clear();
    setUndo(std::nullopt);
}

BulkOperation *DomainController::makeOperation(Operation op)
{
    auto *operation = new BulkOperation(op, m_api, m_model, m_railguns, this);
    operation->setConcurrency(m_concurrency);
    operation->setRequestsPerSecond(m_requestsPerSecond);
    operation->setRetryBackoffMs(m_backoffMs);
    connect(operation, &BulkOperation::progress, this, &DomainController::progress);
    connect(operation, &BulkOperation::rateLimited, this, &DomainController::rateLimited);
    connect(operation, &BulkOperation::statusMessage, this, &DomainController::statusMessage);
    connect(operation, &BulkOperation::finished, this, &DomainController::onOperationFinished);
    return operation;
}

// ---------------------------------------------------------------- refresh

void DomainController::refreshRailguns()
{
    m_railgunOps->refreshRailguns();
}

void DomainController::refresh()
{
    if (!m_api) {
        emit statusMessage(tr("No account is set up."));
        return;
    }
    if (m_op) {
        emit statusMessage(tr("Another operation is still running."));
        return;
    }
    m_op = makeOperation(Operation::Refresh);
    emit busyChanged(true);
    emit statusMessage(tr("Listing Railguns…"));
    const quint64 generation = m_apiGeneration;
    m_listReply = m_api->listRailguns();
    connect(m_listReply, &ApiReply::finished, this, [this, generation](const ApiResult &result) {
        if (generation != m_apiGeneration || !m_op)
            return;
        m_listReply = nullptr;
        if (result.ok()) {
            m_railguns->setRailguns(result.railguns);
            m_model->setRailguns(result.railguns);
            emit railgunsChanged();
        } else {
            emit statusMessage(tr("Could not list the Railguns: %1").arg(result.error.toText()));
        }
        if (m_op->isCancelled()) {
            m_op->finish();
            return;
        }
        m_op->startReads(BulkPlan::readAll(*m_model).items);
    });
}

void DomainController::refreshDomains(const QStringList &domains)
{
    if (domains.isEmpty() || !m_api)
        return;
    if (m_op) {
        m_queuedReads.append(domains);
        return;
    }
    startRun(Operation::Refresh, BulkPlan::read(*m_model, domains));
}

void DomainController::runQueuedReads()
{
    if (m_queuedReads.isEmpty() || m_op)
        return;
    QStringList domains;
    domains.swap(m_queuedReads);
    domains.removeDuplicates();
    refreshDomains(domains);
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
    if (!row || !m_api)
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
    const quint64 generation = m_apiGeneration;
    ApiReply *reply =
        enabled ? m_api->connSetModeEnabled(domain, rtkn) : m_api->connSetModeDisabled(domain, rtkn);
    const BulkItem item{domain, enabled ? Action::ConnSetModeEnabled : Action::ConnSetModeDisabled, rtkn,
                        false};
    connect(
        reply, &ApiReply::finished, this, [this, generation, before, item, enabled](const ApiResult &result) {
            if (generation != m_apiGeneration)
                return;
            const QString &domain = item.domain;
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
                const QString msg = enabled ? tr("Railgun enabled for %1.").arg(domain)
                                            : tr("Railgun disabled for %1.").arg(domain);
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
            // The server may have applied it: ask what it has now.
            m_model->setPending(domain, true, tr("Checking the outcome…"));
            rereadOne(domain, 0, [this, before, item, why, pushUndo](const ApiResult &reread) {
                const QString &domain = item.domain;
                if (reread.ok()) {
                    const bool reached = reread.connection && reread.connection->enabled ==
                                                                  (item.action == Action::ConnSetModeEnabled);
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
                        tr("Outcome unknown (%1); the state could not be read back: refresh to check.")
                            .arg(why);
                    m_model->setUnknown(domain, msg);
                    emit statusMessage(QStringLiteral("%1: %2").arg(domain, msg));
                    emit toggleFinished(domain, false, msg);
                }
            });
        });
    return true;
}

void DomainController::rereadOne(const QString &domain, int attempt,
                                 std::function<void(const ApiResult &)> done)
{
    if (!m_api)
        return;
    const quint64 generation = m_apiGeneration;
    ApiReply *reply = m_api->zoneConnGetActive(domain);
    connect(reply, &ApiReply::finished, this, [=](const ApiResult &result) {
        if (generation != m_apiGeneration)
            return;
        if (!result.ok() && result.error.isTransient() && attempt < 3) {
            const int wait =
                result.error.kind == ApiError::Kind::RateLimited && result.error.retryAfterSecs > 0
                    ? result.error.retryAfterSecs * 1000
                    : m_backoffMs << attempt;
            QTimer::singleShot(wait, this, [=] { rereadOne(domain, attempt + 1, done); });
            return;
        }
        done(result);
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
    if (m_op)
        m_op->cancel();
}

bool DomainController::startRun(Operation op, const BulkPlan &plan)
{
    if (!m_api) {
        emit statusMessage(tr("No account is set up."));
        return false;
    }
    if (m_op) {
        emit statusMessage(tr("Another operation is still running."));
        return false;
    }
    m_op = makeOperation(op);
    emit busyChanged(true);
    m_op->start(plan); // may finish at once: m_op is not used after this
    return true;
}

void DomainController::onOperationFinished()
{
    BulkOperation *op = m_op;
    m_op = nullptr;
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
    emit busyChanged(false);
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
    runQueuedReads();
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
