#pragma once

// Shared by the reliability tests: admin calls that also work over TLS, a tap on every reply a
// RailgunApi hands out (so a test sees the calls DomainController makes), and table-vs-server checks.
#include "api/ApiResult.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace Railgun {
class DomainController;
class DomainTableModel;
class RailgunApi;
class RailgunListModel;
} // namespace Railgun

namespace Reliability {

// An emulator fixture: one account owning `domains`, all connected and enabled, spread over three
// active Railguns (ids 50, 51, 52).
QByteArray fixtureJson(const QStringList &domains, const QString &email, const QString &token,
                       const QString &userId);

// Every ApiReply the api creates, in order, with its result once finished.
class ReplyTap final : public QObject
{
public:
    struct Call
    {
        Railgun::Action action = Railgun::Action::UserGetAll;
        QString domain;
        bool finished = false;
        Railgun::ApiResult result;
    };
    explicit ReplyTap(Railgun::RailgunApi *api);
    ~ReplyTap() override;

    const QList<Call> &calls() const { return m_calls; }
    int outstanding() const { return m_outstanding; }
    // The most replies of one domain that were unfinished at the same time (calls without a domain aside).
    int maxOutstandingPerDomain() const { return m_maxPerDomain; }
    // Run for every reply once it is on its way (before its answer) and once it has its answer.
    void setOnStarted(std::function<void(const Call &)> f) { m_onStarted = std::move(f); }
    void setOnFinished(std::function<void(const Call &)> f) { m_onFinished = std::move(f); }
    // The first finished call of this action, or nullptr.
    const Call *first(Railgun::Action action) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void adopt(QObject *child);
    QPointer<Railgun::RailgunApi> m_api;
    QList<Call> m_calls;
    int m_outstanding = 0;
    QHash<QString, int> m_perDomain;
    int m_maxPerDomain = 0;
    std::function<void(const Call &)> m_onStarted;
    std::function<void(const Call &)> m_onFinished;
};

// The emulator's connections: domain -> {railgun id, enabled}.
struct ServerConnection
{
    QString railgunId;
    bool enabled = false;
};
QHash<QString, ServerConnection> connectionsOf(const QJsonObject &state);
// The Railguns of one user: id -> status.
QHash<QString, QString> railgunsOf(const QJsonObject &state, const QString &userId);
QStringList domainsOf(const QJsonObject &state, const QString &email);
QString rtknOf(const QJsonObject &state, const QString &railgunId);

// The first row that differs from the server ("" when every row matches). A row matches when it is
// not pending, its state is known and connected/railgun/enabled equal the server's.
QString tableMismatch(const Railgun::DomainTableModel &model, const QHash<QString, ServerConnection> &server);
QString railgunListMismatch(const Railgun::RailgunListModel &model, const QHash<QString, QString> &server);

// Runs the event loop until nothing moves: no reply outstanding, the controller idle and no row
// pending, continuously for settleMs. False on timeout.
bool waitQuiet(const Railgun::DomainController &controller, const ReplyTap &tap, int settleMs = 300,
               int timeoutMs = 60000);

} // namespace Reliability
