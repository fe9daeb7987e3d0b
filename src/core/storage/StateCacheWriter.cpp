#include "storage/StateCacheWriter.h"

namespace Railgun {

StateCacheWriter::StateCacheWriter(const StateCacheFile &file, const QString &accountId, Snapshot snapshot,
                                   QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_accountId(accountId)
    , m_snapshot(std::move(snapshot))
{
    m_pool.setMaxThreadCount(1);
    m_timer.setSingleShot(true);
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &StateCacheWriter::writeInBackground);
}

StateCacheWriter::~StateCacheWriter()
{
    if (m_timer.isActive())
        flush();
    m_pool.waitForDone();
}

void StateCacheWriter::markDirty()
{
    // Batches a burst of changes into one write; a steady stream still writes every interval.
    if (!m_timer.isActive())
        m_timer.start();
}

void StateCacheWriter::writeInBackground()
{
    std::optional<QList<DomainState>> snapshot = m_snapshot();
    if (!snapshot)
        return;
    QList<DomainState> states = std::move(*snapshot);
    // `this` outlives the task (the destructor waits for the pool); a queued call to a deleted object is
    // dropped by Qt.
    m_pool.start([this, file = m_file, id = m_accountId, states = std::move(states)] {
        QString error;
        const bool ok = file.save(id, states, &error);
        QMetaObject::invokeMethod(
            this,
            [this, ok, error] {
                if (ok)
                    emit written();
                else
                    emit failed(error);
            },
            Qt::QueuedConnection);
    });
}

void StateCacheWriter::flush()
{
    m_timer.stop();
    m_pool.waitForDone();
    const std::optional<QList<DomainState>> snapshot = m_snapshot();
    if (!snapshot)
        return;
    QString error;
    const bool ok = m_file.save(m_accountId, *snapshot, &error);
    if (ok)
        emit written();
    else
        emit failed(error);
}

} // namespace Railgun
