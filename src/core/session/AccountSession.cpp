#include "session/AccountSession.h"

#include "api/ApiReply.h"
#include "api/RailgunApi.h"

#include <QRandomGenerator>
#include <limits>

namespace Railgun {

AccountSession::AccountSession(const SessionConfig &config, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_api(new RailgunApi(nam, this))
    , m_budget(config.rateLimit)
{
    m_config.concurrency = qBound(1, m_config.concurrency, SessionConfig::kMaxConcurrency);
    m_api->setCredentials(config.credentials);
    m_api->setOptions(config.options);
    connect(m_api, &RailgunApi::callFinished, this, &AccountSession::callFinished);
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, &AccountSession::schedule);
    m_clock.start();
}

AccountSession::~AccountSession()
{
    m_destroying = true;
    m_wakeUp.stop();
    // Nothing answers after this: replies are cut off from us and their transfers aborted.
    for (Call &call : m_calls) {
        if (call.reply) {
            call.reply->disconnect(this);
            call.reply->cancel();
        }
        if (call.ticket)
            call.ticket->disconnect(this);
    }
}

QString AccountSession::keyOf(const BulkItem &item)
{
    switch (item.action) {
    case Action::UserGetAll:
    case Action::HostGetAll:
        return QStringLiteral("#list");
    case Action::Init:
    case Action::Delete:
    case Action::IprSet:
    case Action::UserLookup:
        return QString();
    default:
        return item.domain;
    }
}

BulkItem AccountSession::listRailgunsItem() const
{
    BulkItem item;
    item.action =
        m_config.credentials.kind == Credentials::Kind::Partner ? Action::HostGetAll : Action::UserGetAll;
    return item;
}

CallTicket *AccountSession::submit(const BulkItem &item, Lane lane, quint64 batch)
{
    auto *ticket = new CallTicket(item, this);
    const quint64 id = m_nextId++;
    Call call;
    call.ticket = ticket;
    call.key = keyOf(item);
    if (call.key.isEmpty())
        call.key = QStringLiteral("#%1").arg(id);
    call.lane = lane;
    call.batch = batch;
    m_queue.push(id, call.key, lane, batch);
    call.order = m_queue.orderOf(id);
    m_calls.insert(id, call);
    connect(ticket, &CallTicket::cancelRequested, this, [this, id] { withdraw(id); });
    scheduleSoon();
    return ticket;
}

void AccountSession::setVisibleDomains(const QStringList &domains)
{
    m_queue.setVisibleKeys(domains);
}

void AccountSession::resume()
{
    if (!m_budget.isHeld() && m_budget.pausedSecsLeft() == 0)
        return;
    m_budget.resume();
    emit resumed();
    scheduleSoon();
}

void AccountSession::scheduleSoon()
{
    if (m_scheduled || m_destroying)
        return;
    m_scheduled = true;
    // From the event loop: a caller that submits many calls connects to them all before any goes out.
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        schedule();
    });
}

void AccountSession::schedule()
{
    if (m_destroying)
        return;
    while (m_inFlight.size() < m_config.concurrency && !m_queue.isEmpty()) {
        const qint64 wait = m_budget.msUntilNext();
        if (wait < 0)
            return; // held: resume() starts again
        const qint64 now = m_clock.elapsed();
        qint64 soonest = std::numeric_limits<qint64>::max();
        const quint64 id = m_queue.next([this](const QString &key) { return m_inFlight.contains(key); },
                                        [&](quint64 candidate) {
                                            const qint64 at = m_calls.value(candidate).notBeforeMs;
                                            if (at <= now)
                                                return true;
                                            soonest = qMin(soonest, at);
                                            return false;
                                        });
        if (id == 0) {
            if (soonest != std::numeric_limits<qint64>::max())
                m_wakeUp.start(int(qMin<qint64>(soonest - now, 24 * 3600 * 1000)));
            return;
        }
        if (wait > 0) {
            m_wakeUp.start(int(qMin<qint64>(wait, 24 * 3600 * 1000)));
            return;
        }
        send(id);
    }
    if (isIdle())
        emit idle();
}

ApiReply *AccountSession::callApi(const BulkItem &item)
{
    switch (item.action) {
    case Action::Init:
        return m_api->init(item.name, item.pubname);
    default:
        return m_api->call(item.action, item.domain, item.rtkn, item.flag);
    }
}

void AccountSession::send(quint64 id)
{
    m_queue.remove(id);
    Call &call = m_calls[id];
    m_budget.take();
    ++call.attempts;
    ++m_sentCount;
    m_inFlight.insert(call.key, id);
    call.ticket->markSent();
    ApiReply *reply = callApi(call.ticket->item());
    call.reply = reply;
    connect(reply, &ApiReply::finished, this, [this, id](const ApiResult &result) { onAnswer(id, result); });
}

void AccountSession::onAnswer(quint64 id, const ApiResult &result)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call &call = *it;
    m_inFlight.remove(call.key);
    call.reply = nullptr;
    m_budget.observe(result.rateLimit, int(m_inFlight.size()));
    const ApiError &error = result.error;
    const bool cancelRequested = !call.ticket || call.ticket->isCancelRequested();

    if (error.kind == ApiError::Kind::RateLimited && !cancelRequested) {
        // The server did not take it: back in its place, and the whole account waits.
        ++m_rateLimitedCount;
        call.ticket->markPutBack();
        m_queue.putBack(id, call.key, call.lane, call.batch, call.order);
        if (m_budget.pauseFor(error.retryAfterSecs))
            emit paused(m_budget.pausedSecsLeft());
        else
            emit held(error.retryAfterSecs);
        schedule();
        return;
    }
    if (error.isTransient() && error.kind != ApiError::Kind::RateLimited && !cancelRequested &&
        isReadOnly(result.action) && call.attempts <= m_config.maxReadRetries) {
        const int base = qMax(1, m_config.retryBackoffMs) << qMin(call.attempts - 1, 6);
        const int jitter = int(QRandomGenerator::global()->bounded(base / 2 + 1));
        call.notBeforeMs = m_clock.elapsed() + base + jitter;
        m_queue.putBack(id, call.key, call.lane, call.batch, call.order);
        m_wakeUp.start(base + jitter);
        schedule();
        return;
    }
    if (error.kind == ApiError::Kind::RateLimited && cancelRequested) {
        // Cancelled while the server refused it: it was never applied.
        call.ticket->markPutBack();
        ApiResult cancelled = result;
        cancelled.error = ApiError();
        cancelled.error.kind = ApiError::Kind::Cancelled;
        finishCall(id, cancelled);
    } else {
        finishCall(id, result);
    }
    schedule();
}

void AccountSession::withdraw(quint64 id)
{
    auto it = m_calls.find(id);
    if (it == m_calls.end() || !m_queue.contains(id))
        return; // in flight: its answer comes
    m_queue.remove(id);
    ApiResult result;
    result.action = it->ticket->item().action;
    result.domain = it->ticket->item().domain;
    result.error.kind = ApiError::Kind::Cancelled;
    // From the event loop, like every other end.
    QTimer::singleShot(0, this, [this, id, result] {
        finishCall(id, result);
        if (isIdle())
            emit idle();
    });
}

void AccountSession::finishCall(quint64 id, const ApiResult &result)
{
    const Call call = m_calls.take(id);
    if (!call.ticket)
        return;
    call.ticket->finish(result);
    call.ticket->deleteLater();
}

} // namespace Railgun
