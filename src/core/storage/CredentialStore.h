#pragma once

#include "storage/Account.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace QKeychain {
class Job;
}

namespace Railgun {

class SettingsStore;

// Secrets in the system keychain (QtKeychain), keyed by account id. Every job is guarded by a timeout
// (a locked keyring can hang a job forever). Results come back through callbacks on the event loop.
class CredentialStore final : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Ok,
        NotFound,
        Unavailable, // no backend, no session bus, locked, access denied, timed out
    };
    struct Result
    {
        Status status = Status::Ok;
        QString secret;  // read() only
        QString message; // why it failed, in words for the user
    };
    using Callback = std::function<void(const Result &)>;

    explicit CredentialStore(const QString &service = QStringLiteral("railgun-desk"),
                             QObject *parent = nullptr);

    // Every callback runs exactly once, from the event loop (never inside the call), and not at all once
    // this store is destroyed. A job that outlives its timeout reports Unavailable; its late answer is
    // dropped.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    QString service() const { return m_service; }
    void read(const QString &accountId, Callback done);
    void write(const QString &accountId, const QString &secret, Callback done);
    void remove(const QString &accountId, Callback done);
    // Writes and deletes a throw-away entry: tells whether a working keychain is there.
    void probe(Callback done);

    // Session-only secrets (the user chose not to save): kept in memory for this run.
    // An empty secret forgets the entry.
    void setSessionSecret(const QString &accountId, const QString &secret);
    QString sessionSecret(const QString &accountId) const;

    // The secret of an account from wherever the user chose to keep it (keychain, this session, or the
    // settings file through `accounts`). NotFound when there is none.
    void secretFor(const Account &account, const SettingsStore *accounts, Callback done);

    // "ok", "not_found", "unavailable": for logs and --json.
    static QString statusName(Status status);

private:
    void run(QKeychain::Job *job, Callback done);
    void deliver(Callback done, const Result &result);

    QString m_service;
    int m_timeoutMs = 5000;
    QHash<QString, QString> m_session;
};

} // namespace Railgun
