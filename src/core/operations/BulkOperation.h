#pragma once

#include "api/ApiResult.h"
#include "bulk/BulkItem.h"
#include "bulk/BulkRunner.h"
#include "models/DomainTableModel.h"
#include "operations/Operation.h"
#include "session/AccountSession.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace Railgun {

class BulkPlan;
class BulkRunner;
class RailgunListModel;

// One bulk operation (or refresh) run by DomainController through the account's session: owns its
// BulkRunner, applies each answer to the rows, re-reads changes whose outcome is uncertain and keeps the
// summary. Several run at once (a refresh in the background, the user's actions before it); a read's
// answer never ends another operation's pending state. DomainController keeps the coordination: undo, and
// what happens once finished() is emitted.
class BulkOperation final : public QObject
{
    Q_OBJECT

public:
    using Summary = OperationSummary;

    BulkOperation(Operation op, AccountSession *session, DomainTableModel *domains,
                  RailgunListModel *railguns, QObject *parent = nullptr);
    ~BulkOperation() override;

    // The whole-list refresh goes in the background lane; everything else is what the user just did.
    void setBackground(bool background) { m_background = background; }
    // Items not answered yet (for the refresh's progress and estimate).
    // Items the run sends (the plan less what it skipped), and how many of them are still to finish.
    int planned() const { return summary().total - int(summary().skipped.size()); }
    int remaining() const { return m_runner ? m_runner->total() - m_runner->doneCount() : 0; }

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
    void statusMessage(const QString &text);
    void finished();

private:
    using Row = DomainTableModel::Row;

    void startRunner(const QList<BulkItem> &items);
    void onItemFinished(int index, const ApiResult &result);
    void onRunnerFinished();
    void onRereadFinished(int index, const ApiResult &result);
    void applySuccess(const BulkItem &item, const ApiResult &result);

    Operation m_op;
    QPointer<AccountSession> m_session;
    DomainTableModel *m_model;
    RailgunListModel *m_railguns;
    bool m_background = false;

    QList<BulkItem> m_items;
    QHash<QString, Row> m_before;
    QHash<QString, QString> m_uncertain; // domain -> why the change itself failed
    QList<BulkItem> m_rereadItems;
    QPointer<BulkRunner> m_runner; // child
    Summary m_summary;
    bool m_rereading = false;
    bool m_cancelled = false;
};

} // namespace Railgun
