#pragma once

#include "api/ApiResult.h"

#include <QStringList>

class QNetworkReply;

namespace Railgun {

// What the service knows about a transfer that the reply itself cannot tell (Qt ends a user cancel, a
// timeout and an aborted redirect all as OperationCanceledError).
struct TransferFlags
{
    bool cancelled = false;   // the user cancelled
    bool timedOut = false;    // our own deadline fired
    bool badRedirect = false; // a redirect to another host or down to http was stopped
    bool tooLarge = false;    // the body passed maxBody and was stopped
    qint64 maxBody = 0;
    QStringList tlsErrors; // the certificate problems Qt reported, in words
};

// Reads a finished QNetworkReply into an ApiResult: the one place a transfer's outcome (transport error,
// HTTP status, rate limit, damaged or short body, error envelope, payload) is classified.
namespace ReplyReader {
void read(QNetworkReply *net, const TransferFlags &flags, ApiResult *result);
// Retry-After as seconds from now: an integer, or an HTTP date; -1 when absent or unreadable. Capped at
// ApiError::kMaxRetryAfterSecs (a number too long for 64 bits is that cap too, never a wrap-around).
qint64 parseRetryAfter(const QByteArray &value);
// The x-ratelimit-limit / -remaining / -reset headers, when the server sent them.
RateLimitInfo parseRateLimit(const QByteArray &limit, const QByteArray &remaining, const QByteArray &reset);
} // namespace ReplyReader

} // namespace Railgun
