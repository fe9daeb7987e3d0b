#include "operations/SessionLink.h"

#include "session/AccountSession.h"

#include <utility>

namespace Railgun {

void SessionLink::set(AccountSession *session)
{
    ++m_generation;
    // Withdrawn calls finish as Cancelled; the generation check in send() keeps that from their callers.
    const QList<QPointer<CallTicket>> tickets = std::exchange(m_tickets, {});
    for (const QPointer<CallTicket> &ticket : tickets) {
        if (ticket)
            ticket->cancel();
    }
    m_session = session;
}

void SessionLink::send(QObject *context, const BulkItem &item, CallSink::Lane lane,
                       std::function<void(const ApiResult &)> done)
{
    CallTicket *ticket = m_session->submit(item, lane);
    m_tickets.removeIf([](const QPointer<CallTicket> &t) { return !t || t->isFinished(); });
    m_tickets.append(ticket);
    // The link lives in `context`: the connection ends with it, so `this` is valid whenever it runs.
    QObject::connect(ticket, &CallTicket::finished, context,
                     [this, generation = m_generation, done = std::move(done)](const ApiResult &result) {
                         if (isCurrent(generation))
                             done(result);
                     });
}

} // namespace Railgun
