#pragma once

#include "api/CallRecord.h"
#include "bulk/CallQueue.h"
#include "bulk/CallSink.h"
#include "bulk/RateBudget.h"
#include "session/SessionConfig.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace Railgun {

class ApiReply;
class RailgunApi;

// Everything one account does with the server goes through its session: it owns the account's RailgunApi,
// its one rate budget and its one queue. The app and railgunctl make one per account and destroy it when
// the account changes; nothing that answers after that reaches anybody.
// - at most one call per domain is in flight, so an answer is never overtaken by an older one;
// - calls go out in lane order (CallQueue): what the person just did, then the rows on screen, then the
//   background refresh;
// - every call takes from the budget; a 429 puts the call back where it was and pauses the whole
//   account for Retry-After (paused()); a longer demand holds the account (held()) until resume();
// - reads are retried on transient faults with exponential backoff; changes never are (the caller
//   re-reads what may have been applied).
class AccountSession final : public QObject, public CallSink
{
    Q_OBJECT

public:
    AccountSession(const SessionConfig &config, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~AccountSession() override;

    const SessionConfig &config() const { return m_config; }
    QString accountId() const { return m_config.accountId; }
    // For observation (its callFinished() signal) and for calls outside any queue (none in the product).
    RailgunApi *api() const { return m_api; }
    const RateBudget &budget() const { return m_budget; }

    quint64 newBatch() override { return ++m_batch; }
    CallTicket *submit(const BulkItem &item, Lane lane, quint64 batch) override;
    // One call in a batch of its own.
    CallTicket *submit(const BulkItem &item, Lane lane = Lane::User)
    {
        return submit(item, lane, newBatch());
    }
    // user_get_all or host_get_all, as the account's kind needs.
    BulkItem listRailgunsItem() const;

    // The domains on screen: their queued background reads go first.
    void setVisibleDomains(const QStringList &domains);

    // The account is held after a Retry-After too long to wait out: carry on anyway.
    void resume();
    bool isHeld() const { return m_budget.isHeld(); }
    qint64 pausedSecsLeft() const { return m_budget.pausedSecsLeft(); }
    int inFlightCount() const { return int(m_inFlight.size()); }
    int queuedCount() const { return m_queue.size(); }
    int queuedCount(Lane lane) const { return m_queue.sizeOf(lane); }
    bool isIdle() const { return m_inFlight.isEmpty() && m_queue.isEmpty(); }
    // About how long `requests` more calls take at the account's budget.
    double secondsFor(qint64 requests) const { return m_budget.secondsFor(requests); }
    // Calls sent and 429 answers received, since the session began.
    qint64 sentCount() const { return m_sentCount; }
    qint64 rateLimitedCount() const { return m_rateLimitedCount; }

signals:
    // A 429: nothing starts for `secs` seconds.
    void paused(qint64 secs);
    // A 429 asked for more than RateBudget::kMaxTimedPauseSecs: nothing starts until resume().
    void held(qint64 secs);
    void resumed();
    // Every finished call (secrets removed), for the activity log.
    void callFinished(const Railgun::CallRecord &record);
    // Nothing queued and nothing in flight.
    void idle();

private:
    struct Call
    {
        QPointer<CallTicket> ticket;
        QString key;
        Lane lane = Lane::User;
        quint64 batch = 0;
        quint64 order = 0;
        int attempts = 0;
        qint64 notBeforeMs = 0;
        QPointer<ApiReply> reply;
    };

    static QString keyOf(const BulkItem &item);
    void schedule();
    void scheduleSoon();
    void send(quint64 id);
    void onAnswer(quint64 id, const ApiResult &result);
    void withdraw(quint64 id);
    void finishCall(quint64 id, const ApiResult &result);
    ApiReply *callApi(const BulkItem &item);

    SessionConfig m_config;
    RailgunApi *m_api; // child
    RateBudget m_budget;
    CallQueue m_queue;
    QHash<quint64, Call> m_calls;
    QHash<QString, quint64> m_inFlight; // key -> call (calls without a key use "#<id>")
    QTimer m_wakeUp;
    QElapsedTimer m_clock;
    quint64 m_nextId = 1;
    quint64 m_batch = 0;
    qint64 m_sentCount = 0;
    qint64 m_rateLimitedCount = 0;
    bool m_scheduled = false;
    bool m_destroying = false;
};

} // namespace Railgun
