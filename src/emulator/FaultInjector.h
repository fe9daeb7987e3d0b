#pragma once

#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace Emulator {

// Fault and pacing knobs of the emulator. The same names work on the command line (`--name value`)
// and as form fields of POST /_emulator/faults (`reset=1` first restores the defaults):
//
//   latency_ms, jitter_ms   delay of every API answer (uniform jitter of +-jitter_ms)
//   fail_rate (0..1)        chance that a matching API request fails with fail_kind
//   fail_kind               see the table below (default http500)
//   fail_actions            comma-separated action names (user_lookup included); empty = every action
//   fail_next=N             the next N matching API requests fail with fail_kind, whatever the rate
//   slow_ms                 how long a `slow` body takes to dribble out (default 3000)
//   rate_limit=N            more than N API requests per window and account -> HTTP 429 (0 = off)
//   rate_window_ms          the rate limit window (default 1000)
//   redirect_to             origin (scheme://host:port) the redirect_other_host kind points at
//                           (default http://127.0.0.1:9)
//   seed                    seeds the generator of fail_rate and jitter (default 1): same seed and the
//                           same requests in the same order = the same faults
//
// fail_kind      | applied to the state? | what the client sees
// ---------------+-----------------------+------------------------------------------------------------
// http500        | no                    | HTTP 500, text/html body like an nginx error page
// http502        | no                    | HTTP 502, text/html
// http503        | no                    | HTTP 503, text/html
// reset_before   | no                    | the socket is reset without any answer
// hang           | no                    | no answer; the socket stays open until the client gives up
// api_error      | no                    | 200, error envelope, err_code "E_INTERNAL", msg "Injected failure"
// api_error_int  | no                    | 200, error envelope with err_code 103 (an integer)
// api_error_nomsg| no                    | 200, {"result":"error","response":null} only
// rate_limited   | no                    | 429, JSON error body, Retry-After: 1
// malformed      | YES                   | 200, application/json, a body that is not JSON
// truncated      | YES                   | 200, Content-Length of the full body, half of it, then close
// reset          | YES                   | headers and part of the body, then the socket is reset
// slow           | YES                   | the full correct body, dribbled in small chunks over slow_ms
// wrong_type     | YES                   | the correct JSON body with Content-Type text/html
// big_body       | YES                   | 200, application/json, a ~2 MB body (valid success JSON)
// redirect_other_host | no               | 302 to redirect_to + the same path (another host or port)
// redirect_http  | no                    | 302 to http:// on the same host and port (a downgrade under TLS)
//
// "Applied" means the action changed the state (GET /_emulator/state shows it) although the client
// could not read a good answer: a client must re-check before it retries a write.
class FaultInjector final
{
public:
    enum class Kind
    {
        None,
        Http500,
        Http502,
        Http503,
        ResetBefore,
        Hang,
        ApiError,
        ApiErrorInt,
        ApiErrorNoMsg,
        RateLimited,
        Malformed,
        Truncated,
        Reset,
        Slow,
        WrongType,
        BigBody,
        RedirectOtherHost,
        RedirectHttp,
    };

    FaultInjector();

    static const QStringList &knobNames();
    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name); // None if unknown
    static bool isApplied(Kind kind);

    void reset();
    bool set(const QString &name, const QString &value, QString *error);
    QJsonObject toJson() const;

    // Decides the fault of one API request (consumes fail_next, rolls fail_rate).
    Kind decide(const QString &action);
    // Latency of one answer, with jitter.
    int delayMs();

    int slowMs() const { return m_slowMs; }
    int rateLimit() const { return m_rateLimit; }
    int rateWindowMs() const { return m_rateWindowMs; }
    QString redirectTo() const { return m_redirectTo; }
    // The Retry-After of an injected rate_limited answer.
    QByteArray retryAfter() const { return m_retryAfter; }

private:
    bool matches(const QString &action) const;

    int m_latencyMs = 0;
    int m_jitterMs = 0;
    double m_failRate = 0.0;
    Kind m_failKind = Kind::Http500;
    QStringList m_failActions;
    int m_failNext = 0;
    int m_slowMs = 3000;
    int m_rateLimit = 0;
    int m_rateWindowMs = 1000;
    QString m_redirectTo;
    QByteArray m_retryAfter;
    quint32 m_seed = 1;
    QRandomGenerator m_random{1};
};

} // namespace Emulator
