#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The records of the emulator's state, with the JSON names of the state file / fixture format
// (see GET /_emulator/state). Other tests parse these names: keep them stable.
namespace Emulator {

struct Account
{
    QString userId;
    QString email;
    QString token;
    QString hostKey;  // empty = not a partner
    QString hostedBy; // user_id of the hosting partner, empty = none
    QStringList domains;

    QJsonObject toJson() const;
    static Account fromJson(const QJsonObject &o);
};

struct Railgun
{
    QString railgunId;
    QString userId;
    QString name;
    QString pubname;
    QString status; // INI, V, D
    QString mode;   // "1" / "0"
    QString rtkn;
    QString cdate;
    QString edate;
    QString activatedOn; // empty = null
    QString deletedOn;   // empty = null
    QString ip;          // empty = null
    QString port;
    QStringList ranges;

    QJsonObject toJson() const;
    static Railgun fromJson(const QJsonObject &o);
    // The Railgun object of user_get_all / host_get_all.
    QJsonObject toApiObject() const;
    QString recName() const;
};

struct Connection
{
    QString domain;
    QString connId;
    QString railgunId;
    QString mode;    // "1" / "0"
    QString enabled; // "t" / "f"
    QString status;  // "V"

    QJsonObject toJson() const;
    static Connection fromJson(const QJsonObject &o);
    QJsonObject toApiObject() const;
};

struct Suggestion
{
    QString domain;
    QString railgunId;
    QString autoEnabled; // "1" / "0"

    QJsonObject toJson() const;
    static Suggestion fromJson(const QJsonObject &o);
};

// PostgreSQL text format as in the documented examples: 2012-10-27 16:34:37.718746-07
QString pgTimestamp(const QDateTime &when);

} // namespace Emulator
