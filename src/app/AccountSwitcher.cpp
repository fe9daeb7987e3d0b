#include "AccountSwitcher.h"

#include "api/RailgunApi.h"
#include "models/RailgunListModel.h"
#include "operations/DomainController.h"
#include "session/AccountSession.h"
#include "storage/CredentialStore.h"
#include "storage/SettingsStore.h"
#include "storage/StateCacheWriter.h"

namespace Railgun {

AccountSwitcher::AccountSwitcher(SettingsStore *accounts, CredentialStore *credentials,
                                 const QString &dataDirectory, DomainController *controller,
                                 QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_credentials(credentials)
    , m_lists(dataDirectory)
    , m_states(dataDirectory)
    , m_controller(controller)
    , m_nam(nam)
{
    DomainTableModel *model = controller->domainModel();
    connect(model, &DomainTableModel::domainListChanged, this, &AccountSwitcher::saveList);
    // Every confirmed state is kept: a change of any row, or of the list, schedules a (batched) write.
    const auto stateChanged = [this] {
        if (m_stateWriter && !m_loading)
            m_stateWriter->markDirty();
    };
    connect(model, &QAbstractItemModel::dataChanged, this, stateChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, stateChanged);
}

AccountSwitcher::~AccountSwitcher()
{
    closeStateCache();
}

void AccountSwitcher::closeStateCache()
{
    m_stateWriter.reset(); // writes what is still pending
}

void AccountSwitcher::shutdown()
{
    ++m_generation;    // a keychain answer still on its way finds nothing to do
    closeStateCache(); // the account's last confirmed states are written before its rows go
    m_controller->setSession(nullptr);
    // Now: its replies are cut off and aborted before anything of the next account starts.
    delete m_session;
    m_session = nullptr;
}

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
    shutdown();
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
    // The rows open with their last known state, marked stale until read again.
    const StateCacheFile::LoadResult cached = m_states.load(accountId);
    m_loading = true;
    m_controller->domainModel()->applyCached(cached.states);
    m_loading = false;
    if (cached.recovered)
        emit problem(cached.message);
    DomainTableModel *model = m_controller->domainModel();
    m_stateWriter =
        std::make_unique<StateCacheWriter>(m_states, accountId, [model] { return model->confirmedStates(); });
    // Said once, not at every batched write, until a write succeeds again.
    auto reported = std::make_shared<bool>(false);
    connect(m_stateWriter.get(), &StateCacheWriter::failed, this, [this, reported](const QString &message) {
        if (!std::exchange(*reported, true))
            emit problem(tr("The last known states could not be saved: %1").arg(message));
    });
    connect(m_stateWriter.get(), &StateCacheWriter::written, this, [reported] { *reported = false; });

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
            m_controller->setRecheckInterval(account->recheckMinutes * 60);
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
