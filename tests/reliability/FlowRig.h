#pragma once

// Shared by the request-flow race tests: one account on an emulator of its own (a fixture of connected,
// enabled domains, optionally changed first), its AccountSession with a ReplyTap, and the server's counts.
#include "EmulatorProcess.h"
#include "ReliabilitySupport.h"
#include "TestSession.h"
#include "models/DomainTableModel.h"
#include "operations/DomainController.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

namespace FlowRig {

struct Account
{
    QString email;
    QString token;
    QString userId;
    std::unique_ptr<EmulatorProcess> emulator;

    Railgun::Credentials credentials() const
    {
        Railgun::Credentials c;
        c.email = email;
        c.token = token;
        return c;
    }
    Railgun::SessionConfig config(int concurrency) const
    {
        Railgun::SessionConfig c = TestSession::config(emulator->apiBase(), credentials(), concurrency);
        c.accountId = userId;
        c.options.timeoutMs = 5000;
        return c;
    }
    QJsonObject stats() const { return emulator->state().value(QLatin1String("stats")).toObject(); }
    // Requests of this action the server received (refused ones included).
    int count(const QString &action) const
    {
        return stats().value(QLatin1String("by_action")).toObject().value(action).toInt();
    }
    int requests() const { return stats().value(QLatin1String("requests")).toInt(); }
    QHash<QString, Reliability::ServerConnection> connections() const
    {
        return Reliability::connectionsOf(emulator->state());
    }
};

// An emulator whose one account owns `domains`, connected to Railguns 50-52 and enabled; `change` may edit
// each connection first (set "enabled" to "f", or return false to leave the domain not connected).
inline std::unique_ptr<Account> startAccount(const QTemporaryDir &tmp, const QString &name,
                                             const QStringList &domains,
                                             const std::function<bool(int, QJsonObject &)> &change = {})
{
    auto account = std::make_unique<Account>();
    account->email = name + QStringLiteral("@example.org");
    account->token = name + QStringLiteral("-token-0123456789abcdef");
    account->userId = QString::number(40 + qHash(name) % 50);
    QJsonObject root = QJsonDocument::fromJson(
                           Reliability::fixtureJson(domains, account->email, account->token, account->userId))
                           .object();
    if (change) {
        QJsonArray kept;
        const QJsonArray connections = root.value(QLatin1String("connections")).toArray();
        for (int i = 0; i < connections.size(); ++i) {
            QJsonObject c = connections.at(i).toObject();
            if (change(i, c))
                kept.append(c);
        }
        root.insert(QStringLiteral("connections"), kept);
    }
    QFile file(tmp.filePath(name + QStringLiteral("-fixture.json")));
    if (!file.open(QIODevice::WriteOnly))
        return nullptr;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    file.close();
    account->emulator =
        std::make_unique<EmulatorProcess>(QStringList{QStringLiteral("--fixture"), file.fileName()});
    QString error;
    if (!account->emulator->start(&error)) {
        qWarning("emulator: %s", qPrintable(error));
        return nullptr;
    }
    return account;
}

inline bool anyPending(const Railgun::DomainTableModel &model)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.rowAt(r).pending)
            return true;
    }
    return false;
}

inline QStringList domainNames(const QString &prefix, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out.append(QStringLiteral("%1-%2.example.com").arg(prefix).arg(i, 3, 10, QLatin1Char('0')));
    return out;
}

} // namespace FlowRig
