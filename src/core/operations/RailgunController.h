#pragma once

#include "api/ApiTypes.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Railgun {

class DomainTableModel;
class RailgunApi;
class RailgunListModel;

// Creates, deletes and re-lists the account's Railguns. DomainController owns one and forwards its
// signals; answers that arrive after the account changed (setApi) are dropped.
class RailgunController final : public QObject
{
    Q_OBJECT

public:
    RailgunController(DomainTableModel *domains, RailgunListModel *railguns, QObject *parent = nullptr);

    void setApi(RailgunApi *api);

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
    QPointer<RailgunApi> m_api;
    quint64 m_apiGeneration = 0;
};

} // namespace Railgun
