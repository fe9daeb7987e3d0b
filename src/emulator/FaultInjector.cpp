#include "FaultInjector.h"

#include <algorithm>

#include <QJsonArray>
#include <QUrl>

#include <array>
#include <utility>

namespace Emulator {

namespace {
constexpr std::array<std::pair<FaultInjector::Kind, const char *>, 17> kKinds{{
    {FaultInjector::Kind::Http500, "http500"},
    {FaultInjector::Kind::Http502, "http502"},
    {FaultInjector::Kind::Http503, "http503"},
    {FaultInjector::Kind::ResetBefore, "reset_before"},
    {FaultInjector::Kind::Hang, "hang"},
    {FaultInjector::Kind::ApiError, "api_error"},
    {FaultInjector::Kind::ApiErrorInt, "api_error_int"},
    {FaultInjector::Kind::ApiErrorNoMsg, "api_error_nomsg"},
    {FaultInjector::Kind::RateLimited, "rate_limited"},
    {FaultInjector::Kind::Malformed, "malformed"},
    {FaultInjector::Kind::Truncated, "truncated"},
    {FaultInjector::Kind::Reset, "reset"},
    {FaultInjector::Kind::Slow, "slow"},
    {FaultInjector::Kind::WrongType, "wrong_type"},
    {FaultInjector::Kind::BigBody, "big_body"},
    {FaultInjector::Kind::RedirectOtherHost, "redirect_other_host"},
    {FaultInjector::Kind::RedirectHttp, "redirect_http"},
}};

bool toInt(const QString &value, int min, int max, int *out)
{
    bool ok = false;
    const int v = value.trimmed().toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}
} // namespace

FaultInjector::FaultInjector()
{
    reset();
}

const QStringList &FaultInjector::knobNames()
{
    static const QStringList names{
        QStringLiteral("latency_ms"), QStringLiteral("jitter_ms"),    QStringLiteral("fail_rate"),
        QStringLiteral("fail_kind"),  QStringLiteral("fail_actions"), QStringLiteral("fail_next"),
        QStringLiteral("slow_ms"),    QStringLiteral("rate_limit"),   QStringLiteral("rate_window_ms"),
        QStringLiteral("seed"),       QStringLiteral("redirect_to"),  QStringLiteral("retry_after")};
    return names;
}

QString FaultInjector::kindName(Kind kind)
{
    for (const auto &[k, name] : kKinds) {
        if (k == kind)
            return QLatin1String(name);
    }
    return QStringLiteral("none");
}

FaultInjector::Kind FaultInjector::kindFromName(const QString &name)
{
    for (const auto &[k, n] : kKinds) {
        if (name == QLatin1String(n))
            return k;
    }
    return Kind::None;
}

bool FaultInjector::isApplied(Kind kind)
{
    switch (kind) {
    case Kind::Malformed:
    case Kind::Truncated:
    case Kind::Reset:
    case Kind::Slow:
    case Kind::WrongType:
    case Kind::BigBody:
    case Kind::None:
        return true;
    default:
        return false;
    }
}

void FaultInjector::reset()
{
    m_latencyMs = 0;
    m_jitterMs = 0;
    m_failRate = 0.0;
    m_failKind = Kind::Http500;
    m_failActions.clear();
    m_failNext = 0;
    m_slowMs = 3000;
    m_rateLimit = 0;
    m_rateWindowMs = 1000;
    m_redirectTo = QStringLiteral("http://127.0.0.1:9");
    m_retryAfter = QByteArrayLiteral("1");
    m_seed = 1;
    m_random.seed(m_seed);
}

bool FaultInjector::set(const QString &name, const QString &value, QString *error)
{
    const auto bad = [&](const char *what) {
        *error = QStringLiteral("%1: %2").arg(name, QLatin1String(what));
        return false;
    };
    constexpr int kMax = 24 * 3600 * 1000;
    if (name == QLatin1String("latency_ms"))
        return toInt(value, 0, kMax, &m_latencyMs) || bad("expected milliseconds >= 0");
    if (name == QLatin1String("jitter_ms"))
        return toInt(value, 0, kMax, &m_jitterMs) || bad("expected milliseconds >= 0");
    if (name == QLatin1String("slow_ms"))
        return toInt(value, 0, kMax, &m_slowMs) || bad("expected milliseconds >= 0");
    if (name == QLatin1String("fail_next"))
        return toInt(value, 0, 1000000000, &m_failNext) || bad("expected a count >= 0");
    if (name == QLatin1String("rate_limit"))
        return toInt(value, 0, 1000000000, &m_rateLimit) || bad("expected a count >= 0 (0 = off)");
    if (name == QLatin1String("rate_window_ms"))
        return toInt(value, 1, kMax, &m_rateWindowMs) || bad("expected milliseconds >= 1");
    if (name == QLatin1String("fail_rate")) {
        bool ok = false;
        const double rate = value.trimmed().toDouble(&ok);
        if (!ok || rate < 0.0 || rate > 1.0)
            return bad("expected a number from 0 to 1");
        m_failRate = rate;
        return true;
    }
    if (name == QLatin1String("fail_kind")) {
        const Kind kind = kindFromName(value.trimmed());
        if (kind == Kind::None)
            return bad("unknown fault kind");
        m_failKind = kind;
        return true;
    }
    if (name == QLatin1String("retry_after")) {
        // Sent verbatim with an injected 429: seconds, an HTTP date, or any nonsense a server may send.
        const QByteArray v = value.toLatin1();
        if (v.size() > 100 || std::any_of(v.begin(), v.end(), [](char c) { return c < 0x20 || c > 0x7e; }))
            return bad("expected up to 100 printable ASCII characters");
        m_retryAfter = v;
        return true;
    }
    if (name == QLatin1String("fail_actions")) {
        m_failActions.clear();
        for (const QString &a : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            m_failActions.append(a.trimmed());
        return true;
    }
    if (name == QLatin1String("redirect_to")) {
        const QUrl url(value.trimmed());
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return bad("expected an http(s)://host:port origin");
        m_redirectTo = value.trimmed();
        return true;
    }
    if (name == QLatin1String("seed")) {
        bool ok = false;
        const uint seed = value.trimmed().toUInt(&ok);
        if (!ok)
            return bad("expected an unsigned integer");
        m_seed = seed;
        m_random.seed(m_seed);
        return true;
    }
    *error = QStringLiteral("unknown knob: %1").arg(name);
    return false;
}

QJsonObject FaultInjector::toJson() const
{
    return {{QStringLiteral("latency_ms"), m_latencyMs},
            {QStringLiteral("jitter_ms"), m_jitterMs},
            {QStringLiteral("fail_rate"), m_failRate},
            {QStringLiteral("fail_kind"), kindName(m_failKind)},
            {QStringLiteral("fail_actions"), m_failActions.join(QLatin1Char(','))},
            {QStringLiteral("fail_next"), m_failNext},
            {QStringLiteral("slow_ms"), m_slowMs},
            {QStringLiteral("rate_limit"), m_rateLimit},
            {QStringLiteral("rate_window_ms"), m_rateWindowMs},
            {QStringLiteral("redirect_to"), m_redirectTo},
            {QStringLiteral("retry_after"), QString::fromLatin1(m_retryAfter)},
            {QStringLiteral("seed"), qint64(m_seed)}};
}

bool FaultInjector::matches(const QString &action) const
{
    return m_failActions.isEmpty() || m_failActions.contains(action);
}

FaultInjector::Kind FaultInjector::decide(const QString &action)
{
    if (!matches(action))
        return Kind::None;
    if (m_failNext > 0) {
        --m_failNext;
        return m_failKind;
    }
    if (m_failRate > 0.0 && m_random.generateDouble() < m_failRate)
        return m_failKind;
    return Kind::None;
}

int FaultInjector::delayMs()
{
    if (m_jitterMs <= 0)
        return m_latencyMs;
    const int jitter = int(m_random.bounded(2 * m_jitterMs + 1)) - m_jitterMs;
    return qMax(0, m_latencyMs + jitter);
}

} // namespace Emulator
