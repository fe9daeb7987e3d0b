#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace Railgun {

// Secrets in the system keychain (QtKeychain), keyed by account id. Every job is guarded by a timeout
// (a locked keyring can hang a job forever). Results come back through callbacks on the event loop.
class CredentialStore final : public QObject
{
    Q_OBJECT

public:
    enum class Status {
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

    explicit CredentialStore(const QString &service = QStringLiteral("railgun-desk"), QObject *parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void read(const QString &accountId, Callback done);
    void write(const QString &accountId, const QString &secret, Callback done);
    void remove(const QString &accountId, Callback done);
    // Writes and deletes a throw-away entry: tells whether a working keychain is there.
    void probe(Callback done);

    // Session-only secrets (the user chose not to save): kept in memory for this run.
    void setSessionSecret(const QString &accountId, const QString &secret);
    QString sessionSecret(const QString &accountId) const;

private:
    QString m_service;
    int m_timeoutMs = 5000;
    QHash<QString, QString> m_session;
};

} // namespace Railgun
