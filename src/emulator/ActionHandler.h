#pragma once

#include "FormDecoder.h"

#include <QJsonObject>
#include <QStringList>

namespace Emulator {

class EmulatorState;
struct Account;
struct Railgun;
struct Connection;

// The rules of the Railgun API: authenticates a call, validates its parameters, applies it to the
// EmulatorState and builds the answer envelope (success or error with an err_code).
//
// Authorisation: `host_key` acts for the account that holds it, `email`+`tkn` for that account. Either
// way the account may use its own Railguns, and its own domains plus the domains of the accounts it
// hosts (hosted_by = its user_id), so a partner can connect a customer's zones found by user_lookup.
class ActionHandler final
{
public:
    ActionHandler(EmulatorState *state, bool autoActivate);

    // The actions under /api/v2/railgun/.
    static const QStringList &actionNames();

    QJsonObject handle(const QString &action, const FormFields &params, bool isPost);
    // GET/POST /host-gw.html?act=user_lookup
    QJsonObject userLookup(const FormFields &params);

private:
    QJsonObject init(Account *account, const FormFields &params);
    QJsonObject remove(Account *account, const FormFields &params);
    QJsonObject listRailguns(Account *account, const QString &act);
    QJsonObject connGetActive(Account *account, const FormFields &params);
    QJsonObject connSet(Account *account, const FormFields &params);
    QJsonObject connSetMode(Account *account, const FormFields &params, bool enabled);
    QJsonObject connDelete(Account *account, const FormFields &params);
    QJsonObject suggestionSet(Account *account, const FormFields &params);
    QJsonObject iprSet(Account *account, const FormFields &params);

    Account *authenticate(const FormFields &params, QJsonObject *error);
    bool manages(const Account *account, const QString &domain) const;
    bool domainParam(const Account *account, const FormFields &params, QString *domain, QJsonObject *error);
    Railgun *railgunParam(const Account *account, const FormFields &params, QJsonObject *error);
    Connection *existingConnection(const Account *account, const FormFields &params, QString *domain,
                                   const Railgun **railgun, QJsonObject *error);
    // Connects (or re-modes) a domain to an active Railgun; false + error on E_NOT_ACTIVE / E_CONFLICT.
    bool connect(const QString &domain, const Railgun &railgun, bool enabled, QString *connId,
                 QJsonObject *error);

    EmulatorState *m_state;
    bool m_autoActivate;
};

} // namespace Emulator
