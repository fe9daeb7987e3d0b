#pragma once

#include <QElapsedTimer>

namespace Emulator {

// A fixed-window request limit: at most `limit` API requests per window; the rest get HTTP 429.
class RateLimiter final
{
public:
    struct Verdict
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        int resetSeconds = 0; // whole seconds until the window ends, at least 1
    };

    RateLimiter();
    // Changing the limit or the window starts a new window.
    void configure(int limit, int windowMs);
    bool isActive() const { return m_limit > 0; }
    // Counts one request (when allowed) and says whether it may pass.
    Verdict admit();

private:
    QElapsedTimer m_clock;
    qint64 m_windowStart = -1;
    int m_count = 0;
    int m_limit = 0;
    int m_windowMs = 1000;
};

} // namespace Emulator
