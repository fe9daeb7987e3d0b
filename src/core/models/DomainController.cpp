#include "DomainController.h"

#include "ApiReply.h"
#include "RailgunApi.h"
#include "RailgunController.h"
#include "RailgunListModel.h"

#include <QTimer>

namespace Railgun {

struct DomainController::Run
{
    Operation op = Operation::Refresh;
    QList<BulkItem> items;
    QHash<QString, Row> before;
    QSet<int> started;
    QHash<QString, QString> uncertain; // domain -> why the change itself failed
    QList<BulkItem> rereadItems;
    QPointer<BulkRunner> runner;
    QPointer<ApiReply> listReply;
    Summary summary;
    bool rereading = false;
    bool cancelled = false;
};

DomainController::DomainController(DomainTableModel *domains, RailgunListModel *railguns, QObject *parent)
    : QObject(parent)
    , m_model(domains)
    , m_railguns(railguns)
    , m_railgunOps(new RailgunController(domains, railguns, this))
{
    qRegisterMetaType<Railgun::DomainController::Summary>();
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
    if (m_run && m_run->runner)
        m_run->runner->disconnect(this);
}

QString DomainController::operationName(Operation op)
{
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

bool DomainController::certainlyNotApplied(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Api:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::InvalidInput:
    case ApiError::Kind::InsecureTransport:
    case ApiError::Kind::ConnectionRefused:
    case ApiError::Kind::HostNotFound:
    case ApiError::Kind::Tls: // the handshake failed: no request was sent
        return true;
    default:
        return false;
    }
}

DomainController::Operation DomainController::currentOperation() const
{
    return m_run ? m_run->op : Operation::Refresh;
}

void DomainController::setApi(RailgunApi *api)
{
    if (api == m_api)
        return;
    cancel();
    if (m_run) {
        // Answers of the old account must not land in the new account's rows.
        if (m_run->runner) {
            m_run->runner->disconnect(this);
            m_run->runner->deleteLater();
        }
        if (m_run->listReply) {
            m_run->listReply->disconnect(this);
            m_run->listReply->cancel();
        }
        m_run.reset();
        emit busyChanged(false);
    }
    ++m_apiGeneration;
    m_api = api;
    m_railgunOps->setApi(api);
    m_queuedReads.clear();
    setUndo(std::nullopt);
}

BulkRunner *DomainController::makeRunner()
{
    auto *runner = new BulkRunner(m_api, this);
    runner->setConcurrency(m_concurrency);
    runner->setRequestsPerSecond(m_requestsPerSecond);
    runner->setBackoffBaseMs(m_backoffMs);
    return runner;
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
    if (m_run) {
        emit statusMessage(tr("Another operation is still running."));
        return;
    }
    m_run = std::make_unique<Run>();
    m_run->op = Operation::Refresh;
    emit busyChanged(true);
    emit statusMessage(tr("Listing Railguns…"));
    const quint64 generation = m_apiGeneration;
    m_run->listReply = m_api->listRailguns();
    connect(m_run->listReply, &ApiReply::finished, this, [this, generation](const ApiResult &result) {
        if (generation != m_apiGeneration || !m_run)
            return;
        m_run->listReply = nullptr;
        if (result.ok()) {
            m_railguns->setRailguns(result.railguns);
            m_model->setRailguns(result.railguns);
            emit railgunsChanged();
        } else {
            emit statusMessage(tr("Could not list the Railguns: %1").arg(result.error.toText()));
        }
        if (m_run->cancelled) {
            m_run->summary.wasCancelled = true;
            finishRun();
            return;
        }
        const QList<BulkItem> items = BulkPlan::readAll(*m_model).items;
        m_run->items = items;
        m_run->summary.total = int(items.size());
        if (items.isEmpty()) {
            finishRun();
            return;
        }
        startRunner(items);
    });
}

void DomainController::refreshDomains(const QStringList &domains)
{
    if (domains.isEmpty() || !m_api)
        return;
    if (m_run) {
        m_queuedReads.append(domains);
        return;
    }
    startRun(Operation::Refresh, BulkPlan::read(*m_model, domains));
}

void DomainController::runQueuedReads()
{
    if (m_queuedReads.isEmpty() || m_run)
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
            if (certainlyNotApplied(result.error)) {
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
    if (!m_run || m_run->cancelled)
        return;
    m_run->cancelled = true;
    m_run->summary.wasCancelled = true;
    emit statusMessage(tr("Cancelling: calls already sent finish first…"));
    if (m_run->runner && !m_run->rereading)
        m_run->runner->cancel();
}

bool DomainController::startRun(Operation op, const BulkPlan &plan)
{
    if (!m_api) {
        emit statusMessage(tr("No account is set up."));
        return false;
    }
    if (m_run) {
        emit statusMessage(tr("Another operation is still running."));
        return false;
    }
    const QList<BulkItem> &items = plan.items;
    m_run = std::make_unique<Run>();
    m_run->op = op;
    m_run->items = items;
    m_run->summary.operation = op;
    m_run->summary.total = int(items.size() + plan.skipped.size());
    m_run->summary.skipped = plan.skipped;
    emit busyChanged(true);
    if (items.isEmpty()) {
        finishRun();
        return true;
    }
    m_model->beginBatch();
    for (const BulkItem &item : items) {
        if (const auto row = m_model->rowFor(item.domain))
            m_run->before.insert(item.domain, *row);
        if (op != Operation::Refresh)
            m_model->setPending(item.domain, true);
    }
    m_model->endBatch();
    startRunner(items);
    return true;
}

void DomainController::startRunner(const QList<BulkItem> &items)
{
    BulkRunner *runner = makeRunner();
    m_run->runner = runner;
    connect(runner, &BulkRunner::itemStarted, this, &DomainController::onItemStarted);
    connect(runner, &BulkRunner::itemFinished, this, &DomainController::onItemFinished);
    connect(runner, &BulkRunner::progress, this, &DomainController::progress);
    connect(runner, &BulkRunner::rateLimited, this, &DomainController::rateLimited);
    connect(runner, &BulkRunner::finished, this, &DomainController::onRunnerFinished);
    emit progress(0, int(items.size()), 0);
    runner->start(items);
}

void DomainController::onItemStarted(int index)
{
    if (m_run)
        m_run->started.insert(index);
}

void DomainController::onItemFinished(int index, const ApiResult &result)
{
    if (!m_run || index < 0 || index >= m_run->items.size())
        return;
    if (m_run->rereading) {
        onRereadFinished(index, result);
        return;
    }
    const BulkItem &item = m_run->items.at(index);
    if (result.ok()) {
        applySuccess(item, result);
        ++m_run->summary.succeeded;
        return;
    }
    const QString why = result.error.toText();
    if (result.error.kind == ApiError::Kind::Cancelled && !m_run->started.contains(index)) {
        ++m_run->summary.cancelled;
        const Row before = m_run->before.value(item.domain);
        m_model->setPending(item.domain, false, before.lastMessage);
        return;
    }
    if (isReadOnly(item.action) || certainlyNotApplied(result.error)) {
        m_model->setError(item.domain, why);
        m_run->summary.failed.append({item.domain, why});
        return;
    }
    m_model->setPending(item.domain, true, tr("Checking the outcome…"));
    m_run->uncertain.insert(item.domain, why);
    m_run->rereadItems.append(item);
}

void DomainController::onRunnerFinished()
{
    if (!m_run)
        return;
    if (m_run->runner)
        m_run->runner->deleteLater();
    m_run->runner = nullptr;
    if (!m_run->rereading && !m_run->rereadItems.isEmpty()) {
        // Changes whose outcome is uncertain: read what the server has now (even after a cancel).
        m_run->rereading = true;
        QList<BulkItem> reads;
        for (const BulkItem &item : std::as_const(m_run->rereadItems))
            reads.append(BulkItem{item.domain, Action::ZoneConnGetActive, {}, false});
        emit statusMessage(
            tr("Checking %n uncertain result(s) with the server…", nullptr, int(reads.size())));
        startRunner(reads);
        return;
    }
    finishRun();
}

void DomainController::onRereadFinished(int index, const ApiResult &result)
{
    const BulkItem item = m_run->rereadItems.value(index);
    const QString why = m_run->uncertain.value(item.domain);
    if (!result.ok()) {
        const QString msg =
            tr("Outcome unknown (%1); the state could not be read back: refresh to check.").arg(why);
        m_model->setUnknown(item.domain, msg);
        m_run->summary.failed.append({item.domain, msg});
        return;
    }
    m_model->applyConnection(item.domain, result.connection);
    const auto row = m_model->rowFor(item.domain);
    if (row && BulkPlan::reachedTarget(item, *row, *m_railguns)) {
        m_model->applyConnection(item.domain, result.connection,
                                 tr("Applied (confirmed after: %1)").arg(why));
        ++m_run->summary.succeeded;
    } else {
        const QString msg = tr("Failed: %1").arg(why);
        m_model->setError(item.domain, msg);
        m_run->summary.failed.append({item.domain, msg});
    }
}

void DomainController::applySuccess(const BulkItem &item, const ApiResult &result)
{
    switch (item.action) {
    case Action::ZoneConnGetActive:
        m_model->applyConnection(item.domain, result.connection);
        break;
    case Action::ConnSetModeEnabled:
        m_model->applyEnabled(item.domain, true);
        break;
    case Action::ConnSetModeDisabled:
        m_model->applyEnabled(item.domain, false);
        break;
    case Action::ConnSet: {
        QString id = m_railguns->idForApiKey(item.rtkn);
        if (id.isEmpty())
            id = result.change.railgunId;
        m_model->applyConnected(item.domain, id, item.flag);
        break;
    }
    case Action::ConnDelete:
        m_model->applyDisconnected(item.domain);
        break;
    default:
        m_model->setPending(item.domain, false);
        break;
    }
}

void DomainController::finishRun()
{
    if (!m_run)
        return;
    std::unique_ptr<Run> run = std::move(m_run);
    // Rows still pending (cancelled before an answer, or never reached): back to their confirmed state.
    m_model->beginBatch();
    for (const BulkItem &item : std::as_const(run->items)) {
        const auto row = m_model->rowFor(item.domain);
        if (row && row->pending && run->op != Operation::Refresh)
            m_model->setPending(item.domain, false, run->before.value(item.domain).lastMessage);
    }
    m_model->endBatch();

    if (run->op != Operation::Refresh && run->op != Operation::Undo) {
        QList<BulkItem> inverse;
        for (auto it = run->before.cbegin(); it != run->before.cend(); ++it) {
            const auto after = m_model->rowFor(it.key());
            if (!after)
                continue;
            if (const auto item = BulkPlan::inverseOf(it.value(), *after, *m_railguns))
                inverse.append(*item);
        }
        if (!inverse.isEmpty()) {
            setUndo(UndoEntry{
                tr("Undo %1 of %n domain(s)", nullptr, int(inverse.size())).arg(operationName(run->op)),
                inverse,
                {}});
        }
    }
    updateCounts();
    Summary summary = run->summary;
    run.reset();
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
