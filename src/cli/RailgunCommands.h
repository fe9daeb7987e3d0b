#pragma once

#include <QObject>
#include <QString>

namespace Railgun {
class RailgunApi;
struct ApiResult;
} // namespace Railgun

namespace RailgunCtl {

// The account-level commands: railguns, create NAME PUBNAME, delete RTKN. Each is one API call whose
// answer is printed as a table or one JSON document; finished() carries the exit status.
class RailgunCommands final : public QObject
{
    Q_OBJECT

public:
    RailgunCommands(Railgun::RailgunApi *api, bool json, QObject *parent = nullptr);

    void list();
    void create(const QString &name, const QString &pubname);
    void remove(const QString &rtkn);

signals:
    void finished(int exitCode);

private:
    // Prints the failure (stderr in words; stdout too with --json) and returns true when the call failed.
    bool reportFailure(const Railgun::ApiResult &result);

    Railgun::RailgunApi *m_api;
    bool m_json;
};

} // namespace RailgunCtl
