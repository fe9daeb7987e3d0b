#include "operations/RailgunController.h"

#include "models/DomainTableModel.h"
#include "models/RailgunListModel.h"
#include "session/AccountSession.h"

#include <QCoreApplication>

// The messages keep the translation context of DomainController, where they were written.
namespace Railgun {

RailgunController::RailgunController(DomainTableModel *domains, RailgunListModel *railguns, QObject *parent)
    : QObject(parent)
    , m_model(domains)
    , m_railguns(railguns)
{}

void RailgunController::setSession(AccountSession *session)
{
    m_link.set(session);
}

void RailgunController::refreshRailguns()
{
    if (!m_link.session())
        return;
    m_link.send(this, m_link.session()->listRailgunsItem(), CallSink::Lane::Visible,
                [this](const ApiResult &result) {
                    if (!result.ok()) {
                        emit statusMessage(QCoreApplication::translate("Railgun::DomainController",
                                                                       "Could not list the Railguns: %1")
                                               .arg(result.error.toText()));
                        return;
                    }
                    m_railguns->setRailguns(result.railguns);
                    m_model->setRailguns(result.railguns);
                    m_railguns->setDomainCounts(m_model->countsByRailgun());
                    emit railgunsChanged();
                });
}

void RailgunController::createRailgun(const QString &name, const QString &pubname)
{
    if (!m_link.session()) {
        emit railgunOperationFailed(
            QCoreApplication::translate("Railgun::DomainController", "No account is set up."));
        return;
    }
    BulkItem item;
    item.action = Action::Init;
    item.name = name;
    item.pubname = pubname;
    m_link.send(this, item, CallSink::Lane::User, [this](const ApiResult &result) {
        if (result.ok()) {
            emit railgunCreated(result.created);
        } else {
            QString msg =
                QCoreApplication::translate("Railgun::DomainController", "Could not create the Railgun: %1")
                    .arg(result.error.toText());
            if (!result.error.certainlyNotApplied())
                msg += QLatin1Char(' ') +
                       QCoreApplication::translate("Railgun::DomainController",
                                                   "It may have been created anyway: check the list.");
            emit railgunOperationFailed(msg);
        }
        refreshRailguns();
    });
}

void RailgunController::deleteRailgun(const QString &railgunId)
{
    const QString rtkn = m_railguns->apiKeyFor(railgunId);
    if (!m_link.session() || rtkn.isEmpty()) {
        emit railgunOperationFailed(QCoreApplication::translate(
            "Railgun::DomainController", "That Railgun is not in the account's list: refresh first."));
        return;
    }
    QStringList bound;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const DomainTableModel::Row &row = m_model->rowAt(r);
        if (row.state == DomainTableModel::ConnectionState::Connected && row.railgunId == railgunId)
            bound.append(row.domain);
    }
    BulkItem item;
    item.action = Action::Delete;
    item.rtkn = rtkn;
    m_link.send(this, item, CallSink::Lane::User, [this, railgunId, bound](const ApiResult &result) {
        if (result.ok())
            emit railgunDeleted(railgunId);
        else
            emit railgunOperationFailed(
                QCoreApplication::translate("Railgun::DomainController", "Could not delete the Railgun: %1")
                    .arg(result.error.toText()));
        refreshRailguns();
        emit domainsNeedReading(bound); // what the server did to their connections
    });
}

} // namespace Railgun
