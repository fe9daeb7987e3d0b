#pragma once

#include "api/ApiResult.h"
#include "bulk/BulkItem.h"
#include "bulk/CallQueue.h"

#include <QObject>

namespace Railgun {

// One submitted call. started() when it goes out (at most once: a call put back after a 429 does not
// start twice in the caller's eyes), finished() exactly once, from the event loop. cancel() before it was
// sent ends it as Cancelled (never sent); a call already sent finishes with the server's answer.
class CallTicket final : public QObject
{
    Q_OBJECT

public:
    explicit CallTicket(const BulkItem &item, QObject *parent = nullptr);

    const BulkItem &item() const { return m_item; }
    bool wasSent() const { return m_sent; }
    bool isFinished() const { return m_finished; }
    bool isCancelRequested() const { return m_cancelRequested; }

    void cancel();

    // For the sink that runs it.
    void markSent();
    // A 429 put it back: the server did not take it, so until it is sent again it counts as not sent.
    void markPutBack() { m_sent = false; }
    void finish(const ApiResult &result);

signals:
    void started();
    void finished(const Railgun::ApiResult &result);
    // Internal: the sink removes a queued call.
    void cancelRequested();

private:
    BulkItem m_item;
    bool m_sent = false;
    bool m_announced = false;
    bool m_finished = false;
    bool m_cancelRequested = false;
};

// Where the bulk engine sends its calls: an account's session, which orders, paces and retries them.
class CallSink
{
public:
    using Lane = CallQueue::Lane;
    virtual ~CallSink() = default;
    // A new batch number: the calls of a newer User batch go before those of older ones.
    virtual quint64 newBatch() = 0;
    // The ticket is owned by the sink (deleted after finished()).
    virtual CallTicket *submit(const BulkItem &item, Lane lane, quint64 batch) = 0;
};

} // namespace Railgun
