#include "JsonOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace RailgunCtl::JsonOutput {

namespace {
QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject errorObject(const Failure &f)
{
    QJsonObject o{{QStringLiteral("kind"), f.kind},
                  {QStringLiteral("message"), f.message},
                  {QStringLiteral("code"), stringOrNull(f.code)}};
    if (!f.outcome.isEmpty())
        o.insert(QStringLiteral("outcome"), f.outcome);
    return o;
}

QJsonObject stateObject(const std::optional<Railgun::Connection> &c)
{
    if (!c) {
        return QJsonObject{{QStringLiteral("connected"), false},
                           {QStringLiteral("railgun_id"), QJsonValue::Null},
                           {QStringLiteral("enabled"), false},
                           {QStringLiteral("mode"), QJsonValue::Null}};
    }
    return QJsonObject{{QStringLiteral("connected"), true},
                       {QStringLiteral("railgun_id"), stringOrNull(c->railgunId)},
                       {QStringLiteral("enabled"), c->enabled},
                       {QStringLiteral("mode"), c->modeActive ? 1 : 0}};
}

QByteArray toBytes(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return doc.toJson(QJsonDocument::Indented);
}
} // namespace

QByteArray domains(const QList<DomainOutcome> &outcomes)
{
    QJsonArray array;
    for (const DomainOutcome &o : outcomes) {
        QJsonObject item{{QStringLiteral("domain"), o.domain}, {QStringLiteral("ok"), o.ok}};
        if (o.ok) {
            item.insert(QStringLiteral("state"), stateObject(o.connection));
            if (!o.note.isEmpty())
                item.insert(QStringLiteral("note"), o.note);
        } else
            item.insert(QStringLiteral("error"), errorObject(o.failure));
        array.append(item);
    }
    return toBytes(array);
}

QByteArray railguns(const QList<Railgun::RailgunInfo> &list)
{
    QJsonArray array;
    for (const Railgun::RailgunInfo &r : list) {
        // Deliberately field by field: railgun_api_key (r.apiKey) is a secret and never printed.
        array.append(QJsonObject{
            {QStringLiteral("id"), stringOrNull(r.id)},
            {QStringLiteral("name"), stringOrNull(r.name)},
            {QStringLiteral("pubname"), stringOrNull(r.pubname)},
            {QStringLiteral("status"), stringOrNull(r.status)},
            {QStringLiteral("mode"), r.modeActive ? 1 : 0},
            {QStringLiteral("activated_on"), stringOrNull(r.activatedOn)},
            {QStringLiteral("deleted_on"), stringOrNull(r.deletedOn)},
            {QStringLiteral("created_on"), stringOrNull(r.createdOn)},
            {QStringLiteral("edited_on"), stringOrNull(r.editedOn)},
            {QStringLiteral("ip"), stringOrNull(r.ip)},
            {QStringLiteral("port"), stringOrNull(r.port)},
            {QStringLiteral("rec_name"), stringOrNull(r.recName)},
            {QStringLiteral("version"), stringOrNull(r.version)},
        });
    }
    return toBytes(array);
}

QByteArray created(const Railgun::InitResult &created, const QString &pubname)
{
    return toBytes(QJsonObject{{QStringLiteral("id"), stringOrNull(created.railgunId)},
                               {QStringLiteral("name"), stringOrNull(created.name)},
                               {QStringLiteral("pubname"), stringOrNull(pubname)},
                               {QStringLiteral("status"), stringOrNull(created.status)},
                               {QStringLiteral("rtkn"), stringOrNull(created.rtkn)}});
}

QByteArray deleted(const Railgun::ActionResult &change)
{
    return toBytes(
        QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("id"), stringOrNull(change.railgunId)}});
}

QByteArray failure(const Failure &f)
{
    return toBytes(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), errorObject(f)}});
}

} // namespace RailgunCtl::JsonOutput
