#include "api/ReplyReader.h"

#include "api/Redactor.h"
#include "api/ResponseParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkReply>

#include <algorithm>

namespace Railgun {

namespace {
bool isTransportError(QNetworkReply::NetworkError e)
{
    // Qt numbers transport errors below 200; 201+ are derived from the HTTP status.
    return e != QNetworkReply::NoError && e < QNetworkReply::ContentAccessDenied;
}

// A body shorter than its Content-Length (uncompressed answers only).
bool isShort(QNetworkReply *net, const QByteArray &body)
{
    if (!net->rawHeader("Content-Encoding").isEmpty())
        return false;
    bool ok = false;
    const qint64 expected = net->rawHeader("Content-Length").trimmed().toLongLong(&ok);
    return ok && body.size() < expected;
}

} // namespace

qint64 ReplyReader::parseRetryAfter(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    const qint64 cap = ApiError::kMaxRetryAfterSecs;
    if (std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        (v.startsWith('-') && v.size() > 1 &&
         std::all_of(v.begin() + 1, v.end(), [](char c) { return c >= '0' && c <= '9'; }))) {
        if (v.startsWith('-'))
            return 0;
        // More digits than the cap has: the cap, whatever the number (toLongLong would fail past 2^63).
        if (v.size() > 12)
            return cap;
        return qMin(v.toLongLong(), cap);
    }
    // An HTTP date (RFC 9110 IMF-fixdate) ends in "GMT", which Qt's RFC 2822 reader does not take.
    QString date = QString::fromLatin1(v);
    if (date.endsWith(QLatin1String(" GMT")) || date.endsWith(QLatin1String(" UTC")))
        date = date.chopped(4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return qBound<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when), cap);
}

RateLimitInfo ReplyReader::parseRateLimit(const QByteArray &limit, const QByteArray &remaining,
                                          const QByteArray &reset)
{
    auto number = [](const QByteArray &raw) -> qint64 {
        bool ok = false;
        const qint64 n = raw.trimmed().toLongLong(&ok);
        return ok && n >= 0 ? qMin<qint64>(n, ApiError::kMaxRetryAfterSecs) : -1;
    };
    RateLimitInfo info;
    info.limit = number(limit);
    info.remaining = number(remaining);
    info.resetSecs = number(reset);
    return info;
}

void ReplyReader::read(QNetworkReply *net, const TransferFlags &flags, ApiResult *resultOut)
{
    ApiResult &result = *resultOut;
    const int status = net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.httpStatus = status;
    const QNetworkReply::NetworkError netError = net->error();
    result.rateLimit =
        parseRateLimit(net->rawHeader("x-ratelimit-limit"), net->rawHeader("x-ratelimit-remaining"),
                       net->rawHeader("x-ratelimit-reset"));
    ApiError &error = result.error;

    if (flags.cancelled) {
        error.kind = ApiError::Kind::Cancelled;
    } else if (flags.timedOut) {
        error.kind = ApiError::Kind::Timeout;
    } else if (flags.badRedirect) {
        error.kind = ApiError::Kind::InsecureTransport;
        error.detail = QCoreApplication::translate(
            "Railgun::RailgunApi",
            "The server redirected to another host or to plain http; the request was stopped.");
    } else if (flags.tooLarge) {
        error.kind = ApiError::Kind::MalformedBody;
        error.detail = QCoreApplication::translate("Railgun::RailgunApi", "The answer is larger than %1 KiB.")
                           .arg(flags.maxBody / 1024);
    } else if (status == 429) {
        error.kind = ApiError::Kind::RateLimited;
        error.httpStatus = status;
        error.retryAfterSecs = parseRetryAfter(net->rawHeader("Retry-After"));
    } else if (isTransportError(netError)) {
        switch (netError) {
        case QNetworkReply::ConnectionRefusedError:
            error.kind = ApiError::Kind::ConnectionRefused;
            break;
        case QNetworkReply::HostNotFoundError:
            error.kind = ApiError::Kind::HostNotFound;
            break;
        case QNetworkReply::RemoteHostClosedError:
            error.kind = ApiError::Kind::ConnectionClosed;
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // the transfer timeout; user cancels are flagged
                                                    // above
            error.kind = ApiError::Kind::Timeout;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            error.kind = ApiError::Kind::Tls;
            if (!flags.tlsErrors.isEmpty())
                error.detail = flags.tlsErrors.join(QLatin1Char(' '));
            break;
        case QNetworkReply::InsecureRedirectError:
            error.kind = ApiError::Kind::InsecureTransport;
            break;
        default:
            error.kind = ApiError::Kind::Network;
            error.detail = Redactor::redact(net->errorString());
            break;
        }
        error.httpStatus = status;
    } else if (status != 0 && (status < 200 || status >= 300)) {
        // An error envelope with a non-2xx status still says more than the status alone.
        QJsonObject ignored;
        ApiError envelope;
        const QByteArray body = net->readAll();
        if (!ResponseParser::parseEnvelope(body, &ignored, &envelope) &&
            envelope.kind == ApiError::Kind::Api) {
            error = envelope;
        } else {
            error.kind = ApiError::Kind::HttpStatus;
            const QString reason = net->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            if (!reason.isEmpty())
                error.detail = QStringLiteral("(%1)").arg(reason.left(80));
        }
        error.httpStatus = status;
    } else if (const QByteArray body = net->readAll(); isShort(net, body)) {
        // Qt reports a reset in the middle of a body as a normal end: the length tells the truth.
        error.kind = ApiError::Kind::ConnectionClosed;
        error.httpStatus = status;
    } else {
        ResponseParser::parse(body, &result);
        if (error.kind == ApiError::Kind::MalformedBody) {
            const QString type = net->header(QNetworkRequest::ContentTypeHeader).toString();
            if (!type.isEmpty() && !type.contains(QLatin1String("json"), Qt::CaseInsensitive)) {
                error.detail +=
                    QLatin1Char(' ') + QCoreApplication::translate("Railgun::RailgunApi",
                                                                   "The server sent \"%1\" instead of JSON.")
                                           .arg(type.left(60));
            }
        }
    }
}

} // namespace Railgun
