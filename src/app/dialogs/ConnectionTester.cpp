#include "dialogs/ConnectionTester.h"

#include "api/RailgunApi.h"
#include "storage/Account.h"

#include <QCoreApplication>

namespace Railgun {

ConnectionTester::ConnectionTester(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{}

void ConnectionTester::test(const Account &account, const QString &secret)
{
    if (!m_api)
        m_api = new RailgunApi(m_nam, this);
    if (m_reply)
        m_reply->cancel();
    m_api->setOptions(account.apiOptions());
    m_api->setCredentials(account.credentials(secret));
    ApiReply *reply = m_api->listRailguns();
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply](const ApiResult &result) {
        if (reply != m_reply)
            return; // superseded by a newer test
        m_reply = nullptr;
        // The dialog's context, so its existing translations apply.
        const QString text = result.ok() ? QCoreApplication::translate("Railgun::CredentialsDialog",
                                                                       "Connected: %n Railgun(s)", nullptr,
                                                                       int(result.railguns.size()))
                                         : result.error.toText();
        emit finished(result.ok(), text);
    });
}

} // namespace Railgun
