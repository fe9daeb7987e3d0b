#pragma once

#include "api/ApiResult.h"
#include "bulk/BulkItem.h"
#include "models/DomainTableModel.h"
#include "operations/Operation.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace Railgun {

class BulkPlan;
class BulkRunner;
class RailgunApi;
class RailgunListModel;

// One bulk operation (or refresh) run by DomainController: owns its BulkRunner, applies each answer to
// the rows, re-reads changes whose outcome is uncertain and keeps the summary. DomainController keeps
// the coordination: when a run may start, undo, and what happens once finished() is emitted.
class BulkOperation final : public QObject
{
    Q_OBJECT

public:
    using Summary = OperationSummary;

    BulkOperation(Operation op, RailgunApi *api, DomainTableModel *domains, RailgunListModel *railguns,
                  QObject *parent = nullptr);
    ~BulkOperation() override;

    void setConcurrency(int n) { m_concurrency = n; }
    void setRequestsPerSecond(double rate) { m_requestsPerSecond = rate; }
    void setRetryBackoffMs(int ms) { m_backoffMs = ms; }

    Operation operation() const { return m_op; }
    const Summary &summary() const { return m_summary; }
    bool isCancelled() const { return m_cancelled; }

    // Marks the planned rows pending (refresh excepted) and runs them; finished() may come at once.
    void start(const BulkPlan &plan);
    // Reads every given domain (the whole-list refresh, once the Railguns are listed).
    void startReads(const QList<BulkItem> &items);
    void cancel();
    void finish();
    // The account changed: answers still coming must not reach the rows.
    void abandon();

    // After finished(): rows still pending (cancelled before an answer, or never reached) go back to
    // their confirmed state.
    void clearPending();
    // After finished(): the calls that undo what this run changed.
    QList<BulkItem> inverseItems() const;

signals:
    void progress(int done, int total, int failed);
    void rateLimited(int seconds);
    void statusMessage(const QString &text);
    void finished();

private:
    using Row = DomainTableModel::Row;

    void startRunner(const QList<BulkItem> &items);
    void onItemStarted(int index);
    void onItemFinished(int index, const ApiResult &result);
    void onRunnerFinished();
    void onRereadFinished(int index, const ApiResult &result);
    void applySuccess(const BulkItem &item, const ApiResult &result);

    Operation m_op;
    QPointer<RailgunApi> m_api;
    DomainTableModel *m_model;
    RailgunListModel *m_railguns;
    int m_concurrency = 4;
    double m_requestsPerSecond = 4.0;
    int m_backoffMs = 250;

    QList<BulkItem> m_items;
    QHash<QString, Row> m_before;
    QSet<int> m_started;
    QHash<QString, QString> m_uncertain; // domain -> why the change itself failed
    QList<BulkItem> m_rereadItems;
    QPointer<BulkRunner> m_runner; // child
    Summary m_summary;
    bool m_rereading = false;
    bool m_cancelled = false;
};

} // namespace Railgun
