#include "bulk/BulkRunner.h"

#include <QTimer>

namespace Railgun {

BulkRunner::BulkRunner(CallSink *sink, QObject *parent)
    : QObject(parent)
    , m_sink(sink)
{}

BulkRunner::~BulkRunner()
{
    // Calls not sent yet are withdrawn; answers still coming reach nobody.
    for (const QPointer<CallTicket> &ticket : std::as_const(m_tickets)) {
        if (ticket) {
            ticket->disconnect(this);
            ticket->cancel();
        }
    }
}

void BulkRunner::start(const QList<BulkItem> &items)
{
    Q_ASSERT(!m_running);
    m_items = items;
    m_results = QList<ApiResult>(items.size());
    m_sentAtEnd = QList<bool>(items.size(), false);
    m_tickets.clear();
    m_done = m_failed = m_cancelled = m_sent = 0;
    m_running = true;
    m_cancelling = false;
    emit progress(0, total(), 0);
    if (items.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            m_running = false;
            emit finished();
        });
        return;
    }
    const quint64 batch = m_sink->newBatch();
    for (int i = 0; i < items.size(); ++i) {
        CallTicket *ticket = m_sink->submit(items.at(i), m_lane, batch);
        m_tickets.append(ticket);
        connect(ticket, &CallTicket::started, this, [this, i] {
            ++m_sent;
            emit itemStarted(i);
        });
        connect(ticket, &CallTicket::finished, this,
                [this, i, ticket](const ApiResult &result) { onFinished(i, result, ticket->wasSent()); });
    }
}

void BulkRunner::cancel()
{
    if (!m_running || m_cancelling)
        return;
    m_cancelling = true;
    for (const QPointer<CallTicket> &ticket : std::as_const(m_tickets)) {
        if (ticket && !ticket->isFinished())
            ticket->cancel();
    }
}

void BulkRunner::onFinished(int index, const ApiResult &result, bool sent)
{
    if (!m_running)
        return;
    m_results[index] = result;
    m_sentAtEnd[index] = sent;
    ++m_done;
    if (result.error.kind == ApiError::Kind::Cancelled && !sent)
        ++m_cancelled;
    else if (!result.ok())
        ++m_failed;
    emit itemFinished(index, result);
    emit progress(m_done, total(), m_failed);
    if (m_done == total()) {
        m_running = false;
        emit finished();
    }
}

} // namespace Railgun
