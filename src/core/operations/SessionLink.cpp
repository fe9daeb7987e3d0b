#include "operations/SessionLink.h"

#include "session/AccountSession.h"

namespace Railgun {

void SessionLink::set(AccountSession *session)
{
    ++m_generation;
    m_session = session;
}

void SessionLink::send(QObject *context, const BulkItem &item, CallSink::Lane lane,
                       std::function<void(const ApiResult &)> done)
{
    CallTicket *ticket = m_session->submit(item, lane);
    // The link lives in `context`: the connection ends with it, so `this` is valid whenever it runs.
    QObject::connect(ticket, &CallTicket::finished, context,
                     [this, generation = m_generation, done = std::move(done)](const ApiResult &result) {
                         if (isCurrent(generation))
                             done(result);
                     });
}

} // namespace Railgun
