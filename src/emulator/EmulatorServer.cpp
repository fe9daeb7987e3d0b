#include "EmulatorServer.h"

#include "AnswerWriter.h"
#include "ApiEnvelope.h"
#include "EmulatorState.h"
#include "SecretMasker.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace Emulator {

namespace {
const QString kApiPrefix = QStringLiteral("/api/v2/railgun/");
constexpr int kBacklog = 1024;

QJsonObject adminError(const QString &code, const QString &msg)
{
    return ApiEnvelope::error(code, msg);
}
} // namespace

EmulatorServer::EmulatorServer(EmulatorState *state, FaultInjector *faults, bool autoActivate,
                               QObject *parent)
    : QAbstractHttpServer(parent)
    , m_state(state)
    , m_faults(faults)
    , m_actions(state, autoActivate)
{}

RateLimiter &EmulatorServer::limiterFor(const FormFields &fields)
{
    const QString hostKey = fields.value(QStringLiteral("host_key"));
    const QString key = hostKey.isEmpty()
                            ? QStringLiteral("email:") + fields.value(QStringLiteral("email")).toLower()
                            : QStringLiteral("host:") + hostKey;
    RateLimiter &limiter = m_limiters[key];
    limiter.configure(m_faults->rateLimit(), m_faults->rateWindowMs());
    return limiter;
}

quint16 EmulatorServer::listenOn(const QHostAddress &address, quint16 port, const QSslConfiguration *tls,
                                 QString *error)
{
    QTcpServer *server = nullptr;
    if (tls) {
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(*tls);
        server = ssl;
    } else {
        server = new QTcpServer(this);
    }
    server->setListenBacklogSize(kBacklog);
    server->setMaxPendingConnections(kBacklog);
    if (!server->listen(address, port)) {
        *error = server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

FormFields EmulatorServer::fieldsOf(const Call &call)
{
    FormFields fields = FormDecoder::decode(call.isPost ? call.body : call.query);
    if (call.isPost) { // query fields too, where the body has none of that name
        const FormFields extra = FormDecoder::decode(call.query);
        for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
            if (!fields.contains(it.key()))
                fields.insert(it.key(), it.value());
        }
    }
    return fields;
}

bool EmulatorServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // The request object is reused for the next request on this socket: copy what is needed.
    Call call;
    call.isPost = request.method() == QHttpServerRequest::Method::Post;
    const QUrl url = request.url();
    call.path = url.path();
    call.query = url.query(QUrl::FullyEncoded).toLatin1();
    call.body = request.body();
    call.close = request.value("connection").toLower().contains("close");
    call.host = request.value("host");
    QPointer<QTcpSocket> peer(socket);

    if (call.path.startsWith(kApiPrefix)) {
        handleApi(call, call.path.mid(kApiPrefix.size()), peer);
    } else if (call.path == QLatin1String("/host-gw.html")) {
        handleApi(call, QStringLiteral("user_lookup"), peer);
    } else {
        const HttpAnswer answer = adminAnswer(call);
        if (m_verbose)
            log(call, QString(), {}, QString::number(answer.status));
        AnswerWriter::deliver(peer, answer, AnswerWriter::Delivery::Whole, call.close);
    }
    return true;
}

void EmulatorServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    AnswerWriter::deliver(
        QPointer<QTcpSocket>(socket),
        HttpAnswer::json(adminError(QStringLiteral("E_NOT_FOUND"), QStringLiteral("Not found.")), 404),
        AnswerWriter::Delivery::Whole, true);
}

void EmulatorServer::handleApi(const Call &call, const QString &action, QPointer<QTcpSocket> socket)
{
    m_state->countRequest(action);
    const FormFields fields = fieldsOf(call);

    HttpAnswer answer;
    AnswerWriter::Delivery delivery = AnswerWriter::Delivery::Whole;
    FaultInjector::Kind kind = FaultInjector::Kind::None;
    RateLimiter &limiter = limiterFor(fields);
    const RateLimiter::Verdict verdict = limiter.admit();
    if (!verdict.allowed) {
        answer = HttpAnswer::json(ApiEnvelope::error(QStringLiteral("E_RATE_LIMITED"),
                                                     QStringLiteral("Too many requests; retry later.")),
                                  429);
        answer.addHeader("Retry-After", QByteArray::number(verdict.resetSeconds));
    } else {
        kind = m_faults->decide(action);
        if (kind == FaultInjector::Kind::RedirectOtherHost || kind == FaultInjector::Kind::RedirectHttp) {
            answer = redirectAnswer(kind, call);
        } else if (!FaultInjector::isApplied(kind)) {
            answer = faultAnswer(kind);
        } else {
            const QJsonObject envelope = action == QLatin1String("user_lookup")
                                             ? m_actions.userLookup(fields)
                                             : m_actions.handle(action, fields, call.isPost);
            answer = damagedAnswer(kind, envelope);
        }
        switch (kind) {
        case FaultInjector::Kind::ResetBefore:
            delivery = AnswerWriter::Delivery::ResetBefore;
            break;
        case FaultInjector::Kind::Hang:
            delivery = AnswerWriter::Delivery::Hang;
            break;
        case FaultInjector::Kind::Truncated:
            delivery = AnswerWriter::Delivery::Truncated;
            break;
        case FaultInjector::Kind::Reset:
            delivery = AnswerWriter::Delivery::Reset;
            break;
        case FaultInjector::Kind::Slow:
            delivery = AnswerWriter::Delivery::Slow;
            break;
        default:
            break;
        }
    }
    if (limiter.isActive()) {
        answer.addHeader("x-ratelimit-limit", QByteArray::number(verdict.limit));
        answer.addHeader("x-ratelimit-remaining", QByteArray::number(verdict.remaining));
        answer.addHeader("x-ratelimit-reset", QByteArray::number(verdict.resetSeconds));
    }
    if (m_verbose) {
        const QString outcome =
            QString::number(answer.status) +
            (kind == FaultInjector::Kind::None ? QString()
                                               : QStringLiteral(" fault=") + FaultInjector::kindName(kind));
        log(call, action, fields, outcome);
    }

    const int delay = m_faults->delayMs();
    const int slowMs = m_faults->slowMs();
    const bool close = call.close;
    if (delay <= 0) {
        AnswerWriter::deliver(socket, answer, delivery, close, slowMs);
        return;
    }
    // Never sleep in a handler: answer later from the event loop; the timer dies with the socket.
    QTimer::singleShot(delay, socket.data(), [socket, answer, delivery, close, slowMs] {
        AnswerWriter::deliver(socket, answer, delivery, close, slowMs);
    });
}

HttpAnswer EmulatorServer::faultAnswer(FaultInjector::Kind kind) const
{
    using Kind = FaultInjector::Kind;
    const QString injected = QStringLiteral("Injected failure");
    switch (kind) {
    case Kind::Http500:
        return HttpAnswer::htmlError(500);
    case Kind::Http502:
        return HttpAnswer::htmlError(502);
    case Kind::Http503:
        return HttpAnswer::htmlError(503);
    case Kind::ApiError:
        return HttpAnswer::json(ApiEnvelope::error(QStringLiteral("E_INTERNAL"), injected));
    case Kind::ApiErrorInt: {
        QJsonObject e = ApiEnvelope::error(QString(), injected);
        e.insert(QStringLiteral("err_code"), 103);
        return HttpAnswer::json(e);
    }
    case Kind::ApiErrorNoMsg:
        return HttpAnswer::json({{QStringLiteral("result"), QStringLiteral("error")},
                                 {QStringLiteral("response"), QJsonValue(QJsonValue::Null)}});
    case Kind::RateLimited: {
        HttpAnswer a = HttpAnswer::json(ApiEnvelope::error(QStringLiteral("E_RATE_LIMITED"),
                                                           QStringLiteral("Too many requests; retry later.")),
                                        429);
        a.addHeader("Retry-After", m_faults->retryAfter());
        return a;
    }
    default: // reset_before, hang: nothing is written
        return HttpAnswer::htmlError(500);
    }
}

HttpAnswer EmulatorServer::redirectAnswer(FaultInjector::Kind kind, const Call &call) const
{
    // The same path (and query) elsewhere: a client must not follow it with the credentials.
    QByteArray target =
        kind == FaultInjector::Kind::RedirectHttp ? "http://" + call.host : m_faults->redirectTo().toUtf8();
    while (target.endsWith('/'))
        target.chop(1);
    target += call.path.toUtf8();
    if (!call.query.isEmpty())
        target += '?' + call.query;
    HttpAnswer answer;
    answer.status = 302;
    answer.contentType = "text/html";
    answer.body = "<html><body>Moved</body></html>\r\n";
    answer.addHeader("Location", target);
    return answer;
}

HttpAnswer EmulatorServer::damagedAnswer(FaultInjector::Kind kind, const QJsonObject &envelope) const
{
    using Kind = FaultInjector::Kind;
    HttpAnswer answer = HttpAnswer::json(envelope);
    switch (kind) {
    case Kind::Malformed:
        answer.body = "{\"result\": \"success\", \"response\": {\"act\": <<<\x01 garbage \xff}";
        break;
    case Kind::WrongType:
        answer.contentType = "text/html";
        break;
    case Kind::BigBody: {
        QJsonObject big = envelope;
        QJsonObject response = big.value(QLatin1String("response")).toObject();
        response.insert(QStringLiteral("padding"), QString(2 * 1024 * 1024, QLatin1Char('x')));
        big.insert(QStringLiteral("response"), response);
        answer.body = QJsonDocument(big).toJson(QJsonDocument::Compact);
        break;
    }
    default:
        break;
    }
    return answer;
}

HttpAnswer EmulatorServer::adminAnswer(const Call &call)
{
    const QString path = call.path;
    if (path == QLatin1String("/_emulator/state") && !call.isPost) {
        QJsonObject root = m_state->toJson();
        root.insert(QStringLiteral("stats"), m_state->stats());
        return HttpAnswer::json(root);
    }
    if (path == QLatin1String("/_emulator/faults")) {
        if (call.isPost) {
            const FormFields fields = fieldsOf(call);
            if (fields.value(QStringLiteral("reset")) == QLatin1String("1"))
                m_faults->reset();
            for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
                if (it.key() == QLatin1String("reset"))
                    continue;
                QString error;
                if (!m_faults->set(it.key(), it.value(), &error))
                    return HttpAnswer::json(adminError(QStringLiteral("E_INVALID_PARAM"), error), 400);
            }
        }
        return HttpAnswer::json(m_faults->toJson());
    }
    if (path == QLatin1String("/_emulator/activate")) {
        if (!call.isPost)
            return HttpAnswer::json(
                adminError(QStringLiteral("E_INVALID_PARAM"), QStringLiteral("Use POST.")), 405);
        Railgun *r = m_state->railgunByRtkn(fieldsOf(call).value(QStringLiteral("rtkn")).trimmed());
        if (!r || !m_state->activate(r))
            return HttpAnswer::json(
                adminError(QStringLiteral("E_NOT_FOUND"), QStringLiteral("No such Railgun.")), 404);
        return HttpAnswer::json(ApiEnvelope::success(
            QStringLiteral("emulator_activate"), {{QStringLiteral("railgun_id"), r->railgunId},
                                                  {QStringLiteral("railgun_status"), r->status},
                                                  {QStringLiteral("railgun_activated_on"), r->activatedOn}}));
    }
    return HttpAnswer::json(adminError(QStringLiteral("E_NOT_FOUND"), QStringLiteral("Not found.")), 404);
}

void EmulatorServer::log(const Call &call, const QString &action, const FormFields &fields,
                         const QString &outcome) const
{
    // The path only: a GET query string can carry credentials.
    qInfo("%s %s%s%s -> %s", call.isPost ? "POST" : "GET", qPrintable(call.path), action.isEmpty() ? "" : " ",
          qPrintable(SecretMasker::describe(fields)), qPrintable(outcome));
}

} // namespace Emulator
