#pragma once

#include "api/RailgunApi.h"
#include "bulk/RateBudget.h"

#include <QProcessEnvironment>
#include <QString>

namespace RailgunCtl {

// Everything a run needs to talk to the API: credentials, transport options and pacing.
struct Configuration
{
    Railgun::Credentials credentials;
    Railgun::ApiOptions options;
    Railgun::RateBudget::Limit rateLimit; // default: 1,200 requests per 300 s
    QString error;                        // a configuration error in words; empty when usable

    bool ok() const { return error.isEmpty(); }
};

namespace ConfigurationLoader {
// Reads RAILGUN_API_URL, RAILGUN_EMAIL + RAILGUN_TOKEN or RAILGUN_HOST_KEY, RAILGUN_ALLOW_INSECURE,
// RAILGUN_CA_FILE, RAILGUN_TIMEOUT_MS and RAILGUN_RATE_LIMIT (REQUESTS/SECONDS, 0 for no client-side limit).
Configuration fromEnvironment(const QProcessEnvironment &env);
// Words RailgunApi::checkBaseUrl's verdict on a base URL for the terminal, naming where the URL came from
// (`origin`: "RAILGUN_API_URL", the profile): an error in words, or empty. *normalized as there.
QString checkBaseUrl(const QUrl &url, const QString &origin, bool allowInsecure, QUrl *normalized);
} // namespace ConfigurationLoader

} // namespace RailgunCtl
