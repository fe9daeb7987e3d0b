#pragma once

#include "api/RailgunApi.h"
#include "models/DomainTableModel.h"
#include "operations/BulkPlan.h"
#include "operations/Operation.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <memory>

namespace Railgun {

class BulkOperation;
class RailgunApi;
class RailgunController;
class RailgunListModel;

// Applies the server's answers to the domain and Railgun models: the only code that changes a row's state.
// - a single toggle sends its call at once, marks the row pending, then shows what the server said;
// - bulk operations (planned by BulkPlan) are run by a BulkOperation, skip rows already in the target
//   state and report a summary;
// - a failed change whose outcome is uncertain (transport error, timeout, malformed body, 5xx) is
//   re-read with zone_conn_get_active: the table never shows a state the server did not confirm;
// - the last action can be undone: the inverse calls for exactly the rows that changed.
class DomainController final : public QObject
{
    Q_OBJECT

public:
    using Operation = Railgun::Operation;
    using Outcome = DomainReason;
    using Summary = OperationSummary;

    DomainController(DomainTableModel *domains, RailgunListModel *railguns, QObject *parent = nullptr);
    ~DomainController() override;

    DomainTableModel *domainModel() const { return m_model; }
    RailgunListModel *railgunModel() const { return m_railguns; }

    // The account's API service (not owned); nullptr when no account is usable. Cancels a running job.
    void setApi(RailgunApi *api);
    RailgunApi *api() const { return m_api; }
    void setConcurrency(int n) { m_concurrency = qMax(1, n); }
    void setRequestsPerSecond(double rate) { m_requestsPerSecond = rate; }
    void setRetryBackoffMs(int ms) { m_backoffMs = qMax(1, ms); }

    // A refresh or bulk operation is running (single toggles do not count).
    bool isBusy() const { return m_op != nullptr; }
    Operation currentOperation() const;

    void refresh();                                  // the Railgun list, then every domain
    void refreshDomains(const QStringList &domains); // only these domains
    void refreshRailguns();

    // Single row, from the table's toggle. Returns false (and says why) when nothing was sent.
    bool toggleEnabled(const QString &domain);
    bool setEnabled(const QString &domain, bool enabled);

    // Bulk operations on the given domains; return false when nothing could start.
    bool enable(const QStringList &domains);
    bool disable(const QStringList &domains);
    bool connectTo(const QStringList &domains, const QString &railgunId, bool enableNow);
    bool disconnect(const QStringList &domains);
    // Local only (the API has no list of domains): removes rows; undoable.
    int removeFromList(const QStringList &domains);
    // Adds domains (already normalised) and reads their state; returns how many were new.
    int addDomains(const QStringList &domains);

    bool canUndo() const { return m_undo.has_value() && !m_op; }
    QString undoDescription() const;
    bool undo();
    void cancel();

    // Railguns (done by RailgunController; its signals come out of this object).
    void createRailgun(const QString &name, const QString &pubname);
    void deleteRailgun(const QString &railgunId);
    // Listed domains bound to this Railgun.
    int domainCountFor(const QString &railgunId) const;

    static QString operationName(Operation op) { return Operations::name(op); }

signals:
    void busyChanged(bool busy);
    void progress(int done, int total, int failed);
    void rateLimited(int seconds);
    void statusMessage(const QString &text);
    void runFinished(const Railgun::OperationSummary &summary);
    void undoAvailableChanged(bool available);
    void railgunsChanged();
    void railgunCreated(const Railgun::InitResult &result);
    void railgunDeleted(const QString &railgunId);
    void railgunOperationFailed(const QString &message);
    // A single toggle ended (ok: the requested state is confirmed).
    void toggleFinished(const QString &domain, bool ok, const QString &message);

private:
    struct UndoEntry
    {
        QString description;
        QList<BulkItem> items;
        QList<DomainTableModel::Row> removedRows;
    };
    using Row = DomainTableModel::Row;

    // Enable or disable: the shared body of enable() and disable().
    bool setEnabledOf(const QStringList &domains, bool enabled);
    bool startRun(Operation op, const BulkPlan &plan);
    BulkOperation *makeOperation(Operation op);
    void onOperationFinished();
    void setUndo(std::optional<UndoEntry> entry);
    void rereadOne(const QString &domain, int attempt, std::function<void(const ApiResult &)> done);
    void updateCounts();
    void runQueuedReads();

    DomainTableModel *m_model;
    RailgunListModel *m_railguns;
    RailgunController *m_railgunOps; // child
    QPointer<RailgunApi> m_api;
    int m_concurrency = 4;
    double m_requestsPerSecond = 4.0;
    int m_backoffMs = 250;
    BulkOperation *m_op = nullptr;  // child; the running refresh or bulk operation
    QPointer<ApiReply> m_listReply; // refresh(): the Railgun list, read before the domains
    std::optional<UndoEntry> m_undo;
    QStringList m_queuedReads;
    quint64 m_apiGeneration = 0;
};

} // namespace Railgun
