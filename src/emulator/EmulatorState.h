#pragma once

#include "EmulatorRecords.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Emulator {

// Everything the emulator knows: accounts, Railguns, connections, suggestions and the id counter,
// plus request statistics. Loads and saves the state file format (see GET /_emulator/state);
// with a state file set, every change is written atomically (QSaveFile).
class EmulatorState final
{
public:
    bool loadJson(const QJsonObject &root, QString *error);
    bool loadFile(const QString &path, QString *error);
    QJsonObject toJson() const;

    // Where changes are persisted; empty = in memory only.
    void setStatePath(const QString &path) { m_statePath = path; }
    bool save(QString *error = nullptr) const;
    // Call after every change: saves if a state file is set.
    void changed();

    void countRequest(const QString &action);
    QJsonObject stats() const;

    QString newId();
    QString newSecret() const;

    QList<Account> &accounts() { return m_accounts; }
    QList<Railgun> &railguns() { return m_railguns; }
    QList<Connection> &connections() { return m_connections; }
    QList<Suggestion> &suggestions() { return m_suggestions; }

    Account *accountByEmail(const QString &email);
    Account *accountByHostKey(const QString &hostKey);
    Account *accountById(const QString &userId);
    Railgun *railgunByRtkn(const QString &rtkn);
    Connection *connectionOf(const QString &domain);
    // Activate an INI Railgun (status V, activated_on, an origin IP). True if it is V afterwards.
    bool activate(Railgun *railgun);

private:
    QList<Account> m_accounts;
    QList<Railgun> m_railguns;
    QList<Connection> m_connections;
    QList<Suggestion> m_suggestions;
    qint64 m_nextId = 100;
    QString m_statePath;
    qint64 m_requests = 0;
    QHash<QString, qint64> m_byAction;
};

} // namespace Emulator
