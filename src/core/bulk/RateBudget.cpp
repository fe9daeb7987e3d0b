#include "bulk/RateBudget.h"

#include <cmath>

namespace Railgun {

RateBudget::RateBudget()
    : RateBudget(Limit{})
{}

RateBudget::RateBudget(Limit limit)
{
    m_clock.start();
    setLimit(limit);
    m_tokens = m_burst;
}

void RateBudget::setLimit(Limit limit)
{
    limit.requests = qMax(0, limit.requests);
    limit.windowSecs = qMax(1, limit.windowSecs);
    m_limit = limit;
    if (!isLimited()) {
        m_burst = 1;
        m_rate = 0;
        return;
    }
    const int margin = limit.requests / 100;
    m_burst = qMax(1, limit.requests / 100);
    const int sustained = qMax(1, limit.requests - m_burst - margin);
    m_rate = double(sustained) / limit.windowSecs;
    m_tokens = qMin(m_tokens, double(m_burst));
}

void RateBudget::refill()
{
    const qint64 t = now();
    if (t > m_lastRefillMs) {
        m_tokens = qMin(double(m_burst), m_tokens + (t - m_lastRefillMs) * m_rate / 1000.0);
        m_lastRefillMs = t;
    }
}

qint64 RateBudget::msUntilNext()
{
    if (m_held)
        return -1;
    const qint64 t = now();
    if (m_pausedUntilMs > t)
        return m_pausedUntilMs - t;
    if (!isLimited())
        return 0;
    refill();
    if (m_tokens >= 1.0)
        return 0;
    return qMax<qint64>(1, qint64(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate)));
}

void RateBudget::take()
{
    if (!isLimited())
        return;
    refill();
    m_tokens -= 1.0;
}

void RateBudget::observe(const RateLimitInfo &info, int inFlight)
{
    if (info.limit > 0 && (!isLimited() || info.limit < m_limit.requests)) {
        Limit tighter = m_limit;
        tighter.requests = int(qMin<qint64>(info.limit, 1 << 30));
        if (!isLimited() && info.resetSecs > 0)
            tighter.windowSecs = int(qMin<qint64>(info.resetSecs, 24 * 3600));
        setLimit(tighter);
    }
    if (info.remaining < 0 || !isLimited())
        return;
    // What is left at the server, less the calls already on their way, is all we may still send.
    refill();
    const double left = double(info.remaining - inFlight);
    if (left < m_tokens)
        m_tokens = left;
    if (left <= 0 && info.resetSecs > 0)
        m_pausedUntilMs = qMax(m_pausedUntilMs, now() + qMin(info.resetSecs, kMaxTimedPauseSecs) * 1000);
}

bool RateBudget::pauseFor(qint64 secs)
{
    if (secs < 0)
        secs = kUnspecifiedWaitSecs;
    if (secs > kMaxTimedPauseSecs) {
        m_held = true;
        return false;
    }
    m_pausedUntilMs = qMax(m_pausedUntilMs, now() + qMax<qint64>(1, secs) * 1000);
    // After a 429 the bucket starts empty: the server counted more than we thought.
    refill();
    m_tokens = qMin(m_tokens, 0.0);
    return true;
}

void RateBudget::resume()
{
    m_held = false;
    m_pausedUntilMs = 0;
}

qint64 RateBudget::pausedSecsLeft() const
{
    const qint64 left = m_pausedUntilMs - now();
    return left > 0 ? (left + 999) / 1000 : 0;
}

double RateBudget::secondsFor(qint64 requests) const
{
    if (!isLimited() || requests <= 0)
        return 0;
    return qMax(0.0, (requests - m_tokens)) / m_rate;
}

} // namespace Railgun
