#pragma once

#include "CommandLine.h"
#include "DomainInput.h"
#include "DomainOutcome.h"
#include "bulk/BulkItem.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace Railgun {
class AccountSession;
class BulkRunner;
struct ApiResult;
} // namespace Railgun

namespace RailgunCtl {

// status / connect / enable / disable / disconnect over a list of domains, through the account's session:
//   1. the token lookup (enable/disable/disconnect without --rtkn): one read per domain and one list;
//   2. the change: its success is the server's confirmation, printed as such (no read-back, which would
//      cost a second request per domain under the rate limit; --verify asks for one);
//   3. a change whose outcome is uncertain (reset, truncated answer, timeout, 5xx) is read back and
//      reported as the server's state: applied, or not.
// Invalid domains fail with DomainName's reason and are never sent.
class DomainCommand final : public QObject
{
    Q_OBJECT

public:
    DomainCommand(Invocation::Command command, Railgun::AccountSession *session, QObject *parent = nullptr);

    // rtkn: the Railgun token from --rtkn / RAILGUN_RTKN; empty = look it up (not for connect).
    void setRtkn(const QString &rtkn) { m_rtkn = rtkn; }
    void setEnable(bool enable) { m_enable = enable; }
    void setVerify(bool verify) { m_verify = verify; }

    // Emits finished() once, from the event loop.
    void start(const QList<DomainEntry> &entries);
    // Ctrl-C: nothing new is sent; calls in flight finish (uncertain ones are still read back), the rest
    // end as cancelled. Returns false when there is nothing left to cancel.
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
        std::optional<Railgun::Connection> before; // from the lookup, when there was one
    };
    enum class ReadPurpose
    {
        Status,   // status: the state is the answer
        Verify,   // --verify after a confirmed change
        Uncertain // the change's answer was lost: did it apply?
    };
    void lookUpTokens(const QList<int> &indexes);
    void change(const QList<Target> &targets);
    void read(const QList<int> &indexes, ReadPurpose purpose);
    void finishIfDone();
    // The state a confirmed change leaves, from what we know before it.
    std::optional<Railgun::Connection> stateAfter(const Target &target,
                                                  const Railgun::ApiResult &result) const;
    // Whether a state read after an uncertain change shows the change applied.
    bool reachedTarget(const std::optional<Railgun::Connection> &state) const;
    Railgun::Action changeAction() const;
    Railgun::BulkRunner *newRunner();

    Invocation::Command m_command;
    Railgun::AccountSession *m_session;
    QString m_rtkn;
    bool m_enable = false;
    bool m_verify = false;
    bool m_cancelled = false;
    bool m_finished = false;
    int m_running = 0; // runners (and the lookup) not finished yet
    QList<DomainOutcome> m_outcomes;
    QHash<int, QString> m_uncertainWhy; // outcome index -> why the change's answer was lost
};

} // namespace RailgunCtl
