#include "ProfileLoader.h"

#include "storage/CredentialStore.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>

namespace RailgunCtl {

namespace {
Configuration failed(const QString &why)
{
    Configuration c;
    c.error = why;
    return c;
}
} // namespace

ProfileLoader::ProfileLoader(QObject *parent)
    : QObject(parent)
{}

void ProfileLoader::load(const QString &name, const QString &settingsFile, Callback done)
{
    // Always answer from the event loop, as the keychain does.
    auto finish = [this, done](const Configuration &c) {
        QTimer::singleShot(0, this, [done, c] { done(c); });
    };

    if (!settingsFile.isEmpty() && !QFileInfo(settingsFile).isReadable()) {
        finish(failed(QCoreApplication::translate("RailgunCtl::ProfileLoader",
                                                  "The settings file \"%1\" cannot be read.")
                          .arg(settingsFile)));
        return;
    }
    m_accounts = new Railgun::SettingsStore(settingsFile, this);
    std::optional<Railgun::Account> found = m_accounts->accountByName(name);
    if (!found)
        found = m_accounts->account(name);
    if (!found) {
        QStringList names;
        const QList<Railgun::Account> accounts = m_accounts->accounts();
        for (const Railgun::Account &a : accounts)
            names.append(a.name);
        QString why =
            QCoreApplication::translate("RailgunCtl::ProfileLoader", "No saved account named \"%1\" in %2.")
                .arg(name, m_accounts->fileName());
        if (!names.isEmpty())
            why += QLatin1Char(' ') +
                   QCoreApplication::translate("RailgunCtl::ProfileLoader", "Saved accounts: %1.")
                       .arg(names.join(QStringLiteral(", ")));
        finish(failed(why));
        return;
    }
    const Railgun::Account account = *found;

    Configuration base;
    QString optionsError;
    base.options = account.apiOptions(&optionsError);
    if (!optionsError.isEmpty()) {
        finish(failed(optionsError));
        return;
    }
    QUrl url;
    base.error = ConfigurationLoader::checkBaseUrl(
        account.baseUrl,
        QCoreApplication::translate("RailgunCtl::ProfileLoader", "The API base URL of \"%1\"")
            .arg(account.name),
        account.allowInsecureHttp, &url);
    if (!base.ok()) {
        finish(base);
        return;
    }
    base.options.baseUrl = url;
    base.rateLimit = {account.rateLimitRequests, account.rateLimitWindowSecs};

    m_credentials = new Railgun::CredentialStore(QStringLiteral("railgun-desk"), this);
    m_credentials->secretFor(
        account, m_accounts, [account, base, done](const Railgun::CredentialStore::Result &r) {
            Configuration c = base;
            if (r.status != Railgun::CredentialStore::Status::Ok) {
                c.error =
                    QCoreApplication::translate("RailgunCtl::ProfileLoader",
                                                "The secret of the saved account \"%1\" is not available.")
                        .arg(account.name);
                if (!r.message.isEmpty())
                    c.error += QLatin1Char(' ') + r.message;
                done(c);
                return;
            }
            c.credentials = account.credentials(r.secret);
            if (!c.credentials.isComplete())
                c.error = QCoreApplication::translate("RailgunCtl::ProfileLoader",
                                                      "The saved account \"%1\" has incomplete credentials.")
                              .arg(account.name);
            done(c);
        });
}

} // namespace RailgunCtl
