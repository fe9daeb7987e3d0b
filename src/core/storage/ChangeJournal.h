#pragma once

#include "api/ApiTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace Railgun {

// Every change an account's front ends (the app, railgunctl) send, kept across sessions: append-only JSON
// Lines in the data directory, one file per account, rotated by size (a few files kept).
//
// A change is written — and on disk, as far as this process goes — *before* its request leaves (begin()),
// and completed by a second line when the outcome is known (complete()): the server-confirmed state after,
// or the error. A change begun but never completed (the process was killed, the machine went down) is
// "in flight": the next start re-reads those domains first (inFlight()) and completes them as re-checked.
//
// Nothing secret is written: keys that name secrets (api/Redactor) are masked, every text goes through
// Redactor::redact(), and the account's known secrets (setKnownSecrets()) are replaced wherever they appear.
// Reading never fails on a damaged line: it is skipped and reported with its file and line.
//
// Lines, one JSON object each:
//   {"v":1,"type":"begin","id":…,"time":…,"origin":"cli","operation":…,"action":"conn_set",
//    "domain":…,"before":{state}|null,"request":{…}}
//   {"v":1,"type":"end","id":…,"time":…,"outcome":"ok"|"error"|"rechecked","after":{state}|null,
//    "error":…,"applied":true|false}
// A state is {"connected":bool,"railgun_id":…,"enabled":bool,"mode":0|1} (see stateJson()).
class ChangeJournal final
{
public:
    struct Change
    {
        QString origin;    // "app" or "cli"
        QString operation; // the operation (bulk run, apply, toggle) it belongs to
        QString action;    // the API action: conn_set, conn_delete, ...
        QString domain;
        QJsonValue before;   // the state before, null when unknown
        QJsonObject request; // what was asked (railgun_id, mode, ...); never a token
    };

    struct Outcome
    {
        enum class Kind
        {
            Ok,        // the server confirmed it: `after` is its answer
            Error,     // it failed: `error` says why; `after` when known
            Rechecked, // it was in flight when a session ended; `after` was read later, `applied` compares
        };
        Kind kind = Kind::Ok;
        QJsonValue after;
        QString error;
        bool applied = false; // Rechecked: whether the state read shows the change made
    };

    struct Entry
    {
        QString id;
        QDateTime time;
        QString origin;
        QString operation;
        QString action;
        QString domain;
        QJsonValue before;
        QJsonObject request;
        bool completed = false;
        QDateTime completedAt;
        Outcome outcome;
        QString file; // where its begin line is
        int line = 0;
    };

    struct Damage
    {
        QString file;
        int line = 0;
        QString reason; // translated
    };

    struct Filter
    {
        QDateTime since;   // begun at or after; invalid = any time
        QString domain;    // empty = any
        QString operation; // empty = any
    };

    struct ReadResult
    {
        QList<Entry> entries; // oldest first
        QList<Damage> damaged;
    };

    // `accountKey` names the file (see accountKey()).
    ChangeJournal(const QString &directory, const QString &accountKey);

    // Texts that must never be written (the account's token, its Railguns' tokens).
    void setKnownSecrets(const QStringList &secrets);
    // Rotation: when the current file would grow past maxBytes it becomes <file>.1 (.1 becomes .2, …);
    // keptFiles counts the current file too. Defaults: 4 MiB, 4 files.
    void setLimits(qint64 maxBytes, int keptFiles);

    // Appends the change before it is sent. Returns its id, or empty (and *error) when it could not be
    // written — then the caller should not send it.
    QString begin(const Change &change, QString *error = nullptr);
    // Appends its outcome.
    bool complete(const QString &id, const Outcome &outcome, QString *error = nullptr);

    ReadResult read(const Filter &filter = {}) const;
    // The changes begun and never completed, oldest first.
    ReadResult inFlight() const;

    QString currentFile() const { return m_file; }
    // Every kept file, oldest first (those that exist).
    QStringList files() const;

    // The journal's name for an account: the same for the app and railgunctl given the same API base URL
    // and identity (e-mail, or — for a partner — a digest of the host key, never the key itself).
    static QString accountKey(const QUrl &baseUrl, const Credentials &credentials);
    // $RAILGUN_JOURNAL_DIR, else <generic data location>/railgun-desk/journal.
    static QString defaultDirectory();
    static QJsonValue stateJson(const std::optional<Connection> &connection);
    static QString outcomeName(Outcome::Kind kind);

private:
    bool append(const QJsonObject &line, QString *error);
    void rotateIfNeeded(qint64 incoming) const;
    QJsonValue masked(const QJsonValue &value) const;
    QString maskedText(const QString &text) const;

    QString m_directory;
    QString m_file;
    QStringList m_secrets;
    qint64 m_maxBytes = 4 * 1024 * 1024;
    int m_keptFiles = 4;
};

} // namespace Railgun
