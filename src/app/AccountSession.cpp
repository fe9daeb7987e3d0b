#include "AccountSession.h"

#include "api/RailgunApi.h"
#include "models/RailgunListModel.h"
#include "operations/DomainController.h"
#include "storage/CredentialStore.h"
#include "storage/SettingsStore.h"

namespace Railgun {

AccountSession::AccountSession(SettingsStore *accounts, CredentialStore *credentials,
                               const QString &dataDirectory, DomainController *controller,
                               QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_credentials(credentials)
    , m_lists(dataDirectory)
    , m_controller(controller)
    , m_nam(nam)
{
    connect(controller->domainModel(), &DomainTableModel::domainListChanged, this, &AccountSession::saveList);
}

AccountSession::~AccountSession() = default;

std::optional<Account> AccountSession::current() const
{
    return m_currentId.isEmpty() ? std::nullopt : m_accounts->account(m_currentId);
}

void AccountSession::deactivate()
{
    ++m_generation;
    m_controller->setApi(nullptr);
    if (m_api)
        m_api->deleteLater();
    m_api = nullptr;
    m_currentId.clear();
    m_loading = true;
    m_controller->domainModel()->setDomains({});
    m_controller->railgunModel()->setRailguns({});
    m_loading = false;
}

void AccountSession::activate(const QString &accountId)
{
    const auto account = m_accounts->account(accountId);
    if (!account) {
        emit needsCredentials(QString(), tr("Add an account to start."));
        return;
    }
    deactivate();
    const quint64 generation = m_generation;
    m_currentId = accountId;
    m_accounts->setCurrentAccountId(accountId);

    const DomainListStore::LoadResult loaded = m_lists.load(accountId);
    m_loading = true;
    m_controller->domainModel()->setDomains(loaded.domains);
    m_loading = false;
    if (loaded.recovered)
        emit problem(loaded.message);

    m_credentials->secretFor(
        *account, m_accounts, [this, generation, account](const CredentialStore::Result &r) {
            if (generation != m_generation)
                return;
            if (r.status != CredentialStore::Status::Ok || r.secret.isEmpty()) {
                emit needsCredentials(
                    account->id, r.message.isEmpty() ? tr("The account has no saved secret.") : r.message);
                return;
            }
            QString optionsError;
            const ApiOptions options = account->apiOptions(&optionsError);
            if (!optionsError.isEmpty()) {
                emit problem(optionsError);
                return;
            }
            auto *api = new RailgunApi(m_nam, this);
            api->setCredentials(account->credentials(r.secret));
            api->setOptions(options);
            const QString name = account->name;
            connect(api, &RailgunApi::callFinished, this,
                    [this, name](const CallRecord &record) { emit callFinished(name, record); });
            m_api = api;
            m_controller->setConcurrency(account->concurrency);
            m_controller->setRequestsPerSecond(account->requestsPerSecond);
            m_controller->setApi(api);
            emit activated(account->id);
        });
}

void AccountSession::saveList()
{
    if (m_loading || m_currentId.isEmpty())
        return;
    QString error;
    if (!m_lists.save(m_currentId, m_controller->domainModel()->domains(), &error))
        emit problem(tr("The domain list could not be saved: %1").arg(error));
}

} // namespace Railgun
