#include "ReliabilitySupport.h"

#include "api/ApiReply.h"
#include "api/RailgunApi.h"
#include "models/DomainTableModel.h"
#include "models/RailgunListModel.h"
#include "operations/DomainController.h"

#include <QChildEvent>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QTest>
#include <QTimer>

namespace Reliability {

using namespace Railgun;

QByteArray fixtureJson(const QStringList &domains, const QString &email, const QString &token,
                       const QString &userId)
{
    QJsonArray railguns;
    for (int r = 0; r < 3; ++r) {
        railguns.append(
            QJsonObject{{QStringLiteral("railgun_id"), QString::number(50 + r)},
                        {QStringLiteral("user_id"), userId},
                        {QStringLiteral("name"), QStringLiteral("rg-load-%1").arg(r)},
                        {QStringLiteral("pubname"), QStringLiteral("Load %1").arg(r)},
                        {QStringLiteral("status"), QStringLiteral("V")},
                        {QStringLiteral("mode"), QStringLiteral("1")},
                        {QStringLiteral("rtkn"), QStringLiteral("b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b%1").arg(r)},
                        {QStringLiteral("cdate"), QStringLiteral("2012-10-27 16:34:37.718746-07")},
                        {QStringLiteral("edate"), QStringLiteral("2012-10-27 16:34:37.718746-07")},
                        {QStringLiteral("activated_on"), QStringLiteral("2012-10-27 16:40:01.000000-07")},
                        {QStringLiteral("deleted_on"), QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("ip"), QStringLiteral("192.0.2.%1").arg(10 + r)},
                        {QStringLiteral("port"), QStringLiteral("2408")},
                        {QStringLiteral("ranges"), QJsonArray()}});
    }
    QJsonArray connections;
    for (int i = 0; i < domains.size(); ++i) {
        connections.append(QJsonObject{{QStringLiteral("domain"), domains.at(i)},
                                       {QStringLiteral("railgun_conn_id"), QString::number(1000 + i)},
                                       {QStringLiteral("railgun_id"), QString::number(50 + i % 3)},
                                       {QStringLiteral("mode"), QStringLiteral("1")},
                                       {QStringLiteral("enabled"), QStringLiteral("t")},
                                       {QStringLiteral("status"), QStringLiteral("V")}});
    }
    const QJsonObject account{{QStringLiteral("user_id"), userId},
                              {QStringLiteral("email"), email},
                              {QStringLiteral("token"), token},
                              {QStringLiteral("host_key"), QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("hosted_by"), QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("domains"), QJsonArray::fromStringList(domains)}};
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("accounts"), QJsonArray{account}},
                           {QStringLiteral("railguns"), railguns},
                           {QStringLiteral("connections"), connections},
                           {QStringLiteral("suggestions"), QJsonArray()},
                           {QStringLiteral("next_id"), 100000}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// ---------------------------------------------------------------- ReplyTap

ReplyTap::ReplyTap(RailgunApi *api)
    : m_api(api)
{
    api->installEventFilter(this);
}

ReplyTap::~ReplyTap()
{
    if (m_api)
        m_api->removeEventFilter(this);
}

bool ReplyTap::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_api && event->type() == QEvent::ChildAdded) {
        // The child is still being constructed: look at it once the event loop runs again, which is
        // always before its finished() (a reply never finishes inside the call that created it).
        QPointer<QObject> child = static_cast<QChildEvent *>(event)->child();
        QMetaObject::invokeMethod(
            this, [this, child] { adopt(child); }, Qt::QueuedConnection);
    }
    return false;
}

void ReplyTap::adopt(QObject *child)
{
    auto *reply = qobject_cast<ApiReply *>(child);
    if (!reply)
        return;
    const int index = int(m_calls.size());
    m_calls.append(Call{reply->action(), reply->domain(), false, {}});
    if (reply->isFinished()) {
        m_calls[index].finished = true;
        m_calls[index].result = reply->result();
        return;
    }
    ++m_outstanding;
    const QString domain = reply->domain();
    if (!domain.isEmpty())
        m_maxPerDomain = qMax(m_maxPerDomain, ++m_perDomain[domain]);
    connect(reply, &ApiReply::finished, this, [this, index, domain](const ApiResult &result) {
        m_calls[index].finished = true;
        m_calls[index].result = result;
        --m_outstanding;
        if (!domain.isEmpty())
            --m_perDomain[domain];
        if (m_onFinished)
            m_onFinished(m_calls.at(index));
    });
    if (m_onStarted)
        m_onStarted(m_calls.at(index));
}

const ReplyTap::Call *ReplyTap::first(Action action) const
{
    for (const Call &c : m_calls) {
        if (c.action == action && c.finished)
            return &c;
    }
    return nullptr;
}

// ---------------------------------------------------------------- state comparisons

QHash<QString, ServerConnection> connectionsOf(const QJsonObject &state)
{
    QHash<QString, ServerConnection> out;
    for (const QJsonValue &v : state.value(QLatin1String("connections")).toArray()) {
        const QJsonObject o = v.toObject();
        out.insert(o.value(QLatin1String("domain")).toString(),
                   {o.value(QLatin1String("railgun_id")).toString(),
                    o.value(QLatin1String("enabled")).toString() == QLatin1String("t")});
    }
    return out;
}

QHash<QString, QString> railgunsOf(const QJsonObject &state, const QString &userId)
{
    QHash<QString, QString> out;
    for (const QJsonValue &v : state.value(QLatin1String("railguns")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("user_id")).toString() == userId)
            out.insert(o.value(QLatin1String("railgun_id")).toString(),
                       o.value(QLatin1String("status")).toString());
    }
    return out;
}

QStringList domainsOf(const QJsonObject &state, const QString &email)
{
    for (const QJsonValue &v : state.value(QLatin1String("accounts")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("email")).toString() == email) {
            QStringList out;
            for (const QJsonValue &d : o.value(QLatin1String("domains")).toArray())
                out.append(d.toString());
            return out;
        }
    }
    return {};
}

QString rtknOf(const QJsonObject &state, const QString &railgunId)
{
    for (const QJsonValue &v : state.value(QLatin1String("railguns")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("railgun_id")).toString() == railgunId)
            return o.value(QLatin1String("rtkn")).toString();
    }
    return {};
}

QString tableMismatch(const DomainTableModel &model, const QHash<QString, ServerConnection> &server)
{
    using S = DomainTableModel::ConnectionState;
    for (int r = 0; r < model.rowCount(); ++r) {
        const DomainTableModel::Row &row = model.rowAt(r);
        const auto it = server.constFind(row.domain);
        const QString serverText = it == server.cend()
                                       ? QStringLiteral("not connected")
                                       : QStringLiteral("railgun %1, %2")
                                             .arg(it->railgunId, it->enabled ? QStringLiteral("enabled")
                                                                             : QStringLiteral("disabled"));
        QString rowText;
        if (row.pending)
            rowText = QStringLiteral("pending");
        else if (row.state == S::Unknown)
            rowText = QStringLiteral("unknown");
        else if (row.state == S::NotConnected)
            rowText = QStringLiteral("not connected");
        else
            rowText =
                QStringLiteral("railgun %1, %2")
                    .arg(row.railgunId, row.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"));
        if (rowText != serverText)
            return QStringLiteral("%1: table says %2, server says %3 (%4)")
                .arg(row.domain, rowText, serverText, row.lastMessage);
    }
    return {};
}

QString railgunListMismatch(const RailgunListModel &model, const QHash<QString, QString> &server)
{
    QHash<QString, QString> shown;
    for (const RailgunInfo &r : model.railguns())
        shown.insert(r.id, r.status);
    if (shown == server)
        return {};
    QStringList diff;
    for (auto it = server.cbegin(); it != server.cend(); ++it) {
        if (shown.value(it.key()) != it.value())
            diff.append(
                QStringLiteral("%1: server %2, list %3").arg(it.key(), it.value(), shown.value(it.key())));
    }
    for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
        if (!server.contains(it.key()))
            diff.append(QStringLiteral("%1: only in the list").arg(it.key()));
    }
    return diff.join(QStringLiteral("; "));
}

bool waitQuiet(const DomainController &controller, const ReplyTap &tap, int settleMs, int timeoutMs)
{
    const auto anyPending = [&controller] {
        const DomainTableModel *m = controller.domainModel();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->rowAt(r).pending)
                return true;
        }
        return false;
    };
    // Quiet = no reply outstanding, nothing queued, busy or pending, for settleMs in a row.
    QElapsedTimer quiet;
    quiet.start();
    return QTest::qWaitFor(
        [&] {
            if (tap.outstanding() > 0 || controller.isBusy() || controller.isRefreshing() ||
                (controller.session() && !controller.session()->isIdle()) || anyPending())
                quiet.restart();
            return quiet.elapsed() >= settleMs;
        },
        timeoutMs);
}

} // namespace Reliability
