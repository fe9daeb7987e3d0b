#include "api/ResponseParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace Railgun::ResponseParser {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Railgun::ResponseParser", text);
}

ApiError malformed(const QString &detail)
{
    ApiError e;
    e.kind = ApiError::Kind::MalformedBody;
    e.detail = detail;
    return e;
}

// Drops each comma whose next non-blank character closes an object or array, outside strings.
QByteArray withoutTrailingCommas(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == ',') {
            qsizetype j = i + 1;
            while (j < in.size() &&
                   (in.at(j) == ' ' || in.at(j) == '\t' || in.at(j) == '\n' || in.at(j) == '\r'))
                ++j;
            // Only a comma that follows a value is trailing: "[,]" and "{,}" stay malformed.
            qsizetype k = out.size() - 1;
            while (k >= 0 &&
                   (out.at(k) == ' ' || out.at(k) == '\t' || out.at(k) == '\n' || out.at(k) == '\r'))
                --k;
            const bool afterValue = k >= 0 && out.at(k) != '[' && out.at(k) != '{' && out.at(k) != ',';
            if (afterValue && j < in.size() && (in.at(j) == '}' || in.at(j) == ']'))
                continue;
        }
        out += c;
    }
    return out;
}

QString field(const QJsonObject &obj, const char *key)
{
    return scalarToString(obj.value(QLatin1String(key)));
}
} // namespace

QString scalarToString(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // The range check keeps the cast defined for huge numbers (err_code 1e300); NaN fails it too.
        if (std::abs(d) < 9.2e18 && d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("t") : QStringLiteral("f");
    default:
        return {};
    }
}

bool scalarToBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    const QString s = value.toString().trimmed().toLower();
    return s == QLatin1String("1") || s == QLatin1String("t") || s == QLatin1String("true") ||
           s == QLatin1String("y") || s == QLatin1String("yes");
}

bool parseLenientJson(const QByteArray &body, QJsonDocument *doc, QString *error)
{
    if (body.trimmed().isEmpty()) {
        *error = tr("The answer was empty.");
        return false;
    }
    QJsonParseError pe;
    *doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error == QJsonParseError::NoError)
        return true;
    *doc = QJsonDocument::fromJson(withoutTrailingCommas(body), &pe);
    if (pe.error == QJsonParseError::NoError)
        return true;
    *error = QCoreApplication::translate("Railgun::ResponseParser", "It is not valid JSON (%1 at byte %2).")
                 .arg(pe.errorString())
                 .arg(pe.offset);
    return false;
}

bool parseEnvelope(const QByteArray &body, QJsonObject *response, ApiError *error)
{
    QJsonDocument doc;
    QString why;
    if (!parseLenientJson(body, &doc, &why)) {
        *error = malformed(why);
        return false;
    }
    if (!doc.isObject()) {
        *error = malformed(tr("It is not a JSON object."));
        return false;
    }
    const QJsonObject root = doc.object();
    const QString result = scalarToString(root.value(QLatin1String("result"))).toLower();
    if (result == QLatin1String("success")) {
        const QJsonValue r = root.value(QLatin1String("response"));
        if (!r.isObject()) {
            *error = malformed(tr("The success answer has no \"response\" object."));
            return false;
        }
        *response = r.toObject();
        return true;
    }
    if (result == QLatin1String("error")) {
        ApiError e;
        e.kind = ApiError::Kind::Api;
        e.apiMessage = scalarToString(root.value(QLatin1String("msg"))).trimmed();
        e.apiCode = scalarToString(root.value(QLatin1String("err_code"))).trimmed();
        *error = e;
        return false;
    }
    *error = malformed(tr("The answer has no \"result\" of success or error."));
    return false;
}

RailgunInfo parseRailgun(const QJsonObject &obj)
{
    RailgunInfo r;
    r.id = field(obj, "railgun_id");
    r.name = field(obj, "railgun_name");
    r.pubname = field(obj, "railgun_pubname");
    r.status = field(obj, "railgun_status").toUpper();
    r.modeActive = scalarToBool(obj.value(QLatin1String("railgun_mode")));
    r.activatedOn = field(obj, "railgun_activated_on");
    r.deletedOn = field(obj, "railgun_deleted_on");
    r.createdOn = field(obj, "cdate");
    r.editedOn = field(obj, "edate");
    r.apiKey = field(obj, "railgun_api_key");
    r.ip = field(obj, "railgun_ip");
    r.port = field(obj, "railgun_port");
    r.hostId = field(obj, "railgun_host_id");
    r.userId = field(obj, "railgun_user_id");
    r.recName = field(obj, "railgun_rec_name");
    r.type = field(obj, "railgun_type");
    const QJsonObject props = obj.value(QLatin1String("props")).toObject();
    r.build = field(props, "build");
    r.version = field(props, "number");
    return r;
}

QList<RailgunInfo> parseRailgunList(const QJsonValue &railguns, bool *ok)
{
    QList<RailgunInfo> list;
    *ok = false;
    if (railguns.isNull() || railguns.isUndefined()) {
        *ok = true; // no Railguns at all
        return list;
    }
    // `count` is not trusted (the documented example disagrees with `objs`).
    QJsonValue objs = railguns.isObject() ? railguns.toObject().value(QLatin1String("objs")) : railguns;
    if (objs.isNull() || objs.isUndefined()) {
        *ok = true;
        return list;
    }
    if (!objs.isArray())
        return list;
    const QJsonArray array = objs.toArray();
    for (const QJsonValue &v : array) {
        if (!v.isObject())
            return {};
        const RailgunInfo r = parseRailgun(v.toObject());
        if (r.id.isEmpty())
            return {};
        list.append(r);
    }
    *ok = true;
    return list;
}

std::optional<Connection> parseConnection(const QJsonValue &railgunConn, bool *ok)
{
    *ok = true;
    if (railgunConn.isNull() || railgunConn.isUndefined())
        return std::nullopt;
    if (!railgunConn.isObject()) {
        *ok = false;
        return std::nullopt;
    }
    const QJsonValue objValue = railgunConn.toObject().value(QLatin1String("obj"));
    if (objValue.isNull() || objValue.isUndefined())
        return std::nullopt;
    if (!objValue.isObject()) {
        *ok = false;
        return std::nullopt;
    }
    const QJsonObject obj = objValue.toObject();
    Connection c;
    c.connId = field(obj, "railgun_conn_id");
    c.railgunId = field(obj, "railgun_id");
    c.status = field(obj, "railgun_conn_status");
    c.modeActive = scalarToBool(obj.value(QLatin1String("railgun_conn_mode")));
    c.enabled = scalarToBool(obj.value(QLatin1String("railgun_enabled")));
    if (c.railgunId.isEmpty()) {
        *ok = false;
        return std::nullopt;
    }
    return c;
}

void parsePayload(const QJsonObject &response, ApiResult *result)
{
    bool ok = true;
    QString missing;
    switch (result->action) {
    case Action::UserGetAll:
    case Action::HostGetAll:
        result->railguns = parseRailgunList(response.value(QLatin1String("railguns")), &ok);
        if (!ok)
            missing = QStringLiteral("railguns");
        break;
    case Action::ZoneConnGetActive:
        result->connection = parseConnection(response.value(QLatin1String("railgun_conn")), &ok);
        if (!ok)
            missing = QStringLiteral("railgun_conn");
        break;
    case Action::Init:
        result->created.railgunId = field(response, "railgun_id");
        result->created.name = field(response, "railgun_name");
        result->created.status = field(response, "railgun_status");
        result->created.rtkn = field(response, "rtkn");
        if (result->created.rtkn.isEmpty())
            missing = QStringLiteral("rtkn");
        break;
    case Action::UserLookup: {
        result->lookup.email = field(response, "cloudflare_email");
        result->lookup.uniqueId = field(response, "unique_id");
        result->lookup.userExists = scalarToBool(response.value(QLatin1String("user_exists")));
        result->lookup.userAuthed = scalarToBool(response.value(QLatin1String("user_authed")));
        const QJsonValue zones = response.value(QLatin1String("hosted_zones"));
        if (zones.isArray()) {
            for (const QJsonValue &z : zones.toArray()) {
                const QString s = scalarToString(z);
                if (!s.isEmpty())
                    result->lookup.hostedZones.append(s);
            }
        } else if (!zones.isNull() && !zones.isUndefined()) {
            missing = QStringLiteral("hosted_zones");
        }
        break;
    }
    case Action::ConnSet:
    case Action::Delete:
    case Action::ConnSetModeEnabled:
    case Action::ConnSetModeDisabled:
    case Action::ConnDelete:
    case Action::SuggestionSet:
    case Action::IprSet:
        // conn_set answers either railgun_id (client docs) or railgun_conn_id + railgun_rec_name (partner
        // docs).
        result->change.railgunId = field(response, "railgun_id");
        result->change.connId = field(response, "railgun_conn_id");
        result->change.recName = field(response, "railgun_rec_name");
        break;
    }
    if (!missing.isEmpty()) {
        result->error =
            malformed(QCoreApplication::translate("Railgun::ResponseParser",
                                                  "The field \"%1\" is missing or has the wrong type.")
                          .arg(missing));
    }
}

void parse(const QByteArray &body, ApiResult *result)
{
    QJsonObject response;
    ApiError error;
    if (!parseEnvelope(body, &response, &error)) {
        result->error = error;
        return;
    }
    parsePayload(response, result);
}

} // namespace Railgun::ResponseParser
