#pragma once

#include "api/ApiResult.h"
#include "bulk/BulkItem.h"
#include "bulk/CallSink.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Railgun {

// Runs one list of items through an account's CallSink (its session) as one batch and reports each item
// once. The sink orders, paces, retries reads and waits out 429s; the runner keeps the list:
// - cancel(): items not sent yet end as Cancelled (never sent, whatever happened to them before, a 429
//   included), items already sent finish with the server's answer;
// - every item ends exactly once in itemFinished(); progress() counts failures without cancellations.
class BulkRunner final : public QObject
{
    Q_OBJECT

public:
    using Lane = CallSink::Lane;

    explicit BulkRunner(CallSink *sink, QObject *parent = nullptr);
    ~BulkRunner() override;

    // The lane the items go in (User by default).
    void setLane(Lane lane) { m_lane = lane; }

    void start(const QList<BulkItem> &items);
    void cancel();

    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_cancelling; }
    int total() const { return int(m_items.size()); }
    int doneCount() const { return m_done; }
    // Failed with an error (not counting items cancelled before they were sent).
    int failedCount() const { return m_failed; }
    int cancelledCount() const { return m_cancelled; }
    int sentCount() const { return m_sent; }
    const QList<BulkItem> &items() const { return m_items; }
    // The final result of each item (by index); valid once the item finished.
    const QList<ApiResult> &results() const { return m_results; }
    // Whether the item reached the server (false for items cancelled before or put back after a 429).
    bool wasSent(int index) const { return m_sentAtEnd.value(index); }

signals:
    void itemStarted(int index);
    void itemFinished(int index, const Railgun::ApiResult &result);
    void progress(int done, int total, int failed);
    void finished();

private:
    void onFinished(int index, const ApiResult &result, bool sent);

    CallSink *m_sink;
    Lane m_lane = Lane::User;
    QList<BulkItem> m_items;
    QList<ApiResult> m_results;
    QList<bool> m_sentAtEnd;
    QList<QPointer<CallTicket>> m_tickets;
    int m_done = 0;
    int m_failed = 0;
    int m_cancelled = 0;
    int m_sent = 0;
    bool m_running = false;
    bool m_cancelling = false;
};

} // namespace Railgun
