#include "TokenResolver.h"

#include "bulk/BulkRunner.h"
#include "session/AccountSession.h"

#include <QCoreApplication>
#include <QTimer>

namespace RailgunCtl {

namespace {
TokenResolver::Resolution failed(const Failure &f)
{
    TokenResolver::Resolution r;
    r.failure = f;
    return r;
}
} // namespace

TokenResolver::TokenResolver(Railgun::AccountSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

void TokenResolver::start(const QStringList &domains)
{
    m_domains = domains;
    m_resolutions.clear();
    if (domains.isEmpty()) {
        QTimer::singleShot(0, this, &TokenResolver::finished);
        return;
    }

    // One run: the account's Railgun list (once) and each domain's connection, all read-only and retried.
    QList<Railgun::BulkItem> items;
    items.append(m_session->listRailgunsItem());
    for (const QString &domain : domains) {
        Railgun::BulkItem lookup;
        lookup.domain = domain;
        lookup.action = Railgun::Action::ZoneConnGetActive;
        items.append(lookup);
    }
    m_results = QList<Railgun::ApiResult>(items.size());

    auto *runner = new Railgun::BulkRunner(m_session, this);
    connect(runner, &Railgun::BulkRunner::itemFinished, this,
            [this](int index, const Railgun::ApiResult &result) {
                if (index >= 0 && index < m_results.size())
                    m_results[index] = result;
            });
    connect(runner, &Railgun::BulkRunner::finished, this, [this, runner] {
        runner->deleteLater();
        resolve();
        emit finished();
    });
    runner->start(items);
}

void TokenResolver::resolve()
{
    const Railgun::ApiResult &listResult = m_results.at(0);
    QHash<QString, QString> keyById;
    for (const Railgun::RailgunInfo &r : listResult.railguns)
        keyById.insert(r.id, r.apiKey);

    for (int i = 0; i < m_domains.size(); ++i) {
        const QString &domain = m_domains.at(i);
        const Railgun::ApiResult &lookup = m_results.at(i + 1);
        if (!lookup.ok()) {
            m_resolutions.insert(
                domain, failed(Failure::fromApiError(
                            lookup.error, tr("Could not look up the domain's Railgun connection:"))));
            continue;
        }
        if (!lookup.connection) {
            m_resolutions.insert(domain,
                                 failed({QStringLiteral("not_connected"),
                                         tr("Not connected to a Railgun: there is no Railgun token to look "
                                            "up."),
                                         QString(),
                                         {}}));
            continue;
        }
        if (!listResult.ok()) {
            m_resolutions.insert(
                domain,
                failed(Failure::fromApiError(
                    listResult.error, tr("Could not list the account's Railguns to find the token:"))));
            continue;
        }
        const QString railgunId = lookup.connection->railgunId;
        const QString key = keyById.value(railgunId);
        if (key.isEmpty()) {
            m_resolutions.insert(
                domain,
                failed({QStringLiteral("unknown_railgun"),
                        QCoreApplication::translate("RailgunCtl::TokenResolver",
                                                    "Connected to Railgun %1, which is not in this "
                                                    "account's list of Railguns, so its token cannot be "
                                                    "looked up; give it with --rtkn or RAILGUN_RTKN.")
                            .arg(railgunId.isEmpty() ? tr("(no id)") : railgunId),
                        QString(),
                        {}}));
            continue;
        }
        Resolution r;
        r.ok = true;
        r.rtkn = key;
        r.connection = lookup.connection;
        m_resolutions.insert(domain, r);
    }
}

} // namespace RailgunCtl
