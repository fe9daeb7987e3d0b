#pragma once

#include <QElapsedTimer>

namespace Railgun {

// Spaces request starts at most `rate` per second and holds every start while the server said to wait.
// Pure bookkeeping on a monotonic clock: the caller asks how long to wait and schedules its own timer.
class RequestPacer final
{
public:
    RequestPacer();

    void setRate(double perSecond) { m_intervalMs = perSecond > 0 ? 1000.0 / perSecond : 0.0; }
    double intervalMs() const { return m_intervalMs; }
    // Milliseconds until a request may start (0 = now).
    qint64 msUntilNextStart() const;
    // Records a start now.
    void recordStart();
    // The server asked to wait `ms` from now before anything starts again.
    void pauseFor(qint64 ms);
    qint64 now() const { return m_clock.elapsed(); }
    void reset();

private:
    QElapsedTimer m_clock;
    double m_intervalMs = 0.0;
    double m_nextStartMs = 0.0;
    qint64 m_pausedUntilMs = 0;
};

} // namespace Railgun
