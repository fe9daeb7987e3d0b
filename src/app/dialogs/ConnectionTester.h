#pragma once

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace Railgun {

class ApiReply;
class RailgunApi;
struct Account;

// The credentials dialog's "Test": lists the Railguns with the given account and secret, on a RailgunApi
// built over the injected QNetworkAccessManager, and reports the outcome in words.
class ConnectionTester final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QNetworkAccessManager *nam, QObject *parent = nullptr);

    // Starts a test; one still running is cancelled and its outcome is not reported.
    void test(const Account &account, const QString &secret);

signals:
    void finished(bool ok, const QString &message);

private:
    QNetworkAccessManager *m_nam;
    RailgunApi *m_api = nullptr;
    QPointer<ApiReply> m_reply;
};

} // namespace Railgun
