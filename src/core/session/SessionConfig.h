#pragma once

#include "api/ApiOptions.h"
#include "api/ApiTypes.h"
#include "bulk/RateBudget.h"

#include <QString>

namespace Railgun {

// Everything an AccountSession needs to talk to the server for one account.
struct SessionConfig
{
    // Calls in flight at once. Never more than a QNetworkAccessManager opens to one host (6): a call
    // queued inside Qt would spend its deadline waiting for a connection.
    static constexpr int kMaxConcurrency = 6;

    QString accountId;
    QString accountName;
    Credentials credentials;
    ApiOptions options;
    int concurrency = 4;
    RateBudget::Limit rateLimit; // default: Cloudflare's documented 1,200 requests per 5 minutes
    int maxReadRetries = 3;      // transient faults of a read (never of a change)
    int retryBackoffMs = 250;    // first backoff of a read retry; doubles, with jitter
};

} // namespace Railgun
