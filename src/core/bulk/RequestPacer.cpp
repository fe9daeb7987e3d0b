#include "bulk/RequestPacer.h"

#include <QtGlobal>
#include <cmath>

namespace Railgun {

RequestPacer::RequestPacer()
{
    m_clock.start();
}

qint64 RequestPacer::msUntilNextStart() const
{
    const qint64 t = m_clock.elapsed();
    const qint64 paced = static_cast<qint64>(std::ceil(m_nextStartMs)) - t;
    const qint64 paused = m_pausedUntilMs - t;
    return qMax<qint64>(0, qMax(paced, paused));
}

void RequestPacer::recordStart()
{
    if (m_intervalMs <= 0)
        return;
    const double t = static_cast<double>(m_clock.elapsed());
    // No bursts after an idle period: the next slot is one interval after this start at the earliest.
    m_nextStartMs = qMax(m_nextStartMs, t) + m_intervalMs;
}

void RequestPacer::pauseFor(qint64 ms)
{
    m_pausedUntilMs = qMax(m_pausedUntilMs, m_clock.elapsed() + ms);
}

void RequestPacer::reset()
{
    m_clock.restart();
    m_nextStartMs = 0;
    m_pausedUntilMs = 0;
}

} // namespace Railgun
