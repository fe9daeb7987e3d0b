#include "bulk/BulkRunner.h"

#include "api/ApiReply.h"
#include "api/RailgunApi.h"

#include <QRandomGenerator>

#include <algorithm>
#include <limits>
#include <utility>

namespace Railgun {

BulkRunner::BulkRunner(RailgunApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, &BulkRunner::schedule);
}

BulkRunner::~BulkRunner()
{
    ++m_generation;
    for (const QPointer<ApiReply> &reply : std::as_const(m_inFlight)) {
        if (reply)
            reply->disconnect(this);
    }
}

void BulkRunner::start(const QList<BulkItem> &items)
{
    Q_ASSERT(!m_running);
    ++m_generation;
    m_items = items;
    m_results = QList<ApiResult>(items.size());
    m_attempts = QList<int>(items.size(), 0);
    m_rateLimitWaits = QList<int>(items.size(), 0);
    m_notBefore = QList<qint64>(items.size(), 0);
    m_queue.clear();
    for (int i = 0; i < items.size(); ++i)
        m_queue.push_back(i);
    m_inFlight.clear();
    m_done = 0;
    m_failed = 0;
    m_cancelled = 0;
    m_running = true;
    m_cancelling = false;
    m_pacer.reset();
    emit progress(0, total(), 0);
    // Start from the event loop so callers can connect after start() and never see re-entrant signals.
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation)
            schedule();
    });
}

void BulkRunner::cancel()
{
    if (!m_running || m_cancelling)
        return;
    m_cancelling = true;
    m_wakeUp.stop();
    // Nothing new starts; what never started ends as Cancelled, in-flight calls finish on their own.
    const std::deque<int> pending = std::exchange(m_queue, {});
    for (const int index : pending) {
        ApiResult result;
        result.action = m_items.at(index).action;
        result.domain = m_items.at(index).domain;
        result.error.kind = ApiError::Kind::Cancelled;
        complete(index, result);
    }
    finishIfDone();
}

void BulkRunner::schedule()
{
    if (!m_running || m_cancelling)
        return;
    if (m_queue.empty()) {
        finishIfDone();
        return;
    }
    while (!m_queue.empty() && m_inFlight.size() < m_concurrency) {
        const qint64 wait = m_pacer.msUntilNextStart();
        // The first queued item may be backing off; look for one that may start now.
        const qint64 now = m_pacer.now();
        auto it =
            std::find_if(m_queue.begin(), m_queue.end(), [&](int i) { return m_notBefore.at(i) <= now; });
        if (it == m_queue.end()) {
            qint64 soonest = std::numeric_limits<qint64>::max();
            for (const int i : m_queue)
                soonest = qMin(soonest, m_notBefore.at(i));
            m_wakeUp.start(static_cast<int>(qMax<qint64>(qMax<qint64>(1, soonest - now), wait)));
            return;
        }
        if (wait > 0) {
            m_wakeUp.start(static_cast<int>(wait));
            return;
        }
        const int index = *it;
        m_queue.erase(it);
        startItem(index);
    }
}

void BulkRunner::startItem(int index)
{
    const BulkItem &item = m_items.at(index);
    m_pacer.recordStart();
    ++m_attempts[index];
    ApiReply *reply = m_api->call(item.action, item.domain, item.rtkn, item.flag);
    m_inFlight.insert(index, reply);
    connect(reply, &ApiReply::finished, this,
            [this, index, generation = m_generation](const ApiResult &result) {
                if (generation == m_generation)
                    onReplyFinished(index, result);
            });
    emit itemStarted(index);
}

void BulkRunner::onReplyFinished(int index, const ApiResult &result)
{
    m_inFlight.remove(index);
    const ApiError &error = result.error;
    if (!m_cancelling && error.kind == ApiError::Kind::RateLimited &&
        m_rateLimitWaits.at(index) < m_maxRateLimitWaits) {
        // The server did not process it: wait as told, then try the same item again, first in line.
        const int secs = error.retryAfterSecs >= 0 ? error.retryAfterSecs : 1;
        if (secs <= m_maxRetryAfterSecs) {
            ++m_rateLimitWaits[index];
            --m_attempts[index];
            m_pacer.pauseFor(qMax(1, secs) * 1000);
            m_queue.push_front(index);
            emit rateLimited(secs);
            schedule();
            return;
        }
    }
    if (!m_cancelling && error.isTransient() && error.kind != ApiError::Kind::RateLimited &&
        isReadOnly(result.action) && m_attempts.at(index) <= m_maxRetries) {
        // Exponential backoff with jitter for reads; changes are never repeated blindly.
        const int base = m_backoffBaseMs << qMin(m_attempts.at(index) - 1, 6);
        const int jitter = static_cast<int>(QRandomGenerator::global()->bounded(base / 2 + 1));
        m_notBefore[index] = m_pacer.now() + base + jitter;
        m_queue.push_back(index);
        schedule();
        return;
    }
    complete(index, result);
    schedule();
    finishIfDone();
}

void BulkRunner::complete(int index, const ApiResult &result)
{
    m_results[index] = result;
    ++m_done;
    if (result.error.kind == ApiError::Kind::Cancelled)
        ++m_cancelled;
    else if (!result.ok())
        ++m_failed;
    emit itemFinished(index, result);
    emit progress(m_done, total(), m_failed);
}

void BulkRunner::finishIfDone()
{
    if (!m_running || m_done < total() || !m_inFlight.isEmpty())
        return;
    m_running = false;
    m_wakeUp.stop();
    emit finished();
}

} // namespace Railgun
