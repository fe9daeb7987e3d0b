#include "ActionHandler.h"

#include "ApiEnvelope.h"
#include "EmulatorState.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Emulator {

namespace {
const QString kUnauth = QStringLiteral("E_UNAUTH");
const QString kMissing = QStringLiteral("E_MISSING_PARAM");
const QString kInvalid = QStringLiteral("E_INVALID_PARAM");
const QString kNotFound = QStringLiteral("E_NOT_FOUND");
const QString kNotActive = QStringLiteral("E_NOT_ACTIVE");
const QString kConflict = QStringLiteral("E_CONFLICT");
const QString kUnknown = QStringLiteral("E_UNKNOWN_ACTION");

QString param(const FormFields &params, const char *name)
{
    return params.value(QLatin1String(name)).trimmed();
}

// The first of `names` that is missing or empty, or an empty string.
QString firstMissing(const FormFields &params, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (param(params, name).isEmpty())
            return QLatin1String(name);
    }
    return {};
}

QJsonObject missingError(const QString &name)
{
    return ApiEnvelope::error(kMissing, QStringLiteral("Missing required parameter: %1").arg(name));
}

bool isZeroOrOne(const QString &value)
{
    return value == QLatin1String("0") || value == QLatin1String("1");
}

bool isValidDomain(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    const QStringList labels = name.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return !digits.match(labels.last()).hasMatch();
}

bool isValidIpv4(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25["
                                                      "0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$"));
    return re.match(s).hasMatch();
}

bool isValidRange(const QString &range)
{
    const QStringList parts = range.split(QLatin1Char('/'));
    if (parts.size() > 2 || parts.first().isEmpty())
        return false;
    const QString &address = parts.first();
    int maxPrefix = 0;
    if (isValidIpv4(address)) {
        maxPrefix = 32;
    } else if (address.contains(QLatin1Char(':')) &&
               QHostAddress(address).protocol() == QAbstractSocket::IPv6Protocol) {
        maxPrefix = 128;
    } else {
        return false;
    }
    if (parts.size() == 1)
        return true;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,3}$"));
    if (!digits.match(parts.at(1)).hasMatch())
        return false;
    return parts.at(1).toInt() <= maxPrefix;
}

QString now()
{
    return pgTimestamp(QDateTime::currentDateTime());
}
} // namespace

ActionHandler::ActionHandler(EmulatorState *state, bool autoActivate)
    : m_state(state)
    , m_autoActivate(autoActivate)
{}

const QStringList &ActionHandler::actionNames()
{
    static const QStringList names{QStringLiteral("init"),
                                   QStringLiteral("delete"),
                                   QStringLiteral("user_get_all"),
                                   QStringLiteral("host_get_all"),
                                   QStringLiteral("zone_conn_get_active"),
                                   QStringLiteral("conn_set"),
                                   QStringLiteral("conn_setmode_enabled"),
                                   QStringLiteral("conn_setmode_disabled"),
                                   QStringLiteral("conn_delete"),
                                   QStringLiteral("suggestion_set"),
                                   QStringLiteral("ipr_set")};
    return names;
}

QJsonObject ActionHandler::handle(const QString &action, const FormFields &params, bool isPost)
{
    if (!actionNames().contains(action))
        return ApiEnvelope::error(kUnknown, QStringLiteral("Unknown action."));
    if (action == QLatin1String("ipr_set") && !isPost)
        return ApiEnvelope::error(kUnknown, QStringLiteral("ipr_set is only available as POST."));
    QJsonObject error;
    Account *account = authenticate(params, &error);
    if (!account)
        return error;
    if (action == QLatin1String("init"))
        return init(account, params);
    if (action == QLatin1String("delete"))
        return remove(account, params);
    if (action == QLatin1String("user_get_all"))
        return listRailguns(account, QStringLiteral("railgun_user_get_all"));
    if (action == QLatin1String("host_get_all"))
        return listRailguns(account, QStringLiteral("railgun_host_get_all"));
    if (action == QLatin1String("zone_conn_get_active"))
        return connGetActive(account, params);
    if (action == QLatin1String("conn_set"))
        return connSet(account, params);
    if (action == QLatin1String("conn_setmode_enabled"))
        return connSetMode(account, params, true);
    if (action == QLatin1String("conn_setmode_disabled"))
        return connSetMode(account, params, false);
    if (action == QLatin1String("conn_delete"))
        return connDelete(account, params);
    if (action == QLatin1String("suggestion_set"))
        return suggestionSet(account, params);
    return iprSet(account, params);
}

Account *ActionHandler::authenticate(const FormFields &params, QJsonObject *error)
{
    const QString hostKey = param(params, "host_key");
    if (!hostKey.isEmpty()) {
        if (Account *a = m_state->accountByHostKey(hostKey))
            return a;
        *error = ApiEnvelope::error(kUnauth, QStringLiteral("Invalid host key."));
        return nullptr;
    }
    const QString email = param(params, "email");
    const QString token = param(params, "tkn");
    if (email.isEmpty() || token.isEmpty()) {
        *error = ApiEnvelope::error(kUnauth,
                                    QStringLiteral("Missing credentials: send email and tkn, or host_key."));
        return nullptr;
    }
    Account *a = m_state->accountByEmail(email);
    if (!a || a->token.isEmpty() || a->token != token) {
        *error = ApiEnvelope::error(kUnauth, QStringLiteral("Invalid e-mail or API token."));
        return nullptr;
    }
    return a;
}

bool ActionHandler::manages(const Account *account, const QString &domain) const
{
    for (const Account &a : m_state->accounts()) {
        if ((a.userId == account->userId || (!a.hostedBy.isEmpty() && a.hostedBy == account->userId)) &&
            a.domains.contains(domain))
            return true;
    }
    return false;
}

bool ActionHandler::domainParam(const Account *account, const FormFields &params, QString *domain,
                                QJsonObject *error)
{
    QString z = param(params, "z").toLower();
    if (z.endsWith(QLatin1Char('.')))
        z.chop(1);
    if (!isValidDomain(z)) {
        *error = ApiEnvelope::error(kInvalid, QStringLiteral("The domain name (z) is not valid."));
        return false;
    }
    if (!manages(account, z)) {
        *error = ApiEnvelope::error(kNotFound, QStringLiteral("No such domain in this account."));
        return false;
    }
    *domain = z;
    return true;
}

Railgun *ActionHandler::railgunParam(const Account *account, const FormFields &params, QJsonObject *error)
{
    Railgun *r = m_state->railgunByRtkn(param(params, "rtkn"));
    if (!r || r->userId != account->userId || r->status == QLatin1String("D")) {
        *error = ApiEnvelope::error(kNotFound, QStringLiteral("No such Railgun in this account."));
        return nullptr;
    }
    return r;
}

bool ActionHandler::connect(const QString &domain, const Railgun &railgun, bool enabled, QString *connId,
                            QJsonObject *error)
{
    if (railgun.status != QLatin1String("V")) {
        *error = ApiEnvelope::error(kNotActive, QStringLiteral("The Railgun is not activated yet."));
        return false;
    }
    Connection *c = m_state->connectionOf(domain);
    if (c && c->railgunId != railgun.railgunId) {
        *error = ApiEnvelope::error(kConflict,
                                    QStringLiteral("The domain is already connected to another Railgun."));
        return false;
    }
    const QString mode = enabled ? QStringLiteral("1") : QStringLiteral("0");
    const QString flag = enabled ? QStringLiteral("t") : QStringLiteral("f");
    if (c) {
        c->mode = mode;
        c->enabled = flag;
        *connId = c->connId;
    } else {
        *connId = m_state->newId();
        m_state->connections().append({domain, *connId, railgun.railgunId, mode, flag, QStringLiteral("V")});
    }
    return true;
}

QJsonObject ActionHandler::init(Account *account, const FormFields &params)
{
    const QString missing = firstMissing(params, {"name", "pubname"});
    if (!missing.isEmpty())
        return missingError(missing);
    Railgun r;
    r.railgunId = m_state->newId();
    r.userId = account->userId;
    r.name = param(params, "name");
    r.pubname = param(params, "pubname");
    r.status = QStringLiteral("INI");
    r.mode = QStringLiteral("1");
    r.rtkn = m_state->newSecret();
    r.cdate = now();
    r.edate = r.cdate;
    r.port = QStringLiteral("2408");
    m_state->railguns().append(r);
    if (m_autoActivate)
        m_state->activate(&m_state->railguns().last());
    const Railgun &stored = m_state->railguns().last();
    m_state->changed();
    return ApiEnvelope::success(QStringLiteral("railgun_init"),
                                {{QStringLiteral("railgun_id"), stored.railgunId},
                                 {QStringLiteral("railgun_name"), stored.name},
                                 {QStringLiteral("railgun_pubname"), stored.pubname},
                                 {QStringLiteral("railgun_status"), stored.status},
                                 {QStringLiteral("rtkn"), stored.rtkn}});
}

QJsonObject ActionHandler::remove(Account *account, const FormFields &params)
{
    if (param(params, "rtkn").isEmpty())
        return missingError(QStringLiteral("rtkn"));
    QJsonObject error;
    Railgun *r = railgunParam(account, params, &error);
    if (!r)
        return error;
    r->status = QStringLiteral("D");
    r->deletedOn = now();
    r->edate = r->deletedOn;
    const QString id = r->railgunId;
    m_state->connections().removeIf([&id](const Connection &c) { return c.railgunId == id; });
    m_state->suggestions().removeIf([&id](const Suggestion &s) { return s.railgunId == id; });
    m_state->changed();
    return ApiEnvelope::success(QStringLiteral("railgun_delete"), {{QStringLiteral("railgun_id"), id}});
}

QJsonObject ActionHandler::listRailguns(Account *account, const QString &act)
{
    QJsonArray objs;
    for (const Railgun &r : m_state->railguns()) {
        if (r.userId == account->userId)
            objs.append(r.toApiObject());
    }
    const QJsonObject railguns{{QStringLiteral("count"), objs.size()}, {QStringLiteral("objs"), objs}};
    return ApiEnvelope::success(act, {{QStringLiteral("railguns"), railguns}});
}

QJsonObject ActionHandler::connGetActive(Account *account, const FormFields &params)
{
    if (param(params, "z").isEmpty())
        return missingError(QStringLiteral("z"));
    QJsonObject error;
    QString domain;
    if (!domainParam(account, params, &domain, &error))
        return error;
    const Connection *c = m_state->connectionOf(domain);
    const QJsonObject conn{
        {QStringLiteral("obj"), c ? QJsonValue(c->toApiObject()) : QJsonValue(QJsonValue::Null)}};
    return ApiEnvelope::success(QStringLiteral("railgun_zone_conn_get_active"),
                                {{QStringLiteral("railgun_conn"), conn}});
}

QJsonObject ActionHandler::connSet(Account *account, const FormFields &params)
{
    const QString missing = firstMissing(params, {"z", "rtkn", "mode"});
    if (!missing.isEmpty())
        return missingError(missing);
    if (!isZeroOrOne(param(params, "mode")))
        return ApiEnvelope::error(kInvalid, QStringLiteral("mode must be 0 or 1."));
    QJsonObject error;
    QString domain;
    if (!domainParam(account, params, &domain, &error))
        return error;
    const Railgun *r = railgunParam(account, params, &error);
    if (!r)
        return error;
    QString connId;
    if (!connect(domain, *r, param(params, "mode") == QLatin1String("1"), &connId, &error))
        return error;
    m_state->changed();
    return ApiEnvelope::success(QStringLiteral("railgun_conn_set"),
                                {{QStringLiteral("railgun_id"), r->railgunId},
                                 {QStringLiteral("railgun_conn_id"), connId},
                                 {QStringLiteral("railgun_rec_name"), r->recName()}});
}

// The connection of the `z` domain to the `rtkn` Railgun, for the calls that change an existing one;
// nullptr with the error envelope otherwise.
Connection *ActionHandler::existingConnection(const Account *account, const FormFields &params,
                                              QString *domain, const Railgun **railgun, QJsonObject *error)
{
    const QString missing = firstMissing(params, {"z", "rtkn"});
    if (!missing.isEmpty()) {
        *error = missingError(missing);
        return nullptr;
    }
    if (!domainParam(account, params, domain, error))
        return nullptr;
    *railgun = railgunParam(account, params, error);
    if (!*railgun)
        return nullptr;
    Connection *c = m_state->connectionOf(*domain);
    if (!c) {
        *error = ApiEnvelope::error(kNotFound, QStringLiteral("The domain has no Railgun connection."));
        return nullptr;
    }
    if (c->railgunId != (*railgun)->railgunId) {
        *error = ApiEnvelope::error(kConflict, QStringLiteral("The domain is connected to another Railgun."));
        return nullptr;
    }
    return c;
}

QJsonObject ActionHandler::connSetMode(Account *account, const FormFields &params, bool enabled)
{
    QJsonObject error;
    QString domain;
    const Railgun *r = nullptr;
    Connection *c = existingConnection(account, params, &domain, &r, &error);
    if (!c)
        return error;
    c->mode = enabled ? QStringLiteral("1") : QStringLiteral("0");
    c->enabled = enabled ? QStringLiteral("t") : QStringLiteral("f");
    m_state->changed();
    return ApiEnvelope::success(enabled ? QStringLiteral("railgun_conn_setmode_enabled")
                                        : QStringLiteral("railgun_conn_setmode_disabled"),
                                {{QStringLiteral("railgun_id"), r->railgunId}});
}

QJsonObject ActionHandler::connDelete(Account *account, const FormFields &params)
{
    QJsonObject error;
    QString domain;
    const Railgun *r = nullptr;
    Connection *c = existingConnection(account, params, &domain, &r, &error);
    if (!c)
        return error;
    m_state->connections().removeIf([&domain](const Connection &x) { return x.domain == domain; });
    m_state->changed();
    return ApiEnvelope::success(QStringLiteral("railgun_conn_delete"),
                                {{QStringLiteral("railgun_id"), r->railgunId}});
}

QJsonObject ActionHandler::suggestionSet(Account *account, const FormFields &params)
{
    const QString missing = firstMissing(params, {"z", "rtkn", "auto_enabled"});
    if (!missing.isEmpty())
        return missingError(missing);
    const QString autoEnabled = param(params, "auto_enabled");
    if (!isZeroOrOne(autoEnabled))
        return ApiEnvelope::error(kInvalid, QStringLiteral("auto_enabled must be 0 or 1."));
    QJsonObject error;
    QString domain;
    if (!domainParam(account, params, &domain, &error))
        return error;
    const Railgun *r = railgunParam(account, params, &error);
    if (!r)
        return error;
    if (autoEnabled == QLatin1String("1")) {
        QString connId;
        if (!connect(domain, *r, true, &connId, &error))
            return error;
    }
    const QString id = r->railgunId;
    m_state->suggestions().removeIf(
        [&](const Suggestion &s) { return s.domain == domain && s.railgunId == id; });
    m_state->suggestions().append({domain, id, autoEnabled});
    m_state->changed();
    return ApiEnvelope::success(QStringLiteral("railgun_suggest"), {{QStringLiteral("railgun_id"), id}});
}

QJsonObject ActionHandler::iprSet(Account *account, const FormFields &params)
{
    const QString missing = firstMissing(params, {"rtkn", "ipr"});
    if (!missing.isEmpty())
        return missingError(missing);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(param(params, "ipr").toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray())
        return ApiEnvelope::error(kInvalid,
                                  QStringLiteral("ipr must be a JSON array of IP addresses or ranges."));
    QStringList ranges;
    for (const QJsonValue &v : doc.array()) {
        if (!v.isString() || !isValidRange(v.toString().trimmed()))
            return ApiEnvelope::error(kInvalid,
                                      QStringLiteral("ipr contains an invalid IP address or range."));
        ranges.append(v.toString().trimmed());
    }
    QJsonObject error;
    Railgun *r = railgunParam(account, params, &error);
    if (!r)
        return error;
    r->ranges = ranges;
    r->edate = now();
    m_state->changed();
    return ApiEnvelope::success(QStringLiteral("railgun_ipr_set"),
                                {{QStringLiteral("railgun_id"), r->railgunId}});
}

QJsonObject ActionHandler::userLookup(const FormFields &params)
{
    const QString act = param(params, "act");
    if (act.isEmpty())
        return missingError(QStringLiteral("act"));
    if (act != QLatin1String("user_lookup"))
        return ApiEnvelope::error(kUnknown, QStringLiteral("Unknown act."));
    const Account *partner = m_state->accountByHostKey(param(params, "host_key"));
    if (!partner)
        return ApiEnvelope::error(kUnauth, QStringLiteral("Missing or invalid host key."));
    const QString email = param(params, "cloudflare_email");
    if (email.isEmpty())
        return missingError(QStringLiteral("cloudflare_email"));

    const Account *user = m_state->accountByEmail(email);
    const bool hosted = user && (user->userId == partner->userId || user->hostedBy == partner->userId);
    QJsonObject response{{QStringLiteral("cloudflare_email"), email},
                         {QStringLiteral("user_exists"), user != nullptr},
                         {QStringLiteral("user_authed"), hosted},
                         {QStringLiteral("hosted_zones"), QJsonArray()},
                         {QStringLiteral("unique_id"), QJsonValue(QJsonValue::Null)},
                         {QStringLiteral("user_key"), QJsonValue(QJsonValue::Null)}};
    if (hosted) {
        response.insert(QStringLiteral("hosted_zones"), QJsonArray::fromStringList(user->domains));
        response.insert(QStringLiteral("unique_id"), user->userId);
        // Opaque and derived, never the account's real token.
        const QByteArray key =
            QCryptographicHash::hash("user-key:" + user->userId.toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(32);
        response.insert(QStringLiteral("user_key"), QString::fromLatin1(key));
    }
    const QJsonObject request{{QStringLiteral("act"), act}, {QStringLiteral("cloudflare_email"), email}};
    return {{QStringLiteral("result"), QStringLiteral("success")},
            {QStringLiteral("msg"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("request"), request},
            {QStringLiteral("response"), response}};
}

} // namespace Emulator
