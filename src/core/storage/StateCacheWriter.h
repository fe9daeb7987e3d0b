#pragma once

#include "api/DomainState.h"
#include "storage/StateCacheFile.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <functional>
#include <optional>

namespace Railgun {

// Keeps one account's state cache up to date without stalling the window: changes are batched
// (markDirty() starts a short timer), the snapshot is taken on the caller's thread (cheap: the strings are
// shared) and written on a worker thread, one write at a time. flush() writes now and waits; the destructor
// flushes, so what the server confirmed before a switch or a quit is never lost.
class StateCacheWriter final : public QObject
{
    Q_OBJECT

public:
    // The states to write, or nullopt when there is nothing to take them from (nothing is written then).
    using Snapshot = std::function<std::optional<QList<DomainState>>()>;

    StateCacheWriter(const StateCacheFile &file, const QString &accountId, Snapshot snapshot,
                     QObject *parent = nullptr);
    ~StateCacheWriter() override;

    void setDelay(int ms) { m_timer.setInterval(ms); }
    void markDirty();
    bool isDirty() const { return m_timer.isActive(); }
    // Writes the current snapshot and waits for it (and any write still running).
    void flush();

signals:
    void written();
    void failed(const QString &message);

private:
    void writeInBackground();

    StateCacheFile m_file;
    QString m_accountId;
    Snapshot m_snapshot;
    QTimer m_timer;
    QThreadPool m_pool; // one thread: writes run in order
};

} // namespace Railgun
