#include "api/RailgunApi.h"

#include "api/DomainName.h"
#include "api/Redactor.h"
#include "api/ReplyReader.h"
#include "api/ResponseParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <memory>

namespace Railgun {

namespace {
constexpr qint64 kMaxListBody = 32 * 1024 * 1024;
constexpr qint64 kMaxObjectBody = 1024 * 1024;

QString describe(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    QString text = QString::fromLatin1(method) + QLatin1Char(' ') + url.toString(QUrl::FullyEncoded);
    if (!body.isEmpty())
        text += QLatin1Char(' ') + QString::fromUtf8(body);
    return Redactor::redact(text);
}
} // namespace

RailgunApi::RailgunApi(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    qRegisterMetaType<Railgun::ApiResult>();
    qRegisterMetaType<Railgun::CallRecord>();
}

RailgunApi::~RailgunApi() = default;

bool RailgunApi::isSecureOrLoopback(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApiError RailgunApi::checkBaseUrl(const QUrl &input, bool allowInsecureHttp, QUrl *normalized)
{
    QUrl url = input;
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return ApiError::invalidInput(tr("The API base URL is not a valid URL (expected like %1).")
                                          .arg(ApiOptions::defaultBaseUrl().toString()));
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return ApiError::invalidInput(tr("The API base URL must start with https:// (or http:// for this "
                                         "computer)."));
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return ApiError::invalidInput(tr("The API base URL must not contain a query, a fragment or a user "
                                         "name."));
    if (!allowInsecureHttp && !isSecureOrLoopback(url)) {
        ApiError e;
        e.kind = ApiError::Kind::InsecureTransport;
        e.detail = tr("Plain http:// is only used for this computer unless the account allows it.");
        return e;
    }
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    if (normalized)
        *normalized = url;
    return {};
}

void RailgunApi::addCredentials(FormFields *params) const
{
    // The only place secrets enter a request.
    if (m_credentials.kind == Credentials::Kind::Partner) {
        params->prepend({QStringLiteral("host_key"), m_credentials.hostKey});
    } else {
        params->prepend({QStringLiteral("tkn"), m_credentials.token});
        params->prepend({QStringLiteral("email"), m_credentials.email});
    }
}

ApiError RailgunApi::checkDomain(const QString &input, QString *normalized) const
{
    const DomainName::Normalized n = DomainName::normalize(input);
    if (!n.isValid())
        return ApiError::invalidInput(n.error);
    *normalized = n.name;
    return {};
}

ApiReply *RailgunApi::failEarly(Action action, const QString &domain, const ApiError &error)
{
    auto *reply = new ApiReply(action, domain, this);
    ApiResult result = reply->result();
    result.error = error;
    result.startedAt = QDateTime::currentDateTime();
    QTimer::singleShot(0, reply, [this, reply, result] {
        CallRecord record;
        record.startedAt = result.startedAt;
        record.action = result.action;
        record.domain = result.domain;
        record.outcome = Redactor::redact(result.error.toText());
        emit callFinished(record);
        reply->finish(result);
    });
    return reply;
}

ApiReply *RailgunApi::send(Action action, const QString &domain, FormFields params, bool forceGet,
                           bool forcePost)
{
    if (!m_credentials.isComplete())
        return failEarly(action, domain,
                         ApiError::invalidInput(tr("The account has no complete credentials.")));
    if (action == Action::UserLookup && m_credentials.kind != Credentials::Kind::Partner)
        return failEarly(action, domain,
                         ApiError::invalidInput(tr("Looking up a customer needs a partner host key.")));

    QUrl url;
    if (const ApiError e = checkBaseUrl(m_options.baseUrl, m_options.allowInsecureHttp, &url); e.isError())
        return failEarly(action, domain, e);
    if (action == Action::UserLookup) {
        url = m_options.hostGateway();
        if (const ApiError e = checkBaseUrl(url, m_options.allowInsecureHttp); e.isError())
            return failEarly(action, domain, e);
    } else {
        url = url.resolved(QUrl(actionName(action)));
    }

    addCredentials(&params);
    if (action == Action::UserLookup)
        params.prepend({QStringLiteral("act"), QStringLiteral("user_lookup")});

    QNetworkRequest request;
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_options.userAgent);
    request.setRawHeader("Accept", "application/json");
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_options.extraCaCertificates.isEmpty())
            tls.addCaCertificates(m_options.extraCaCertificates);
        request.setSslConfiguration(tls);
    }

    const QByteArray form = FormEncoder::encode(params);
    const bool useGet = (forceGet || m_options.useGet) && !forcePost;
    QNetworkReply *net = nullptr;
    if (useGet) {
        url.setQuery(QString::fromLatin1(form), QUrl::StrictMode);
        request.setUrl(url);
        net = m_nam->get(request);
    } else {
        request.setUrl(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        net = m_nam->post(request, form);
    }

    auto *reply = new ApiReply(action, domain, this);
    net->setParent(reply); // the transfer dies with its handle

    struct State
    {
        QElapsedTimer timer;
        QDateTime startedAt = QDateTime::currentDateTime();
        bool cancelled = false;
        bool timedOut = false;
        bool badRedirect = false;
        bool tooLarge = false;
        QStringList tlsErrors;
        QString description;
    };
    auto state = std::make_shared<State>();
    state->timer.start();
    state->description =
        describe(useGet ? "GET" : "POST", useGet ? url : request.url(), useGet ? QByteArray() : form);
    const QUrl origin = request.url();
    const qint64 maxBody =
        (action == Action::UserGetAll || action == Action::HostGetAll || action == Action::UserLookup)
            ? kMaxListBody
            : kMaxObjectBody;

    connect(reply, &ApiReply::cancelRequested, net, [net, state] {
        state->cancelled = true;
        net->abort();
    });
    // The transfer timeout only notices silence; a body that trickles in forever needs a deadline too.
    auto *deadline = new QTimer(net);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, net, [net, state] {
        state->timedOut = true;
        net->abort();
    });
    deadline->start(m_options.timeoutMs);
    connect(net, &QNetworkReply::redirected, net, [net, state, origin](const QUrl &target) {
        // Same host and port, never from https down to http: credentials must not travel elsewhere.
        const bool sameOrigin = target.host() == origin.host() && target.port() == origin.port();
        const bool downgrade =
            origin.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https");
        if (sameOrigin && !downgrade) {
            emit net->redirectAllowed();
        } else {
            state->badRedirect = true;
            net->abort();
        }
    });
    connect(net, &QNetworkReply::downloadProgress, net, [net, state, maxBody](qint64 received, qint64) {
        if (received > maxBody && !state->tooLarge) {
            state->tooLarge = true;
            net->abort();
        }
    });
    connect(net, &QNetworkReply::sslErrors, net, [state](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            state->tlsErrors.append(e.errorString());
    });
    connect(net, &QNetworkReply::finished, reply, [this, reply, net, state, maxBody] {
        net->deleteLater();
        ApiResult result = reply->result();
        result.startedAt = state->startedAt;
        result.elapsedMs = state->timer.elapsed();
        TransferFlags flags;
        flags.cancelled = state->cancelled;
        flags.timedOut = state->timedOut;
        flags.badRedirect = state->badRedirect;
        flags.tooLarge = state->tooLarge;
        flags.maxBody = maxBody;
        flags.tlsErrors = state->tlsErrors;
        ReplyReader::read(net, flags, &result);

        CallRecord record;
        record.startedAt = result.startedAt;
        record.action = result.action;
        record.domain = result.domain;
        record.ok = result.ok();
        record.outcome = result.ok() ? tr("ok") : Redactor::redact(result.error.toText());
        record.httpStatus = result.httpStatus;
        record.elapsedMs = result.elapsedMs;
        record.request = state->description;
        emit callFinished(record);
        reply->finish(result);
    });
    return reply;
}

ApiReply *RailgunApi::call(Action action, const QString &domain, const QString &rtkn, bool flag)
{
    switch (action) {
    case Action::Init:
        return failEarly(action, domain, ApiError::invalidInput(tr("init needs a name and a public name.")));
    case Action::Delete:
        return deleteRailgun(rtkn);
    case Action::UserGetAll:
        return userGetAll();
    case Action::HostGetAll:
        return hostGetAll();
    case Action::ZoneConnGetActive:
        return zoneConnGetActive(domain);
    case Action::ConnSet:
        return connSet(domain, rtkn, flag);
    case Action::ConnSetModeEnabled:
        return connSetModeEnabled(domain, rtkn);
    case Action::ConnSetModeDisabled:
        return connSetModeDisabled(domain, rtkn);
    case Action::ConnDelete:
        return connDelete(domain, rtkn);
    case Action::SuggestionSet:
        return suggestionSet(domain, rtkn, flag);
    case Action::IprSet:
        return failEarly(action, domain, ApiError::invalidInput(tr("ipr_set needs address ranges.")));
    case Action::UserLookup:
        return userLookup(domain);
    }
    return failEarly(action, domain, ApiError::invalidInput(tr("Unknown action.")));
}

ApiReply *RailgunApi::init(const QString &name, const QString &pubname)
{
    if (name.trimmed().isEmpty() || pubname.trimmed().isEmpty())
        return failEarly(Action::Init, QString(),
                         ApiError::invalidInput(tr("A Railgun needs a name and a public name.")));
    return send(Action::Init, QString(),
                {{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("pubname"), pubname.trimmed()}},
                false, false);
}

ApiReply *RailgunApi::deleteRailgun(const QString &rtkn)
{
    if (rtkn.trimmed().isEmpty())
        return failEarly(Action::Delete, QString(), ApiError::invalidInput(tr("No Railgun token given.")));
    return send(Action::Delete, QString(), {{QStringLiteral("rtkn"), rtkn.trimmed()}}, false, false);
}

ApiReply *RailgunApi::userGetAll()
{
    return send(Action::UserGetAll, QString(), {}, false, false);
}

ApiReply *RailgunApi::hostGetAll()
{
    return send(Action::HostGetAll, QString(), {}, false, false);
}

ApiReply *RailgunApi::listRailguns()
{
    return m_credentials.kind == Credentials::Kind::Partner ? hostGetAll() : userGetAll();
}

ApiReply *RailgunApi::zoneConnGetActive(const QString &domain)
{
    QString z;
    if (const ApiError e = checkDomain(domain, &z); e.isError())
        return failEarly(Action::ZoneConnGetActive, domain, e);
    return send(Action::ZoneConnGetActive, z, {{QStringLiteral("z"), z}}, false, false);
}

ApiReply *RailgunApi::domainTokenCall(Action action, const QString &domain, const QString &rtkn,
                                      FormFields extra)
{
    QString z;
    if (const ApiError e = checkDomain(domain, &z); e.isError())
        return failEarly(action, domain, e);
    if (rtkn.trimmed().isEmpty())
        return failEarly(action, z, ApiError::invalidInput(tr("No Railgun token given.")));
    FormFields params{{QStringLiteral("z"), z}, {QStringLiteral("rtkn"), rtkn.trimmed()}};
    params += extra;
    return send(action, z, params, false, false);
}

ApiReply *RailgunApi::connSet(const QString &domain, const QString &rtkn, bool active)
{
    return domainTokenCall(Action::ConnSet, domain, rtkn,
                           {{QStringLiteral("mode"), active ? QStringLiteral("1") : QStringLiteral("0")}});
}

ApiReply *RailgunApi::connSetModeEnabled(const QString &domain, const QString &rtkn)
{
    return domainTokenCall(Action::ConnSetModeEnabled, domain, rtkn, {});
}

ApiReply *RailgunApi::connSetModeDisabled(const QString &domain, const QString &rtkn)
{
    return domainTokenCall(Action::ConnSetModeDisabled, domain, rtkn, {});
}

ApiReply *RailgunApi::connDelete(const QString &domain, const QString &rtkn)
{
    return domainTokenCall(Action::ConnDelete, domain, rtkn, {});
}

ApiReply *RailgunApi::suggestionSet(const QString &domain, const QString &rtkn, bool autoEnabled)
{
    return domainTokenCall(
        Action::SuggestionSet, domain, rtkn,
        {{QStringLiteral("auto_enabled"), autoEnabled ? QStringLiteral("1") : QStringLiteral("0")}});
}

ApiReply *RailgunApi::iprSet(const QString &rtkn, const QStringList &ranges)
{
    if (rtkn.trimmed().isEmpty())
        return failEarly(Action::IprSet, QString(), ApiError::invalidInput(tr("No Railgun token given.")));
    QStringList quoted;
    for (const QString &range : ranges) {
        const QString r = range.trimmed();
        const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(
            r.contains(QLatin1Char('/'))
                ? r
                : r + (r.contains(QLatin1Char(':')) ? QStringLiteral("/128") : QStringLiteral("/32")));
        if (subnet.first.isNull())
            return failEarly(
                Action::IprSet, QString(),
                ApiError::invalidInput(QCoreApplication::translate("Railgun::RailgunApi",
                                                                   "\"%1\" is not an IP address or range.")
                                           .arg(r)));
        quoted.append(QLatin1Char('"') + r + QLatin1Char('"'));
    }
    if (quoted.isEmpty())
        return failEarly(Action::IprSet, QString(), ApiError::invalidInput(tr("No address ranges given.")));
    const QString ipr = QLatin1Char('[') + quoted.join(QLatin1Char(',')) + QLatin1Char(']');
    return send(Action::IprSet, QString(),
                {{QStringLiteral("rtkn"), rtkn.trimmed()}, {QStringLiteral("ipr"), ipr}}, false, true);
}

ApiReply *RailgunApi::userLookup(const QString &customerEmail)
{
    const QString email = customerEmail.trimmed();
    if (email.isEmpty() || !email.contains(QLatin1Char('@')))
        return failEarly(Action::UserLookup, QString(),
                         ApiError::invalidInput(tr("Enter the customer's e-mail address.")));
    return send(Action::UserLookup, QString(), {{QStringLiteral("cloudflare_email"), email}}, true, false);
}

} // namespace Railgun
