#include "RateLimiter.h"

#include <QtGlobal>

namespace Emulator {

RateLimiter::RateLimiter()
{
    m_clock.start();
}

void RateLimiter::configure(int limit, int windowMs)
{
    if (limit == m_limit && windowMs == m_windowMs)
        return;
    m_limit = limit;
    m_windowMs = qMax(1, windowMs);
    m_windowStart = -1;
    m_count = 0;
}

RateLimiter::Verdict RateLimiter::admit()
{
    Verdict v;
    v.limit = m_limit;
    if (m_limit <= 0)
        return v;
    const qint64 now = m_clock.elapsed();
    if (m_windowStart < 0 || now - m_windowStart >= m_windowMs) {
        m_windowStart = now;
        m_count = 0;
    }
    const qint64 left = m_windowStart + m_windowMs - now;
    v.resetSeconds = int(qMax<qint64>(1, (left + 999) / 1000));
    if (m_count >= m_limit) {
        v.allowed = false;
        v.remaining = 0;
        return v;
    }
    ++m_count;
    v.remaining = m_limit - m_count;
    return v;
}

} // namespace Emulator
