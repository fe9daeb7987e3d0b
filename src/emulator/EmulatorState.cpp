#include "EmulatorState.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

namespace Emulator {

bool EmulatorState::loadJson(const QJsonObject &root, QString *error)
{
    const int version = root.value(QLatin1String("version")).toInt(1);
    if (version != 1) {
        *error = QStringLiteral("unsupported state version %1").arg(version);
        return false;
    }
    m_accounts.clear();
    m_railguns.clear();
    m_connections.clear();
    m_suggestions.clear();
    for (const QJsonValue &v : root.value(QLatin1String("accounts")).toArray())
        m_accounts.append(Account::fromJson(v.toObject()));
    for (const QJsonValue &v : root.value(QLatin1String("railguns")).toArray())
        m_railguns.append(Railgun::fromJson(v.toObject()));
    for (const QJsonValue &v : root.value(QLatin1String("connections")).toArray())
        m_connections.append(Connection::fromJson(v.toObject()));
    for (const QJsonValue &v : root.value(QLatin1String("suggestions")).toArray())
        m_suggestions.append(Suggestion::fromJson(v.toObject()));
    const QJsonValue next = root.value(QLatin1String("next_id"));
    m_nextId = next.isString() ? next.toString().toLongLong() : next.toInteger(100);
    // Never hand out an id that the file already uses.
    auto bump = [this](const QString &id) {
        m_nextId = qMax(m_nextId, id.toLongLong() + 1);
    };
    for (const Account &a : std::as_const(m_accounts))
        bump(a.userId);
    for (const Railgun &r : std::as_const(m_railguns))
        bump(r.railgunId);
    for (const Connection &c : std::as_const(m_connections))
        bump(c.connId);
    return true;
}

bool EmulatorState::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("%1 is not a JSON object (%2)").arg(path, pe.errorString());
        return false;
    }
    return loadJson(doc.object(), error);
}

QJsonObject EmulatorState::toJson() const
{
    QJsonArray accounts, railguns, connections, suggestions;
    for (const Account &a : m_accounts)
        accounts.append(a.toJson());
    for (const Railgun &r : m_railguns)
        railguns.append(r.toJson());
    for (const Connection &c : m_connections)
        connections.append(c.toJson());
    for (const Suggestion &s : m_suggestions)
        suggestions.append(s.toJson());
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("accounts"), accounts},
            {QStringLiteral("railguns"), railguns},
            {QStringLiteral("connections"), connections},
            {QStringLiteral("suggestions"), suggestions},
            {QStringLiteral("next_id"), m_nextId}};
}

bool EmulatorState::save(QString *error) const
{
    if (m_statePath.isEmpty())
        return true;
    QSaveFile file(m_statePath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void EmulatorState::changed()
{
    QString error;
    if (!save(&error))
        qWarning("railgun-emulator: cannot save the state file: %s", qPrintable(error));
}

void EmulatorState::countRequest(const QString &action)
{
    ++m_requests;
    ++m_byAction[action];
}

QJsonObject EmulatorState::stats() const
{
    QJsonObject byAction;
    for (auto it = m_byAction.cbegin(); it != m_byAction.cend(); ++it)
        byAction.insert(it.key(), it.value());
    return {{QStringLiteral("requests"), m_requests}, {QStringLiteral("by_action"), byAction}};
}

QString EmulatorState::newId()
{
    return QString::number(m_nextId++);
}

QString EmulatorState::newSecret() const
{
    // Secrets come from the system generator, so a restart with the same --seed never repeats one.
    QString secret;
    do {
        secret.clear();
        for (int i = 0; i < 4; ++i)
            secret +=
                QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    } while (const_cast<EmulatorState *>(this)->railgunByRtkn(secret));
    return secret;
}

Account *EmulatorState::accountByEmail(const QString &email)
{
    for (Account &a : m_accounts) {
        if (a.email.compare(email, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

Account *EmulatorState::accountByHostKey(const QString &hostKey)
{
    if (hostKey.isEmpty())
        return nullptr;
    for (Account &a : m_accounts) {
        if (a.hostKey == hostKey)
            return &a;
    }
    return nullptr;
}

Account *EmulatorState::accountById(const QString &userId)
{
    for (Account &a : m_accounts) {
        if (a.userId == userId)
            return &a;
    }
    return nullptr;
}

Railgun *EmulatorState::railgunByRtkn(const QString &rtkn)
{
    if (rtkn.isEmpty())
        return nullptr;
    for (Railgun &r : m_railguns) {
        if (r.rtkn == rtkn)
            return &r;
    }
    return nullptr;
}

Connection *EmulatorState::connectionOf(const QString &domain)
{
    for (Connection &c : m_connections) {
        if (c.domain == domain)
            return &c;
    }
    return nullptr;
}

bool EmulatorState::activate(Railgun *railgun)
{
    if (railgun->status == QLatin1String("V"))
        return true;
    if (railgun->status != QLatin1String("INI"))
        return false;
    const QString now = pgTimestamp(QDateTime::currentDateTime());
    railgun->status = QStringLiteral("V");
    railgun->activatedOn = now;
    railgun->edate = now;
    if (railgun->ip.isEmpty())
        railgun->ip = QStringLiteral("198.51.100.%1").arg(railgun->railgunId.toLongLong() % 250 + 1);
    changed();
    return true;
}

} // namespace Emulator
