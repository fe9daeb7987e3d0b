#include "RailgunCommands.h"

#include "Console.h"
#include "JsonOutput.h"
#include "TableOutput.h"
#include "api/RailgunApi.h"

namespace RailgunCtl {

RailgunCommands::RailgunCommands(Railgun::RailgunApi *api, bool json, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_json(json)
{}

bool RailgunCommands::reportFailure(const Railgun::ApiResult &result)
{
    if (result.ok())
        return false;
    const Failure f = Failure::fromApiError(result.error);
    Console::error(f.message);
    if (m_json)
        Console::outBytes(JsonOutput::failure(f));
    emit finished(ExitFailed);
    return true;
}

void RailgunCommands::list()
{
    Railgun::ApiReply *reply = m_api->listRailguns();
    connect(reply, &Railgun::ApiReply::finished, this, [this](const Railgun::ApiResult &result) {
        if (reportFailure(result))
            return;
        if (m_json)
            Console::outBytes(JsonOutput::railguns(result.railguns));
        else
            Console::out(TableOutput::railguns(result.railguns));
        emit finished(ExitOk);
    });
}

void RailgunCommands::create(const QString &name, const QString &pubname)
{
    Railgun::ApiReply *reply = m_api->init(name, pubname);
    const QString shownPubname = pubname.trimmed();
    connect(reply, &Railgun::ApiReply::finished, this,
            [this, shownPubname](const Railgun::ApiResult &result) {
                if (reportFailure(result))
                    return;
                // The one place railgunctl prints a secret: the new token, which the user cannot get again.
                if (m_json)
                    Console::outBytes(JsonOutput::created(result.created, shownPubname));
                else
                    Console::out(TableOutput::created(result.created, shownPubname));
                emit finished(ExitOk);
            });
}

void RailgunCommands::remove(const QString &rtkn)
{
    Railgun::ApiReply *reply = m_api->deleteRailgun(rtkn);
    connect(reply, &Railgun::ApiReply::finished, this, [this](const Railgun::ApiResult &result) {
        if (reportFailure(result))
            return;
        if (m_json)
            Console::outBytes(JsonOutput::deleted(result.change));
        else
            Console::out(TableOutput::deleted(result.change));
        emit finished(ExitOk);
    });
}

} // namespace RailgunCtl
