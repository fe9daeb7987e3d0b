#pragma once

#include <QMetaType>
#include <QString>

namespace Railgun {

// The one error type of the API service. toText() is the one place that turns it into words.
struct ApiError
{
    enum class Kind
    {
        None,
        InvalidInput,      // rejected before sending (bad domain, missing credentials, ...)
        InsecureTransport, // plain http:// to a non-loopback host without consent, or a downgrade
        ConnectionRefused,
        HostNotFound,
        ConnectionClosed, // reset / closed by the server before a full answer
        Tls,
        Timeout,
        Cancelled,
        Network, // any other transport failure
        HttpStatus,
        RateLimited,
        MalformedBody,
        Api, // the server's error envelope
    };

    // Any longer demand (a huge number, a date decades ahead) is read as this: about ten years.
    static constexpr qint64 kMaxRetryAfterSecs = 10LL * 366 * 24 * 3600;

    Kind kind = Kind::None;
    int httpStatus = 0; // when the server answered
    // RateLimited: the server's Retry-After in seconds, -1 if absent; never more than kMaxRetryAfterSecs.
    qint64 retryAfterSecs = -1;
    QString apiMessage; // Api: the envelope's msg (may be empty)
    QString apiCode;    // Api: err_code as text (string or integer on the wire), may be empty
    QString detail;     // extra words for the user (already free of secrets)

    bool isError() const { return kind != Kind::None; }
    // Faults that may go away by themselves: worth a retry for a safe call.
    bool isTransient() const;
    // True when a failed change certainly did not reach the server (an API error envelope, 429,
    // refused before sending, a failed TLS handshake); every other failure may have been applied.
    bool certainlyNotApplied() const;
    // A short, translated sentence for a status bar or a table cell.
    QString toText() const;
    // A stable machine name of the kind ("timeout", "rate_limited", ...), for --json and logs.
    QString kindName() const;

    static ApiError invalidInput(const QString &why);
};

} // namespace Railgun

Q_DECLARE_METATYPE(Railgun::ApiError)
