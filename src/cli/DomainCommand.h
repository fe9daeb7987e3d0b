#pragma once

#include "CommandLine.h"
#include "DomainInput.h"
#include "DomainOutcome.h"
#include "RunnerSettings.h"

#include <QList>
#include <QObject>

namespace Railgun {
class RailgunApi;
}

namespace RailgunCtl {

// status / connect / enable / disable / disconnect over a list of domains, through BulkRunner:
//   1. the token lookup (enable/disable/disconnect without --rtkn),
//   2. the change,
//   3. a read-back with zone_conn_get_active, so the state printed is the server's, not a guess.
// Invalid domains fail with DomainName's reason and are never sent.
class DomainCommand final : public QObject
{
    Q_OBJECT

public:
    DomainCommand(Invocation::Command command, Railgun::RailgunApi *api, const RunnerSettings &settings,
                  QObject *parent = nullptr);

    // rtkn: the Railgun token from --rtkn / RAILGUN_RTKN; empty = look it up (not for connect).
    void setRtkn(const QString &rtkn) { m_rtkn = rtkn; }
    void setEnable(bool enable) { m_enable = enable; }

    // Emits finished() once, from the event loop.
    void start(const QList<DomainEntry> &entries);
    // Ctrl-C: nothing new starts; calls in flight finish and changes already made are read back, the
    // rest end as cancelled. Returns false when there is nothing left to cancel.
    bool cancel();
    const QList<DomainOutcome> &outcomes() const { return m_outcomes; }
    int failedCount() const;

signals:
    void finished();

private:
    struct Target
    {
        int index; // into m_outcomes
        QString rtkn;
    };
    void lookUpTokens(const QList<int> &indexes);
    void change(const QList<Target> &targets);
    void readBack(const QList<int> &indexes, const QString &failurePrefix);
    Railgun::Action changeAction() const;
    Railgun::BulkRunner *newRunner();

    Invocation::Command m_command;
    Railgun::RailgunApi *m_api;
    RunnerSettings m_settings;
    QString m_rtkn;
    bool m_enable = false;
    bool m_cancelled = false;
    bool m_finished = false;
    QList<DomainOutcome> m_outcomes;
};

} // namespace RailgunCtl
