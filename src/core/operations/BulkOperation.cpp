#include "operations/BulkOperation.h"

#include "models/RailgunListModel.h"
#include "operations/BulkPlan.h"
#include "session/AccountSession.h"

#include <QCoreApplication>

// Texts keep the translation context "Railgun::DomainController": they were written there and the .ts files
// list them under it.

namespace Railgun {

BulkOperation::BulkOperation(Operation op, AccountSession *session, DomainTableModel *domains,
                             RailgunListModel *railguns, QObject *parent)
    : QObject(parent)
    , m_op(op)
    , m_session(session)
    , m_model(domains)
    , m_railguns(railguns)
{
    m_summary.operation = op;
}

BulkOperation::~BulkOperation()
{
    if (m_runner)
        m_runner->disconnect(this);
}

void BulkOperation::start(const BulkPlan &plan)
{
    const QList<BulkItem> &items = plan.items;
    m_items = items;
    m_summary.total = int(items.size() + plan.skipped.size());
    m_summary.skipped = plan.skipped;
    if (items.isEmpty()) {
        finish();
        return;
    }
    m_model->beginBatch();
    for (const BulkItem &item : items) {
        if (const auto row = m_model->rowFor(item.domain))
            m_before.insert(item.domain, *row);
        if (m_op != Operation::Refresh)
            m_model->setPending(item.domain, true);
    }
    m_model->endBatch();
    startRunner(items);
}

void BulkOperation::startReads(const QList<BulkItem> &items)
{
    m_items = items;
    m_summary.total = int(items.size());
    if (items.isEmpty()) {
        finish();
        return;
    }
    startRunner(items);
}

void BulkOperation::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_summary.wasCancelled = true;
    emit statusMessage(QCoreApplication::translate("Railgun::DomainController",
                                                   "Cancelling: calls already sent finish first…"));
    if (m_runner && !m_rereading)
        m_runner->cancel();
}

void BulkOperation::finish()
{
    emit finished();
}

void BulkOperation::abandon()
{
    if (m_runner) {
        m_runner->disconnect(this);
        // Now, not when the runner is deleted: until then the old session would still send its queued calls
        // (and retry its reads) whenever an answer came.
        m_runner->cancel();
        m_runner->deleteLater();
        m_runner = nullptr;
    }
}

void BulkOperation::startRunner(const QList<BulkItem> &items)
{
    if (!m_session) {
        finish();
        return;
    }
    auto *runner = new BulkRunner(m_session, this);
    // Re-reads of uncertain changes belong to the change: the user's lane, whatever the operation.
    runner->setLane(m_background && !m_rereading ? BulkRunner::Lane::Background : BulkRunner::Lane::User);
    m_runner = runner;
    connect(runner, &BulkRunner::itemFinished, this, &BulkOperation::onItemFinished);
    connect(runner, &BulkRunner::progress, this, &BulkOperation::progress);
    connect(runner, &BulkRunner::finished, this, &BulkOperation::onRunnerFinished);
    emit progress(0, int(items.size()), 0);
    runner->start(items);
}

void BulkOperation::onItemFinished(int index, const ApiResult &result)
{
    if (index < 0 || index >= m_items.size())
        return;
    if (m_rereading) {
        onRereadFinished(index, result);
        return;
    }
    const BulkItem &item = m_items.at(index);
    const auto row = m_model->rowFor(item.domain);
    // A read for a row another operation is changing: its state is news, its pending state is not ours.
    const bool othersPending = m_op == Operation::Refresh && row && row->pending;
    if (result.ok()) {
        if (othersPending) {
            // One change for the views: the row never shows as settled before its own answer.
            const QString message = row->lastMessage;
            m_model->beginBatch();
            applySuccess(item, result);
            m_model->setPending(item.domain, true, message);
            m_model->endBatch();
        } else {
            applySuccess(item, result);
        }
        ++m_summary.succeeded;
        return;
    }
    const QString why = result.error.toText();
    if (result.error.kind == ApiError::Kind::Cancelled && m_runner && !m_runner->wasSent(index)) {
        ++m_summary.cancelled;
        if (m_op != Operation::Refresh) {
            const Row before = m_before.value(item.domain);
            m_model->setPending(item.domain, false, before.lastMessage);
        }
        return;
    }
    if (othersPending) {
        m_summary.failed.append({item.domain, why});
        return;
    }
    if (isReadOnly(item.action) || result.error.certainlyNotApplied()) {
        m_model->setError(item.domain, why);
        m_summary.failed.append({item.domain, why});
        return;
    }
    m_model->setPending(item.domain, true,
                        QCoreApplication::translate("Railgun::DomainController", "Checking the outcome…"));
    m_uncertain.insert(item.domain, why);
    m_rereadItems.append(item);
}

void BulkOperation::onRunnerFinished()
{
    if (m_runner)
        m_runner->deleteLater();
    m_runner = nullptr;
    if (!m_rereading && !m_rereadItems.isEmpty()) {
        // Changes whose outcome is uncertain: read what the server has now (even after a cancel).
        m_rereading = true;
        QList<BulkItem> reads;
        for (const BulkItem &item : std::as_const(m_rereadItems))
            reads.append(BulkItem{item.domain, Action::ZoneConnGetActive, {}, false, {}, {}});
        emit statusMessage(QCoreApplication::translate("Railgun::DomainController",
                                                       "Checking %n uncertain result(s) with the server…",
                                                       nullptr, int(reads.size())));
        startRunner(reads);
        return;
    }
    finish();
}

void BulkOperation::onRereadFinished(int index, const ApiResult &result)
{
    const BulkItem item = m_rereadItems.value(index);
    const QString why = m_uncertain.value(item.domain);
    if (!result.ok()) {
        const QString msg = QCoreApplication::translate(
                                "Railgun::DomainController",
                                "Outcome unknown (%1); the state could not be read back: refresh to check.")
                                .arg(why);
        m_model->setUnknown(item.domain, msg);
        m_summary.failed.append({item.domain, msg});
        return;
    }
    m_model->applyConnection(item.domain, result.connection);
    const auto row = m_model->rowFor(item.domain);
    if (row && BulkPlan::reachedTarget(item, *row, *m_railguns)) {
        m_model->applyConnection(
            item.domain, result.connection,
            QCoreApplication::translate("Railgun::DomainController", "Applied (confirmed after: %1)")
                .arg(why));
        ++m_summary.succeeded;
    } else {
        const QString msg = QCoreApplication::translate("Railgun::DomainController", "Failed: %1").arg(why);
        m_model->setError(item.domain, msg);
        m_summary.failed.append({item.domain, msg});
    }
}

void BulkOperation::applySuccess(const BulkItem &item, const ApiResult &result)
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

void BulkOperation::clearPending()
{
    m_model->beginBatch();
    for (const BulkItem &item : std::as_const(m_items)) {
        const auto row = m_model->rowFor(item.domain);
        if (row && row->pending && m_op != Operation::Refresh)
            m_model->setPending(item.domain, false, m_before.value(item.domain).lastMessage);
    }
    m_model->endBatch();
}

QList<BulkItem> BulkOperation::inverseItems() const
{
    QList<BulkItem> inverse;
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
        const auto after = m_model->rowFor(it.key());
        if (!after)
            continue;
        if (const auto item = BulkPlan::inverseOf(it.value(), *after, *m_railguns))
            inverse.append(*item);
    }
    return inverse;
}

} // namespace Railgun
