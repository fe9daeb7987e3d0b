#pragma once

#include "api/RailgunApi.h"

#include <QString>
#include <QUrl>

namespace Railgun {

// One profile: everything about an account except its secret (the secret lives in CredentialStore).
struct Account
{
    QString id;   // stable key (uuid without braces); keys the keychain entry and the domain list file
    QString name; // shown to the user
    Credentials::Kind kind = Credentials::Kind::Client;
    QString email; // client accounts
    QUrl baseUrl = ApiOptions::defaultBaseUrl();
    bool useGet = false;
    int concurrency = 4;
    // The server's limit, which every call of the account shares (Cloudflare: 1,200 per 5 minutes);
    // 0 requests = no client-side limit (the server's 429s are still obeyed).
    int rateLimitRequests = 1200;
    int rateLimitWindowSecs = 300;
    // Read every domain again this many minutes after the last refresh ended (0 = never: refresh by hand).
    int recheckMinutes = 0;
    int timeoutMs = 30000;
    QString caCertificateFile; // extra CA for private endpoints, empty = none
    bool allowInsecureHttp = false;

    // Where the secret is kept, as the user chose.
    enum class SecretStorage
    {
        Keychain,
        SessionOnly,
        SettingsFile
    };
    SecretStorage secretStorage = SecretStorage::Keychain;

    // Transport options for RailgunApi (loads the CA file; *error says why it could not).
    // When *error is set the options lack the extra CA certificate: do not connect with them.
    ApiOptions apiOptions(QString *error = nullptr) const;
    // Credentials with the given secret (token for a client account, host key for a partner).
    Credentials credentials(const QString &secret) const;
};

} // namespace Railgun
