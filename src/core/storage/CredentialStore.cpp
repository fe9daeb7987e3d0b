#include "storage/CredentialStore.h"

#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <memory>
#include <qt6keychain/keychain.h>

namespace Railgun {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Railgun::CredentialStore", text);
}

CredentialStore::Result resultOf(QKeychain::Job *job)
{
    CredentialStore::Result r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = CredentialStore::Status::Ok;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            r.secret = read->textData();
        break;
    case QKeychain::EntryNotFound:
        r.status = CredentialStore::Status::NotFound;
        r.message = tr("No secret is saved in the system keychain for this account.");
        break;
    case QKeychain::AccessDeniedByUser:
        r.status = CredentialStore::Status::Unavailable;
        r.message = tr("Access to the system keychain was refused.");
        break;
    case QKeychain::AccessDenied:
        r.status = CredentialStore::Status::Unavailable;
        r.message = tr("The system keychain refused access (is it locked?).");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = CredentialStore::Status::Unavailable;
        r.message = tr("No system keychain is available on this desktop.");
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
    default:
        r.status = CredentialStore::Status::Unavailable;
        r.message = tr("The system keychain is not available (no session bus or no secret service).");
        break;
    }
    // QtKeychain's own text names the cause (D-Bus, libsecret); it never contains the secret.
    if (r.status == CredentialStore::Status::Unavailable && !job->errorString().isEmpty())
        r.message += QLatin1Char(' ') + tr("Details: %1").arg(job->errorString());
    return r;
}

} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

void CredentialStore::read(const QString &accountId, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(accountId);
    run(job, std::move(done));
}

void CredentialStore::write(const QString &accountId, const QString &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(accountId);
    job->setTextData(secret);
    run(job, std::move(done));
}

void CredentialStore::remove(const QString &accountId, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(accountId);
    run(job, std::move(done));
}

void CredentialStore::probe(Callback done)
{
    const QString key = QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    write(key, QUuid::createUuid().toString(QUuid::WithoutBraces), [this, key, done](const Result &written) {
        if (written.status != Status::Ok) {
            done(written);
            return;
        }
        remove(key, [done](const Result &removed) {
            Result r = removed;
            if (r.status == Status::NotFound) // written a moment ago: gone means it works
                r = Result();
            done(r);
        });
    });
}

void CredentialStore::run(QKeychain::Job *job, Callback done)
{
    // The job has no parent and deletes itself when it finishes: a job that hangs past our timeout must not
    // be destroyed under the keychain library's feet. `settled` makes sure the caller hears once.
    auto settled = std::make_shared<bool>(false);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(m_timeoutMs);
    connect(timer, &QTimer::timeout, this, [this, timer, settled, done]() {
        timer->deleteLater();
        if (*settled)
            return;
        *settled = true;
        Result r;
        r.status = Status::Unavailable;
        r.message = tr("The system keychain did not answer in time (is it locked?)");
        done(r);
    });
    QPointer<QTimer> guard(timer);
    connect(job, &QKeychain::Job::finished, this, [this, guard, settled, done](QKeychain::Job *finished) {
        if (guard) {
            guard->stop();
            guard->deleteLater();
        }
        if (*settled)
            return;
        *settled = true;
        // Copy what we need now (the job deletes itself) and answer from the event loop.
        deliver(done, resultOf(finished));
    });
    timer->start();
    job->start();
}

void CredentialStore::deliver(Callback done, const Result &result)
{
    QMetaObject::invokeMethod(
        this, [done, result]() { done(result); }, Qt::QueuedConnection);
}

void CredentialStore::setSessionSecret(const QString &accountId, const QString &secret)
{
    if (secret.isEmpty())
        m_session.remove(accountId);
    else
        m_session.insert(accountId, secret);
}

QString CredentialStore::sessionSecret(const QString &accountId) const
{
    return m_session.value(accountId);
}

void CredentialStore::secretFor(const Account &account, const SettingsStore *accounts, Callback done)
{
    Result r;
    switch (account.secretStorage) {
    case Account::SecretStorage::Keychain:
        read(account.id, std::move(done));
        return;
    case Account::SecretStorage::SessionOnly:
        r.secret = sessionSecret(account.id);
        if (r.secret.isEmpty()) {
            r.status = Status::NotFound;
            r.message = tr("The secret of this account was kept for one session only: enter it again.");
        }
        break;
    case Account::SecretStorage::SettingsFile:
        r.secret = accounts ? accounts->plainSecret(account.id) : QString();
        if (r.secret.isEmpty()) {
            r.status = Status::NotFound;
            r.message = tr("No secret is saved in the settings file for this account.");
        }
        break;
    }
    deliver(std::move(done), r);
}

QString CredentialStore::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::NotFound:
        return QStringLiteral("not_found");
    case Status::Unavailable:
        break;
    }
    return QStringLiteral("unavailable");
}

} // namespace Railgun
