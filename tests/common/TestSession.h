#pragma once

// A session for tests against the local emulator: no client-side rate limit unless a test sets one (the
// emulator's own limit and its 429s still apply), short read-retry backoff.
#include "session/AccountSession.h"

#include <QNetworkAccessManager>
#include <QUrl>
#include <memory>

namespace TestSession {

inline Railgun::SessionConfig config(const QUrl &apiBase, const Railgun::Credentials &credentials,
                                     int concurrency = 4)
{
    Railgun::SessionConfig c;
    c.accountId = QStringLiteral("test");
    c.accountName = QStringLiteral("Test");
    c.credentials = credentials;
    c.options.baseUrl = apiBase;
    c.concurrency = concurrency;
    c.rateLimit = {0, 1};
    c.retryBackoffMs = 20;
    return c;
}

inline std::unique_ptr<Railgun::AccountSession> make(QNetworkAccessManager *nam, const QUrl &apiBase,
                                                     const Railgun::Credentials &credentials,
                                                     int concurrency = 4)
{
    return std::make_unique<Railgun::AccountSession>(config(apiBase, credentials, concurrency), nam);
}

} // namespace TestSession
