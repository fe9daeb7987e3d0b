#pragma once

#include "api/ApiResult.h"
#include "bulk/BulkItem.h"

#include <QObject>
#include <QString>
#include <functional>

namespace Railgun {
class AccountSession;
} // namespace Railgun

namespace RailgunCtl {

// The account-level commands: railguns, create NAME PUBNAME, delete RTKN. Each is one API call (through the
// account's session) whose answer is printed as a table or one JSON document; finished() carries the exit
// status.
class RailgunCommands final : public QObject
{
    Q_OBJECT

public:
    RailgunCommands(Railgun::AccountSession *session, bool json, QObject *parent = nullptr);

    void list();
    void create(const QString &name, const QString &pubname);
    void remove(const QString &rtkn);

signals:
    void finished(int exitCode);

private:
    // Prints the failure (stderr in words; stdout too with --json) and returns true when the call failed.
    bool reportFailure(const Railgun::ApiResult &result);

    void send(const Railgun::BulkItem &item, std::function<void(const Railgun::ApiResult &)> done);

    Railgun::AccountSession *m_session;
    bool m_json;
};

} // namespace RailgunCtl
