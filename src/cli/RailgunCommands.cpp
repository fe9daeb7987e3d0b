#include "RailgunCommands.h"

#include "Console.h"
#include "JsonOutput.h"
#include "TableOutput.h"
#include "session/AccountSession.h"

namespace RailgunCtl {

RailgunCommands::RailgunCommands(Railgun::AccountSession *session, bool json, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_json(json)
{}

void RailgunCommands::send(const Railgun::BulkItem &item,
                           std::function<void(const Railgun::ApiResult &)> done)
{
    Railgun::CallTicket *ticket = m_session->submit(item);
    connect(ticket, &Railgun::CallTicket::finished, this, std::move(done));
}

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
    send(m_session->listRailgunsItem(), [this](const Railgun::ApiResult &result) {
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
    Railgun::BulkItem item;
    item.action = Railgun::Action::Init;
    item.name = name;
    item.pubname = pubname;
    const QString shownPubname = pubname.trimmed();
    send(item, [this, shownPubname](const Railgun::ApiResult &result) {
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
    Railgun::BulkItem item;
    item.action = Railgun::Action::Delete;
    item.rtkn = rtkn;
    send(item, [this](const Railgun::ApiResult &result) {
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
