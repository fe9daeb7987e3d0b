#pragma once

#include "api/ApiResult.h"
#include "bulk/BulkItem.h"
#include "bulk/RequestPacer.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <deque>

namespace Railgun {

class ApiReply;
class RailgunApi;

// Runs one list of items through the API with bounded concurrency and request pacing.
// - a 429 pauses every start for the server's Retry-After and re-queues the item (it does not fail);
// - read-only actions are retried on transient faults with exponential backoff; changes are not
//   (the server may have applied them: the caller re-reads instead);
// - cancel(): nothing new starts, in-flight calls finish and are reported, the rest end as Cancelled.
// Every item ends exactly once in itemFinished(); progress() counts failures without cancellations.
class BulkRunner final : public QObject
{
    Q_OBJECT

public:
    explicit BulkRunner(RailgunApi *api, QObject *parent = nullptr);
    ~BulkRunner() override;

    void setConcurrency(int n) { m_concurrency = qMax(1, n); }
    int concurrency() const { return m_concurrency; }
    // Requests started per second at most; 0 = no pacing.
    void setRequestsPerSecond(double rate) { m_pacer.setRate(rate); }
    void setMaxRetries(int n) { m_maxRetries = qMax(0, n); }
    void setBackoffBaseMs(int ms) { m_backoffBaseMs = qMax(1, ms); }
    // How many 429 answers one item may get before it fails after all.
    void setMaxRateLimitWaits(int n) { m_maxRateLimitWaits = qMax(1, n); }
    // Waits longer than this (seconds) fail the item instead of holding the run.
    void setMaxRetryAfterSecs(int secs) { m_maxRetryAfterSecs = qMax(1, secs); }

    void start(const QList<BulkItem> &items);
    void cancel();

    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_cancelling; }
    int total() const { return m_items.size(); }
    int doneCount() const { return m_done; }
    // Failed with an error (not counting items cancelled before they started).
    int failedCount() const { return m_failed; }
    int cancelledCount() const { return m_cancelled; }
    int inFlightCount() const { return m_inFlight.size(); }
    const QList<BulkItem> &items() const { return m_items; }
    // The final result of each item (by index); valid once the item finished.
    const QList<ApiResult> &results() const { return m_results; }

signals:
    void itemStarted(int index);
    void itemFinished(int index, const Railgun::ApiResult &result);
    void progress(int done, int total, int failed);
    // The server asked to slow down; starts are paused for `seconds`.
    void rateLimited(int seconds);
    void finished();

private:
    void schedule();
    void startItem(int index);
    void onReplyFinished(int index, const ApiResult &result);
    void complete(int index, const ApiResult &result);
    void finishIfDone();

    RailgunApi *m_api;
    RequestPacer m_pacer;
    QTimer m_wakeUp;
    int m_concurrency = 4;
    int m_maxRetries = 3;
    int m_backoffBaseMs = 250;
    int m_maxRateLimitWaits = 50;
    int m_maxRetryAfterSecs = 600;

    QList<BulkItem> m_items;
    QList<ApiResult> m_results;
    QList<int> m_attempts;
    QList<int> m_rateLimitWaits;
    QList<qint64> m_notBefore; // per item: earliest start (backoff), ms since the run began
    std::deque<int> m_queue;
    QHash<int, QPointer<ApiReply>> m_inFlight;
    int m_done = 0;
    int m_failed = 0;
    int m_cancelled = 0;
    bool m_running = false;
    bool m_cancelling = false;
    quint64 m_generation = 0;
};

} // namespace Railgun
