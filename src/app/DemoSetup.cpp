#include "DemoSetup.h"

#include "api/ApiReply.h"
#include "api/RailgunApi.h"
#include "storage/CredentialStore.h"
#include "storage/DomainListStore.h"
#include "storage/SettingsStore.h"

namespace Railgun {

namespace {
// The emulator's public demo values (src/emulator/DemoData): not secrets of anyone.
const QString kDemoEmail = QStringLiteral("demo@example.com");
const QString kDemoToken = QStringLiteral("demo-token-0123456789abcdef");
const QString kDemoHostKey = QStringLiteral("demo-host-key-0123456789abcdef");
} // namespace

DemoSetup::DemoSetup(SettingsStore *accounts, CredentialStore *credentials, const QString &dataDirectory,
                     QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_credentials(credentials)
    , m_dataDirectory(dataDirectory)
    , m_nam(nam)
{}

QString DemoSetup::accountName()
{
    return tr("Demo (emulator)");
}

void DemoSetup::run(const QUrl &emulatorUrl)
{
    QUrl base = emulatorUrl;
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    base = base.resolved(QUrl(QStringLiteral("api/v2/railgun/")));

    Account account;
    // Found again by the emulator's demo address, not by its (translated) name: the same account, with its
    // domain list and last known states, whatever the language and the emulator's port.
    for (const Account &a : m_accounts->accounts()) {
        if (a.email == kDemoEmail && a.kind == Credentials::Kind::Client)
            account = a;
    }
    account.name = accountName();
    account.kind = Credentials::Kind::Client;
    account.email = kDemoEmail;
    account.baseUrl = base;
    account.secretStorage = Account::SecretStorage::SessionOnly;
    // The default budget (Cloudflare's 1,200 requests per 5 minutes): the demo shows the real behaviour.
    account.concurrency = 4;
    account.rateLimitRequests = Account().rateLimitRequests;
    account.rateLimitWindowSecs = Account().rateLimitWindowSecs;
    // scripts/demo gives the emulator the same limit; RAILGUN_DEMO_RATE_LIMIT=N (requests per 300 s,
    // 0 = none) changes both, e.g. for the screenshots and the secret check, which need no waiting.
    bool numeric = false;
    const int requests = qEnvironmentVariableIntValue("RAILGUN_DEMO_RATE_LIMIT", &numeric);
    if (numeric && requests >= 0)
        account.rateLimitRequests = requests;
    const QString id = m_accounts->save(account);
    m_credentials->setSessionSecret(id, kDemoToken);
    m_accounts->setCurrentAccountId(id);

    const DomainListStore lists(m_dataDirectory);
    if (!lists.load(id).domains.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, id] { emit finished(id, QString()); }, Qt::QueuedConnection);
        return;
    }
    auto *host = new RailgunApi(m_nam, this);
    Credentials partner;
    partner.kind = Credentials::Kind::Partner;
    partner.hostKey = kDemoHostKey;
    host->setCredentials(partner);
    ApiOptions options;
    options.baseUrl = base;
    host->setOptions(options);
    ApiReply *reply = host->userLookup(kDemoEmail);
    connect(reply, &ApiReply::finished, this,
            [this, host, id, dir = m_dataDirectory](const ApiResult &result) {
                host->deleteLater();
                QString problem;
                if (result.ok()) {
                    if (!DomainListStore(dir).save(id, result.lookup.hostedZones, &problem))
                        problem = tr("The demo domain list could not be saved: %1").arg(problem);
                } else {
                    problem = tr("The demo domains could not be looked up: %1").arg(result.error.toText());
                }
                emit finished(id, problem);
            });
}

} // namespace Railgun
