#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace Railgun {

// How a request authenticates: client API (e-mail + token) or partner API (host key).
struct Credentials
{
    enum class Kind
    {
        Client,
        Partner
    };
    Kind kind = Kind::Client;
    QString email;
    QString token;   // secret
    QString hostKey; // secret

    bool isComplete() const
    {
        return kind == Kind::Client ? !email.isEmpty() && !token.isEmpty() : !hostKey.isEmpty();
    }
};

// A Railgun as listed by user_get_all / host_get_all. Every field arrives as a string or null.
struct RailgunInfo
{
    QString id;
    QString name;
    QString pubname;
    QString status; // the code: INI, V or D (see api/RailgunStatus.h)
    bool modeActive = false;
    QString activatedOn;
    QString deletedOn;
    QString createdOn;
    QString editedOn;
    QString apiKey; // secret: the Railgun's rtkn
    QString ip;
    QString port;
    QString hostId;
    QString userId;
    QString recName;
    QString type;
    QString build;
    QString version;
};

// A domain's binding, from zone_conn_get_active.
struct Connection
{
    QString connId;
    QString railgunId;
    QString status; // railgun_conn_status, V...
    bool modeActive = false;
    bool enabled = false;
};

// What init returns: the new Railgun and its token (shown to the user once).
struct InitResult
{
    QString railgunId;
    QString name;
    QString status;
    QString rtkn; // secret
};

// What the changing actions return (delete, conn_set, conn_setmode_*, conn_delete, suggestion_set, ipr_set).
struct ActionResult
{
    QString railgunId;
    QString connId;  // conn_set, partner-doc shape
    QString recName; // conn_set, partner-doc shape
};

// Host API user_lookup answer.
struct UserLookupResult
{
    QString email;
    QStringList hostedZones;
    QString uniqueId;
    bool userExists = false;
    bool userAuthed = false;
};

} // namespace Railgun

Q_DECLARE_METATYPE(Railgun::RailgunInfo)
Q_DECLARE_METATYPE(Railgun::Connection)
