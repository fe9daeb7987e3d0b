#pragma once

#include "storage/Account.h"
#include "storage/DomainListStore.h"
#include "storage/StateCacheFile.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Railgun {

class SettingsStore;
class CredentialStore;
class StateCacheWriter;
class AccountSession;
class DomainController;
class RailgunApi;
struct CallRecord;

// The current account: its secret (from where the user chose to keep it), its session (the core's
// AccountSession: its API service, rate budget and queue), its domain list (loaded on switch, saved on
// every change). Hands the session to the controller; switching account destroys the old session, so
// nothing of the old account answers into the new one.
class AccountSwitcher final : public QObject
{
    Q_OBJECT

public:
    AccountSwitcher(SettingsStore *accounts, CredentialStore *credentials, const QString &dataDirectory,
                    DomainController *controller, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~AccountSwitcher() override;

    SettingsStore *accounts() const { return m_accounts; }
    CredentialStore *credentials() const { return m_credentials; }
    const DomainListStore &domainLists() const { return m_lists; }
    const StateCacheFile &stateCache() const { return m_states; }
    // The current account's state cache writer (null without an account).
    StateCacheWriter *stateWriter() const { return m_stateWriter.get(); }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // Switches to this account (asynchronous: the secret may come from the keychain).
    void activate(const QString &accountId);
    // Writes the current account's last known states now and stops keeping them (before the model goes).
    void closeStateCache();
    // Before the window's children go (the model, the network access manager): writes the states and ends
    // the session, whose calls are aborted while their network access manager still exists.
    void shutdown();
    // Drops the current account (e.g. it was removed).
    void deactivate();
    std::optional<Account> current() const;
    QString currentId() const { return m_currentId; }
    AccountSession *session() const;
    RailgunApi *api() const;

signals:
    // The list is loaded and the service is ready.
    void activated(const QString &accountId);
    // The account has no usable secret: the user has to enter it.
    void needsCredentials(const QString &accountId, const QString &why);
    // Something the user must read (a recovered domain list, a list that could not be saved, ...).
    void problem(const QString &message);
    void callFinished(const QString &accountName, const Railgun::CallRecord &record);

private:
    void saveList();

    SettingsStore *m_accounts;
    CredentialStore *m_credentials;
    DomainListStore m_lists;
    StateCacheFile m_states;
    std::unique_ptr<StateCacheWriter> m_stateWriter; // the current account's; flushed when it ends
    DomainController *m_controller;
    QNetworkAccessManager *m_nam;
    QPointer<AccountSession> m_session;
    QString m_currentId;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace Railgun
