#include "bulk/CallSink.h"

namespace Railgun {

CallTicket::CallTicket(const BulkItem &item, QObject *parent)
    : QObject(parent)
    , m_item(item)
{}

void CallTicket::cancel()
{
    if (m_finished || m_cancelRequested)
        return;
    m_cancelRequested = true;
    emit cancelRequested();
}

void CallTicket::markSent()
{
    m_sent = true;
    if (m_announced)
        return;
    m_announced = true;
    emit started();
}

void CallTicket::finish(const ApiResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
}

} // namespace Railgun
