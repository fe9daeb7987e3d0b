#pragma once

// Shared by the core tests: a RailgunApi pointed at a running emulator, and a blocking wait for a reply.
#include "EmulatorProcess.h"
#include "TestAccounts.h"
#include "api/ApiReply.h"
#include "api/RailgunApi.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

namespace TestSupport {

inline Railgun::Credentials clientCredentials()
{
    Railgun::Credentials c;
    c.kind = Railgun::Credentials::Kind::Client;
    c.email = QString::fromLatin1(TestAccounts::kDemoEmail);
    c.token = QString::fromLatin1(TestAccounts::kDemoToken);
    return c;
}

inline Railgun::Credentials partnerCredentials()
{
    Railgun::Credentials c;
    c.kind = Railgun::Credentials::Kind::Partner;
    c.hostKey = QString::fromLatin1(TestAccounts::kDemoHostKey);
    return c;
}

// Waits for the reply's one finished() and returns its result.
inline Railgun::ApiResult wait(Railgun::ApiReply *reply, int timeoutMs = 15000)
{
    reply->setAutoDelete(false);
    QSignalSpy spy(reply, &Railgun::ApiReply::finished);
    if (!reply->isFinished() && !spy.wait(timeoutMs)) {
        qWarning("no answer within %d ms", timeoutMs);
        Railgun::ApiResult none;
        none.error.kind = Railgun::ApiError::Kind::Network;
        none.error.detail = QStringLiteral("test: no answer");
        reply->deleteLater();
        return none;
    }
    Railgun::ApiResult result = reply->result();
    reply->deleteLater();
    return result;
}

// The first domain of the demo account that has no connection on the server.
inline QString unconnectedDomain(const EmulatorProcess &emulator, int skip = 0)
{
    const QJsonObject state = emulator.state();
    QSet<QString> connected;
    for (const QJsonValue &c : state.value(QStringLiteral("connections")).toArray())
        connected.insert(c.toObject().value(QStringLiteral("domain")).toString());
    for (const QJsonValue &a : state.value(QStringLiteral("accounts")).toArray()) {
        const QJsonObject account = a.toObject();
        if (account.value(QStringLiteral("email")).toString() != QLatin1String(TestAccounts::kDemoEmail))
            continue;
        for (const QJsonValue &d : account.value(QStringLiteral("domains")).toArray()) {
            if (!connected.contains(d.toString()) && skip-- == 0)
                return d.toString();
        }
    }
    return {};
}

// The rtkn of a Railgun in the emulator's state with the given status ("V" or "INI").
inline QString railgunToken(const EmulatorProcess &emulator, const QString &status, QString *id = nullptr)
{
    for (const QJsonValue &r : emulator.state().value(QStringLiteral("railguns")).toArray()) {
        const QJsonObject obj = r.toObject();
        if (obj.value(QStringLiteral("status")).toString() == status) {
            if (id)
                *id = obj.value(QStringLiteral("railgun_id")).toString();
            return obj.value(QStringLiteral("rtkn")).toString();
        }
    }
    return {};
}

inline int requestCount(const EmulatorProcess &emulator)
{
    return emulator.state()
        .value(QStringLiteral("stats"))
        .toObject()
        .value(QStringLiteral("requests"))
        .toInt();
}

} // namespace TestSupport
