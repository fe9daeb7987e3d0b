#pragma once

#include "api/ApiResult.h"
#include "models/DomainTableModel.h"
#include "operations/BulkPlan.h"
#include "operations/Operation.h"
#include "operations/SessionLink.h"
#include "session/AccountSession.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <functional>
#include <memory>

namespace Railgun {

class BulkOperation;
class CallTicket;
class RailgunController;
class RailgunListModel;

// Applies the server's answers to the domain and Railgun models: the only code that changes a row's state.
// Every call goes through the account's session (AccountSession), which orders and paces them.
// - a single toggle goes out before anything queued, marks the row pending, then shows what the server said;
// - bulk operations (planned by BulkPlan) are run by a BulkOperation, skip rows already in the target
//   state or pending in another operation, and report a summary; several run at once, and alongside the
//   background refresh, which simply continues afterwards;
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

    // The account's session (not owned); nullptr when no account is usable. Everything of the previous
    // session is dropped without a word: no summary, no answer reaches the new account's rows.
    void setSession(AccountSession *session);
    AccountSession *session() const { return m_link.session(); }

    // A bulk operation is running (the background refresh and single toggles do not count).
    bool isBusy() const { return !m_ops.isEmpty(); }
    // The most recent running bulk operation.
    Operation currentOperation() const;
    bool isRefreshing() const { return m_refresh != nullptr; }
    // Re-reads every domain `secs` after the last refresh ended (0: never). The timer starts now.
    void setRecheckInterval(int secs);

    // The Railgun list, then every domain in the background (the rows on screen first, see
    // AccountSession::setVisibleDomains). Does nothing but say so while a refresh runs.
    void refresh();
    // Only these domains, as an operation of the user's (added domains, restored rows, ...).
    void refreshDomains(const QStringList &domains);
    void refreshRailguns();
    // Stops the background refresh (the Railgun list included); reads already sent finish.
    void cancelRefresh();
    // Reads the refresh has left, and about how long they take at the account's budget.
    int refreshRemaining() const;
    double refreshSecondsLeft() const;

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

    bool canUndo() const { return m_undo.has_value(); }
    QString undoDescription() const;
    bool undo();
    // Cancels every bulk operation (not the refresh: cancelRefresh()).
    void cancel();

    // Railguns (done by RailgunController; its signals come out of this object).
    void createRailgun(const QString &name, const QString &pubname);
    void deleteRailgun(const QString &railgunId);
    // Listed domains bound to this Railgun.
    int domainCountFor(const QString &railgunId) const;

    static QString operationName(Operation op) { return Operations::name(op); }

signals:
    void busyChanged(bool busy);
    // The bulk operations' progress, summed over those running.
    void progress(int done, int total, int failed);
    void refreshingChanged(bool refreshing);
    void refreshProgress(int done, int total, int failed);
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
    void onOperationFinished(BulkOperation *op);
    void onRefreshFinished();
    void emitProgress();
    void setUndo(std::optional<UndoEntry> entry);
    void finishToggle(const BulkItem &item, const Row &before, const ApiResult &result);
    void updateCounts();

    DomainTableModel *m_model;
    RailgunListModel *m_railguns;
    RailgunController *m_railgunOps;    // child
    SessionLink m_link;                 // the account session, and the guard against its late answers
    QList<BulkOperation *> m_ops;       // children; the running bulk operations, oldest first
    BulkOperation *m_refresh = nullptr; // child; the background refresh
    QPointer<CallTicket> m_listTicket;  // refresh(): the Railgun list, read before the domains
    std::optional<UndoEntry> m_undo;
    QTimer m_countsTimer;
    QTimer m_recheckTimer; // the periodic re-check, when the account asks for one
    int m_recheckSecs = 0;
};

} // namespace Railgun
