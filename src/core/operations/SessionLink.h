#pragma once

#include "bulk/CallSink.h"

#include <QList>
#include <QPointer>
#include <functional>

namespace Railgun {

class AccountSession;
struct ApiResult;
struct BulkItem;

// The account session an operations object talks through, and the guard that keeps a late answer out:
// once the link is set again (another account, or none), answers to calls sent before are dropped and calls
// not sent yet are withdrawn: the previous session sends nothing more for us.
class SessionLink final
{
public:
    AccountSession *session() const { return m_session; }
    void set(AccountSession *session);

    quint64 generation() const { return m_generation; }
    bool isCurrent(quint64 generation) const { return generation == m_generation; }

    // Submits one call; `done` runs in `context` with the answer unless the link was set again since.
    void send(QObject *context, const BulkItem &item, CallSink::Lane lane,
              std::function<void(const ApiResult &)> done);

private:
    QPointer<AccountSession> m_session;
    QList<QPointer<CallTicket>> m_tickets; // of this generation, until they finish
    quint64 m_generation = 0;
};

} // namespace Railgun
