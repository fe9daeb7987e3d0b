#include "api/ApiError.h"

#include <climits>

#include <QCoreApplication>

namespace Railgun {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Railgun::ApiError", text);
}
} // namespace

bool ApiError::certainlyNotApplied() const
{
    switch (kind) {
    case Kind::Api:
    case Kind::RateLimited:
    case Kind::InvalidInput:
    case Kind::InsecureTransport:
    case Kind::ConnectionRefused:
    case Kind::HostNotFound:
    case Kind::Tls: // the handshake failed: no request was sent
        return true;
    default:
        return false;
    }
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::ConnectionRefused:
    case Kind::ConnectionClosed:
    case Kind::Timeout:
    case Kind::Network:
    case Kind::RateLimited:
    case Kind::MalformedBody:
        return true;
    case Kind::HttpStatus:
        return httpStatus >= 500 || httpStatus == 408;
    default:
        return false;
    }
}

QString ApiError::toText() const
{
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::InvalidInput:
        text = detail;
        break;
    case Kind::InsecureTransport:
        text = tr("Refused to send credentials over an insecure connection.");
        break;
    case Kind::ConnectionRefused:
        text = tr("The server refused the connection (is it running?).");
        break;
    case Kind::HostNotFound:
        text = tr("The server's host name could not be found.");
        break;
    case Kind::ConnectionClosed:
        text = tr("The server closed the connection before answering completely.");
        break;
    case Kind::Tls:
        text = tr("The secure connection failed: the server's certificate was not accepted.");
        break;
    case Kind::Timeout:
        text = tr("The server did not answer in time.");
        break;
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Network:
        text = tr("Network error.");
        break;
    case Kind::HttpStatus:
        text = QCoreApplication::translate("Railgun::ApiError", "The server answered with HTTP status %1.")
                   .arg(httpStatus);
        break;
    case Kind::RateLimited: {
        // %n takes an int; a wait past INT_MAX seconds is capped for the words only.
        const int secs = retryAfterSecs > INT_MAX ? INT_MAX : int(retryAfterSecs);
        text = retryAfterSecs >= 0
                   ? QCoreApplication::translate("Railgun::ApiError",
                                                 "Rate limited by the server; retry after %n second(s).",
                                                 nullptr, secs)
                   : tr("Rate limited by the server.");
        break;
    }
    case Kind::MalformedBody:
        text = tr("The server's answer could not be read.");
        break;
    case Kind::Api:
        if (!apiMessage.isEmpty())
            text = apiMessage;
        else
            text = tr("The server reported an error without a message.");
        if (!apiCode.isEmpty())
            text += QStringLiteral(" (%1)").arg(apiCode);
        return text;
    }
    if (!detail.isEmpty() && kind != Kind::InvalidInput)
        text += QLatin1Char(' ') + detail;
    return text;
}

QString ApiError::kindName() const
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InvalidInput:
        return QStringLiteral("invalid_input");
    case Kind::InsecureTransport:
        return QStringLiteral("insecure_transport");
    case Kind::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case Kind::HostNotFound:
        return QStringLiteral("host_not_found");
    case Kind::ConnectionClosed:
        return QStringLiteral("connection_closed");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::HttpStatus:
        return QStringLiteral("http_status");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::MalformedBody:
        return QStringLiteral("malformed_body");
    case Kind::Api:
        return QStringLiteral("api_error");
    }
    return {};
}

ApiError ApiError::invalidInput(const QString &why)
{
    ApiError e;
    e.kind = Kind::InvalidInput;
    e.detail = why;
    return e;
}

} // namespace Railgun
