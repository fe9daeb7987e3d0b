#pragma once

#include "storage/Account.h"

#include <QString>
#include <optional>

namespace Railgun {

class SettingsStore;
class CredentialStore;

// Checks an account read from the form before it is saved or tested; each check returns the (translated)
// problem, or an empty string when there is none.
class AccountFormValidator final
{
public:
    AccountFormValidator(const SettingsStore *accounts, const CredentialStore *credentials);

    // The base URL (https://, or http:// only to loopback or with allowInsecureHttp) and the CA file.
    static QString transportProblem(const Account &account);
    // Everything Save needs: name, e-mail, transport, and a secret unless `stored` (the account as saved,
    // if any) already has one of the same kind.
    QString problem(const Account &account, const QString &secret,
                    const std::optional<Account> &stored) const;

private:
    const SettingsStore *m_accounts;
    const CredentialStore *m_credentials;
};

} // namespace Railgun
