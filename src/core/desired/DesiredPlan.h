#pragma once

#include "api/Action.h"
#include "api/ApiTypes.h"
#include "desired/DesiredEntry.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace Railgun {

// An account's rate budget: so many requests per window (the service's default: 1,200 per 5 minutes).
struct RateBudget
{
    int requests = 1200;
    int windowSeconds = 300;

    // How long `count` requests take when spread evenly over the budget (seconds, rounded up).
    qint64 secondsFor(int count) const;
};

// What the server said about a domain before the plan: its connection (nullopt = not connected), or why it
// could not be read.
struct CurrentState
{
    std::optional<Connection> connection;
    QString error; // translated; non-empty when the state is unknown
    bool known() const { return error.isEmpty(); }
};

// The changes that bring the server to a desired-state file: a pure function of the file's entries, the
// server's state of those domains and the account's Railguns. No network, no signals.
//   connect     not connected → conn_set (mode = enabled)
//   move        connected to another Railgun → conn_delete, then conn_set (conn_set refuses a move)
//   enable      same Railgun, disabled → conn_setmode_enabled
//   disable     same Railgun, enabled → conn_setmode_disabled
//   disconnect  connected, the file says not connected → conn_delete
// Refused up front, as problems on the entry's line: an unknown or ambiguous Railgun, a Railgun that is not
// active (conn_set would fail), a connection to a Railgun not in the account's list or deleted (its token
// is unknown or refused), a domain whose state could not be read.
class DesiredPlan final
{
public:
    enum class Kind
    {
        Connect,
        Move,
        Enable,
        Disable,
        Disconnect,
    };
    static constexpr int kKindCount = 5;

    struct Change
    {
        Kind kind = Kind::Connect;
        int line = 0;
        QString domain;
        QString fromRailgunId; // empty when not connected before
        QString toRailgunId;   // empty when not connected after
        bool enabledBefore = false;
        bool enabledAfter = false;
        int requests() const { return kind == Kind::Move ? 2 : 1; }
    };

    // One call of an apply. The token is looked up by railgunId when the call is made: a plan holds none.
    struct Step
    {
        Action action = Action::ConnSet;
        QString domain;
        QString railgunId;
        bool flag = false; // conn_set: mode
        int change = -1;   // index into changes()
    };

    static DesiredPlan make(const QList<DesiredEntry> &entries, const QHash<QString, CurrentState> &current,
                            const QList<RailgunInfo> &railguns);

    const QList<Change> &changes() const { return m_changes; }
    const QList<LineProblem> &problems() const { return m_problems; }
    int unchanged() const { return m_unchanged; }
    int count(Kind kind) const;
    bool hasChanges() const { return !m_changes.isEmpty(); }
    // Change requests an apply sends (a move costs two).
    int requestCount() const;
    qint64 seconds(const RateBudget &budget) const { return budget.secondsFor(requestCount()); }

    // The calls in a safe order, as phases that run one after the other: first every conn_delete
    // (disconnects and the first half of moves), then every conn_set (connects and the second half of moves;
    // a move's conn_set only after its conn_delete succeeded), then the mode changes.
    QList<QList<Step>> phases() const;

    // Stable words for scripts: "connect", "move", "enable", "disable", "disconnect".
    static QString kindName(Kind kind);
    // Translated group titles: "Connect", "Move to another Railgun", ...
    static QString kindTitle(Kind kind);

    // {"changes": [...], "counts": {...}, "unchanged": n, "problems": [...], "requests": n, "seconds": n,
    //  "budget": {"requests": 1200, "window_seconds": 300}}. Holds no secret.
    QJsonObject toJson(const RateBudget &budget) const;

private:
    QList<Change> m_changes;
    QList<LineProblem> m_problems;
    int m_unchanged = 0;
};

} // namespace Railgun
