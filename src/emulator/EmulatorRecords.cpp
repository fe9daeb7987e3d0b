#include "EmulatorRecords.h"

#include <QJsonArray>

namespace Emulator {

namespace {
QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

QStringList strings(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &item : v.toArray())
        list.append(item.toString());
    return list;
}
} // namespace

QJsonObject Account::toJson() const
{
    return {{QStringLiteral("user_id"), userId},
            {QStringLiteral("email"), email},
            {QStringLiteral("token"), token},
            {QStringLiteral("host_key"), nullable(hostKey)},
            {QStringLiteral("hosted_by"), nullable(hostedBy)},
            {QStringLiteral("domains"), QJsonArray::fromStringList(domains)}};
}

Account Account::fromJson(const QJsonObject &o)
{
    Account a;
    a.userId = str(o, "user_id");
    a.email = str(o, "email");
    a.token = str(o, "token");
    a.hostKey = str(o, "host_key");
    a.hostedBy = str(o, "hosted_by");
    for (const QString &d : strings(o.value(QLatin1String("domains"))))
        a.domains.append(d.toLower());
    return a;
}

QJsonObject Railgun::toJson() const
{
    return {{QStringLiteral("railgun_id"), railgunId},
            {QStringLiteral("user_id"), userId},
            {QStringLiteral("name"), name},
            {QStringLiteral("pubname"), pubname},
            {QStringLiteral("status"), status},
            {QStringLiteral("mode"), mode},
            {QStringLiteral("rtkn"), rtkn},
            {QStringLiteral("cdate"), cdate},
            {QStringLiteral("edate"), edate},
            {QStringLiteral("activated_on"), nullable(activatedOn)},
            {QStringLiteral("deleted_on"), nullable(deletedOn)},
            {QStringLiteral("ip"), nullable(ip)},
            {QStringLiteral("port"), port},
            {QStringLiteral("ranges"), QJsonArray::fromStringList(ranges)}};
}

Railgun Railgun::fromJson(const QJsonObject &o)
{
    Railgun r;
    r.railgunId = str(o, "railgun_id");
    r.userId = str(o, "user_id");
    r.name = str(o, "name");
    r.pubname = str(o, "pubname");
    r.status = str(o, "status");
    if (r.status.isEmpty())
        r.status = QStringLiteral("INI");
    r.mode = str(o, "mode");
    if (r.mode.isEmpty())
        r.mode = QStringLiteral("1");
    r.rtkn = str(o, "rtkn");
    r.cdate = str(o, "cdate");
    r.edate = str(o, "edate");
    r.activatedOn = str(o, "activated_on");
    r.deletedOn = str(o, "deleted_on");
    r.ip = str(o, "ip");
    r.port = str(o, "port");
    if (r.port.isEmpty())
        r.port = QStringLiteral("2408");
    r.ranges = strings(o.value(QLatin1String("ranges")));
    return r;
}

QString Railgun::recName() const
{
    return QStringLiteral("rg%1.railgun.emulator.invalid").arg(railgunId);
}

QJsonObject Railgun::toApiObject() const
{
    const QJsonObject props{{QStringLiteral("build"), QStringLiteral("emulator")},
                            {QStringLiteral("number"), QStringLiteral("5.3.3")},
                            {QStringLiteral("revision"), QStringLiteral("0")}};
    return {{QStringLiteral("cdate"), nullable(cdate)},
            {QStringLiteral("edate"), nullable(edate)},
            {QStringLiteral("props"), props},
            {QStringLiteral("railgun_activated_on"), nullable(activatedOn)},
            {QStringLiteral("railgun_api_key"), rtkn},
            {QStringLiteral("railgun_deleted_on"), nullable(deletedOn)},
            {QStringLiteral("railgun_host_id"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("railgun_id"), railgunId},
            {QStringLiteral("railgun_ip"), nullable(ip)},
            {QStringLiteral("railgun_mode"), mode},
            {QStringLiteral("railgun_name"), name},
            {QStringLiteral("railgun_port"), port},
            {QStringLiteral("railgun_pubname"), pubname},
            {QStringLiteral("railgun_rec_id"), railgunId},
            {QStringLiteral("railgun_rec_name"), recName()},
            {QStringLiteral("railgun_status"), status},
            {QStringLiteral("railgun_tag"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("railgun_type"), QStringLiteral("user")},
            {QStringLiteral("railgun_user_id"), userId}};
}

QJsonObject Connection::toJson() const
{
    return {{QStringLiteral("domain"), domain},        {QStringLiteral("railgun_conn_id"), connId},
            {QStringLiteral("railgun_id"), railgunId}, {QStringLiteral("mode"), mode},
            {QStringLiteral("enabled"), enabled},      {QStringLiteral("status"), status}};
}

Connection Connection::fromJson(const QJsonObject &o)
{
    Connection c;
    c.domain = str(o, "domain").toLower();
    c.connId = str(o, "railgun_conn_id");
    c.railgunId = str(o, "railgun_id");
    c.mode = str(o, "mode");
    c.enabled = str(o, "enabled");
    if (c.enabled.isEmpty())
        c.enabled = c.mode == QLatin1String("1") ? QStringLiteral("t") : QStringLiteral("f");
    c.status = str(o, "status");
    if (c.status.isEmpty())
        c.status = QStringLiteral("V");
    return c;
}

QJsonObject Connection::toApiObject() const
{
    return {{QStringLiteral("railgun_conn_id"), connId},
            {QStringLiteral("railgun_id"), railgunId},
            {QStringLiteral("railgun_conn_status"), status},
            {QStringLiteral("railgun_conn_mode"), mode},
            {QStringLiteral("railgun_enabled"), enabled}};
}

QJsonObject Suggestion::toJson() const
{
    return {{QStringLiteral("domain"), domain},
            {QStringLiteral("railgun_id"), railgunId},
            {QStringLiteral("auto_enabled"), autoEnabled}};
}

Suggestion Suggestion::fromJson(const QJsonObject &o)
{
    return {str(o, "domain").toLower(), str(o, "railgun_id"), str(o, "auto_enabled")};
}

QString pgTimestamp(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    const int offset = local.offsetFromUtc();
    const int absOffset = offset < 0 ? -offset : offset;
    QString zone = QStringLiteral("%1%2")
                       .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                       .arg(absOffset / 3600, 2, 10, QLatin1Char('0'));
    if (absOffset % 3600)
        zone += QStringLiteral(":%1").arg((absOffset % 3600) / 60, 2, 10, QLatin1Char('0'));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + QStringLiteral("000") + zone;
}

} // namespace Emulator
