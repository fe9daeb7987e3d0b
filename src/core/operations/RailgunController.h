#pragma once

#include "api/ApiResult.h"
#include "bulk/CallSink.h"
#include "operations/SessionLink.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>

namespace Railgun {

class DomainTableModel;
class AccountSession;
class RailgunListModel;

// Creates, deletes and re-lists the account's Railguns. DomainController owns one and forwards its
// signals; every call goes through the account's session, and answers that arrive after the account
// changed (setSession) are dropped.
class RailgunController final : public QObject
{
    Q_OBJECT

public:
    RailgunController(DomainTableModel *domains, RailgunListModel *railguns, QObject *parent = nullptr);

    void setSession(AccountSession *session);

    void refreshRailguns();
    void createRailgun(const QString &name, const QString &pubname);
    void deleteRailgun(const QString &railgunId);

signals:
    void statusMessage(const QString &text);
    void railgunsChanged();
    void railgunCreated(const Railgun::InitResult &result);
    void railgunDeleted(const QString &railgunId);
    void railgunOperationFailed(const QString &message);
    // A Railgun was deleted (or the call failed): the server may have changed these domains' connections.
    void domainsNeedReading(const QStringList &domains);

private:
    DomainTableModel *m_model;
    RailgunListModel *m_railguns;
    SessionLink m_link; // the account session, and the guard against its late answers
};

} // namespace Railgun
