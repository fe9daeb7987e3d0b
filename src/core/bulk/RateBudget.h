#pragma once

#include "api/ApiResult.h"

#include <QElapsedTimer>

namespace Railgun {

// One account's request budget: a token bucket every call of the account takes from.
// A limit of L requests per W seconds (Cloudflare documented 1,200 per 5 minutes) gives a burst of L/100
// (at least 1) and a sustained rate that keeps burst + rate × W a margin of L/100 below L, so a full
// window never reaches the limit even when it starts with a full bucket. The server's own
// x-ratelimit-* headers tighten it (never loosen it), and a 429's Retry-After pauses it: a pause up to
// kMaxTimedPauseSecs is waited out, anything longer holds the account until resume().
class RateBudget final
{
public:
    struct Limit
    {
        int requests = 1200; // 0: no client-side limit (the server's 429s are still obeyed)
        int windowSecs = 300;
    };
    static constexpr qint64 kMaxTimedPauseSecs = 600;
    // A 429 without a usable Retry-After waits this long.
    static constexpr qint64 kUnspecifiedWaitSecs = 60;

    RateBudget();
    explicit RateBudget(Limit limit);

    void setLimit(Limit limit);
    Limit limit() const { return m_limit; }
    bool isLimited() const { return m_limit.requests > 0; }
    int burst() const { return m_burst; }
    double ratePerSecond() const { return m_rate; }

    // Milliseconds until the next call may start (0: now). A held budget answers -1.
    qint64 msUntilNext();
    // Takes one token (call when msUntilNext() is 0).
    void take();
    // What an answer said of the server's limit, with `inFlight` calls still on their way.
    void observe(const RateLimitInfo &info, int inFlight);

    // A 429: pause every start for `secs` (negative: the server did not say). Returns true when the pause
    // is timed, false when it is too long to wait out and holds the account until resume().
    bool pauseFor(qint64 secs);
    void resume();
    bool isHeld() const { return m_held; }
    // Seconds of the current timed pause still to wait (0: none).
    qint64 pausedSecsLeft() const;

    // About how long `requests` more calls take at this budget (seconds; 0 when unlimited).
    double secondsFor(qint64 requests) const;

private:
    void refill();
    qint64 now() const { return m_clock.elapsed(); }

    Limit m_limit;
    int m_burst = 1;
    double m_rate = 0; // tokens per second
    double m_tokens = 0;
    qint64 m_lastRefillMs = 0;
    qint64 m_pausedUntilMs = 0;
    bool m_held = false;
    QElapsedTimer m_clock;
};

} // namespace Railgun
