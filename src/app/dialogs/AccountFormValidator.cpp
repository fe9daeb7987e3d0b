#include "dialogs/AccountFormValidator.h"

#include "api/RailgunApi.h"
#include "storage/CredentialStore.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>

// Messages keep the context "Railgun::CredentialsDialog" so the dialog's existing translations apply.

namespace Railgun {

AccountFormValidator::AccountFormValidator(const SettingsStore *accounts, const CredentialStore *credentials)
    : m_accounts(accounts)
    , m_credentials(credentials)
{}

QString AccountFormValidator::transportProblem(const Account &account)
{
    const ApiError urlError = RailgunApi::checkBaseUrl(account.baseUrl, account.allowInsecureHttp);
    if (urlError.kind == ApiError::Kind::InsecureTransport)
        return QCoreApplication::translate("Railgun::CredentialsDialog",
                                           "Plain http:// to %1 would send your credentials unencrypted. Use "
                                           "https://, or tick “Allow insecure http://”.")
            .arg(account.baseUrl.host());
    if (urlError.isError())
        return urlError.toText();
    QString caProblem;
    account.apiOptions(&caProblem);
    return caProblem;
}

QString AccountFormValidator::problem(const Account &account, const QString &secret,
                                      const std::optional<Account> &stored) const
{
    if (account.name.isEmpty())
        return QCoreApplication::translate("Railgun::CredentialsDialog", "Enter a name for the account.");
    if (account.kind == Credentials::Kind::Client && !account.email.contains(QLatin1Char('@')))
        return QCoreApplication::translate("Railgun::CredentialsDialog",
                                           "Enter the account's e-mail address.");
    const QString transport = transportProblem(account);
    if (!transport.isEmpty())
        return transport;
    if (!secret.isEmpty())
        return QString();

    bool needSecret = !stored || stored->kind != account.kind;
    if (stored && stored->secretStorage == Account::SecretStorage::SessionOnly)
        needSecret = needSecret || m_credentials->sessionSecret(stored->id).isEmpty();
    if (stored && stored->secretStorage == Account::SecretStorage::SettingsFile)
        needSecret = needSecret || m_accounts->plainSecret(stored->id).isEmpty();
    if (needSecret)
        return account.kind == Credentials::Kind::Client
                   ? QCoreApplication::translate("Railgun::CredentialsDialog", "Enter the API token.")
                   : QCoreApplication::translate("Railgun::CredentialsDialog", "Enter the host key.");
    return QString();
}

} // namespace Railgun
