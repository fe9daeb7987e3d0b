#include "AccountSwitcher.h"

#include "api/RailgunApi.h"
#include "models/RailgunListModel.h"
#include "operations/DomainController.h"
#include "session/AccountSession.h"
#include "storage/CredentialStore.h"
#include "storage/SettingsStore.h"

namespace Railgun {

AccountSwitcher::AccountSwitcher(SettingsStore *accounts, CredentialStore *credentials,
                                 const QString &dataDirectory, DomainController *controller,
                                 QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_credentials(credentials)
    , m_lists(dataDirectory)
    , m_controller(controller)
    , m_nam(nam)
{
    connect(controller->domainModel(), &DomainTableModel::domainListChanged, this,
            &AccountSwitcher::saveList);
}

AccountSwitcher::~AccountSwitcher() = default;

AccountSession *AccountSwitcher::session() const
{
    return m_session;
}

RailgunApi *AccountSwitcher::api() const
{
    return m_session ? m_session->api() : nullptr;
}

std::optional<Account> AccountSwitcher::current() const
{
    return m_currentId.isEmpty() ? std::nullopt : m_accounts->account(m_currentId);
}

void AccountSwitcher::deactivate()
{
    ++m_generation;
    m_controller->setSession(nullptr);
    // Now: its replies are cut off and aborted before anything of the next account starts.
    delete m_session;
    m_session = nullptr;
    m_currentId.clear();
    m_loading = true;
    m_controller->domainModel()->setDomains({});
    m_controller->railgunModel()->setRailguns({});
    m_loading = false;
}

void AccountSwitcher::activate(const QString &accountId)
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
            SessionConfig config;
            config.accountId = account->id;
            config.accountName = account->name;
            config.credentials = account->credentials(r.secret);
            config.options = options;
            config.concurrency = account->concurrency;
            config.rateLimit = {account->rateLimitRequests, account->rateLimitWindowSecs};
            auto *session = new AccountSession(config, m_nam, this);
            const QString name = account->name;
            connect(session, &AccountSession::callFinished, this,
                    [this, name](const CallRecord &record) { emit callFinished(name, record); });
            m_session = session;
            m_controller->setSession(session);
            emit activated(account->id);
        });
}

void AccountSwitcher::saveList()
{
    if (m_loading || m_currentId.isEmpty())
        return;
    QString error;
    if (!m_lists.save(m_currentId, m_controller->domainModel()->domains(), &error))
        emit problem(tr("The domain list could not be saved: %1").arg(error));
}

} // namespace Railgun
