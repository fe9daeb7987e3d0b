#pragma once

#include <QHash>

#include "ActionHandler.h"
#include "FaultInjector.h"
#include "HttpAnswer.h"
#include "RateLimiter.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>

class QTcpSocket;

namespace Emulator {

class EmulatorState;

// The HTTP(S) front of the emulator. Routes:
//   /api/v2/railgun/<action>  GET (query) or POST (form body): the Railgun API, with faults and limits
//   /host-gw.html             GET or POST act=user_lookup: the partner host gateway
//   /_emulator/activate       POST rtkn=...: INI -> V (what a starting Railgun daemon does)
//   /_emulator/state          GET: the state file format plus "stats"
//   /_emulator/faults         GET, or POST knob fields (reset=1 first restores the defaults)
// The admin routes are never faulted, never rate limited and not counted.
// Answers are written by hand on the socket (AnswerWriter), later via a timer when latency is set.
class EmulatorServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    EmulatorServer(EmulatorState *state, FaultInjector *faults, bool autoActivate, QObject *parent = nullptr);

    void setVerbose(bool verbose) { m_verbose = verbose; }
    // Listens with a large backlog (hundreds of concurrent clients). Returns the bound port or 0.
    quint16 listenOn(const QHostAddress &address, quint16 port, const QSslConfiguration *tls, QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Call
    {
        bool isPost = false;
        QString path;
        QByteArray query;
        QByteArray body;
        QByteArray host; // the Host header, for redirects on the same origin
        bool close = false;
    };

    void handleApi(const Call &call, const QString &action, QPointer<QTcpSocket> socket);
    HttpAnswer adminAnswer(const Call &call);
    HttpAnswer faultAnswer(FaultInjector::Kind kind) const;
    HttpAnswer redirectAnswer(FaultInjector::Kind kind, const Call &call) const;
    HttpAnswer damagedAnswer(FaultInjector::Kind kind, const QJsonObject &envelope) const;
    static FormFields fieldsOf(const Call &call);
    void log(const Call &call, const QString &action, const FormFields &fields, const QString &outcome) const;

    EmulatorState *m_state;
    FaultInjector *m_faults;
    ActionHandler m_actions;
    // The limit is per account, as Cloudflare's was: one limiter per host key or e-mail address (the one
    // key "" for requests without credentials).
    RateLimiter &limiterFor(const FormFields &fields);
    QHash<QString, RateLimiter> m_limiters;
    bool m_verbose = false;
};

} // namespace Emulator
