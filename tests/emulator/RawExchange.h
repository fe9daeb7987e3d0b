#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QUrl>

// One HTTP exchange over a bare QTcpSocket, to see exactly what the wire carries (fault tests).
struct RawExchange
{
    QByteArray data; // everything received
    bool closedByPeer = false;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError; // Unknown = none
    bool timedOut = false;
    qint64 elapsedMs = 0;

    int status() const;
    QByteArray header(const QByteArray &name) const;
    QByteArray body() const;
    qint64 contentLength() const; // -1 if none

    // Sends `request` (complete HTTP bytes) and reads until the answer is complete (Content-Length),
    // the peer closes, or waitMs passes.
    static RawExchange run(const QUrl &server, const QByteArray &request, int waitMs);
    static QByteArray post(const QUrl &server, const QString &path, const QByteArray &form);
};
