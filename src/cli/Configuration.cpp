#include "Configuration.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSslCertificate>

namespace RailgunCtl {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RailgunCtl::Configuration", text);
}

// Only "1", "true" and "yes" count as consent: an empty or mistyped value must not open plain http.
bool isTrue(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == QLatin1String("1") || v == QLatin1String("true") || v == QLatin1String("yes");
}
} // namespace

namespace ConfigurationLoader {

QString checkBaseUrl(const QUrl &url, const QString &origin, bool allowInsecure, QUrl *normalized)
{
    const Railgun::ApiError error = Railgun::RailgunApi::checkBaseUrl(url, allowInsecure, normalized);
    if (!error.isError())
        return {};
    if (error.kind == Railgun::ApiError::Kind::InsecureTransport)
        return QCoreApplication::translate("RailgunCtl::Configuration",
                                           "%1: refusing to send credentials over plain http:// to a host "
                                           "other than this computer; use https:// or set "
                                           "RAILGUN_ALLOW_INSECURE=1.")
            .arg(origin);
    return QStringLiteral("%1: %2").arg(origin, error.toText());
}

Configuration fromEnvironment(const QProcessEnvironment &env)
{
    Configuration c;

    const bool allowInsecure = isTrue(env.value(QStringLiteral("RAILGUN_ALLOW_INSECURE")));
    c.options.allowInsecureHttp = allowInsecure;
    const QString urlText = env.value(QStringLiteral("RAILGUN_API_URL")).trimmed();
    if (!urlText.isEmpty()) {
        QUrl url;
        c.error = checkBaseUrl(QUrl(urlText, QUrl::StrictMode), QStringLiteral("RAILGUN_API_URL"),
                               allowInsecure, &url);
        if (!c.ok())
            return c;
        c.options.baseUrl = url;
    }

    const QString email = env.value(QStringLiteral("RAILGUN_EMAIL")).trimmed();
    const QString token = env.value(QStringLiteral("RAILGUN_TOKEN")).trimmed();
    const QString hostKey = env.value(QStringLiteral("RAILGUN_HOST_KEY")).trimmed();
    const bool client = !email.isEmpty() || !token.isEmpty();
    if (client && !hostKey.isEmpty()) {
        c.error = tr("Both client credentials (RAILGUN_EMAIL/RAILGUN_TOKEN) and RAILGUN_HOST_KEY are set; "
                     "unset the ones you do not mean to use.");
        return c;
    }
    if (!hostKey.isEmpty()) {
        c.credentials.kind = Railgun::Credentials::Kind::Partner;
        c.credentials.hostKey = hostKey;
    } else if (client) {
        if (email.isEmpty()) {
            c.error = tr("RAILGUN_TOKEN is set but RAILGUN_EMAIL is missing.");
            return c;
        }
        if (token.isEmpty()) {
            c.error = tr("RAILGUN_EMAIL is set but RAILGUN_TOKEN is missing.");
            return c;
        }
        c.credentials.kind = Railgun::Credentials::Kind::Client;
        c.credentials.email = email;
        c.credentials.token = token;
    } else {
        c.error = tr("No credentials: set RAILGUN_EMAIL and RAILGUN_TOKEN, or RAILGUN_HOST_KEY, or use "
                     "--profile NAME.");
        return c;
    }

    const QString caFile = env.value(QStringLiteral("RAILGUN_CA_FILE")).trimmed();
    if (!caFile.isEmpty()) {
        if (!QFileInfo(caFile).isReadable()) {
            c.error = QCoreApplication::translate("RailgunCtl::Configuration",
                                                  "RAILGUN_CA_FILE \"%1\" cannot be read.")
                          .arg(caFile);
            return c;
        }
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (certs.isEmpty()) {
            c.error = QCoreApplication::translate("RailgunCtl::Configuration",
                                                  "RAILGUN_CA_FILE \"%1\" holds no PEM certificate.")
                          .arg(caFile);
            return c;
        }
        c.options.extraCaCertificates = certs;
    }

    const QString timeout = env.value(QStringLiteral("RAILGUN_TIMEOUT_MS")).trimmed();
    if (!timeout.isEmpty()) {
        bool ok = false;
        const int ms = timeout.toInt(&ok);
        if (!ok || ms < 1) {
            c.error = tr("RAILGUN_TIMEOUT_MS must be a positive number of milliseconds.");
            return c;
        }
        c.options.timeoutMs = ms;
    }

    const QString rate = env.value(QStringLiteral("RAILGUN_RATE_LIMIT")).trimmed();
    if (!rate.isEmpty()) {
        const QStringList parts = rate.split(QLatin1Char('/'));
        bool okRequests = false, okSecs = true;
        const int requests = parts.value(0).trimmed().toInt(&okRequests);
        const int secs = parts.size() > 1 ? parts.value(1).trimmed().toInt(&okSecs) : 300;
        if (!okRequests || !okSecs || requests < 0 || secs < 1 || parts.size() > 2 ||
            (requests > 0 && parts.size() != 2)) {
            c.error = tr("RAILGUN_RATE_LIMIT must be REQUESTS/SECONDS (for example 1200/300), or 0 for no "
                         "client-side limit.");
            return c;
        }
        c.rateLimit = {requests, secs};
    }
    return c;
}

} // namespace ConfigurationLoader

} // namespace RailgunCtl
