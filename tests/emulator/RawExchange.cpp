#include "RawExchange.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QList>
#include <QTcpSocket>
#include <QTimer>

int RawExchange::status() const
{
    const qsizetype eol = data.indexOf("\r\n");
    const QList<QByteArray> parts = data.left(eol).split(' ');
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

QByteArray RawExchange::header(const QByteArray &name) const
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = data.left(end < 0 ? data.size() : end).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray RawExchange::body() const
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : data.mid(end + 4);
}

qint64 RawExchange::contentLength() const
{
    const QByteArray value = header("Content-Length");
    return value.isEmpty() ? -1 : value.toLongLong();
}

RawExchange RawExchange::run(const QUrl &server, const QByteArray &request, int waitMs)
{
    RawExchange result;
    QTcpSocket socket;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QElapsedTimer clock;
    clock.start();
    const auto complete = [&result] {
        const qint64 length = result.contentLength();
        return length >= 0 && result.data.indexOf("\r\n\r\n") >= 0 && result.body().size() >= length;
    };
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(request); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        result.data += socket.readAll();
        if (complete())
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        result.closedByPeer = true;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError e) {
        result.error = e;
        if (e == QAbstractSocket::RemoteHostClosedError)
            result.closedByPeer = true;
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        result.timedOut = true;
        loop.quit();
    });
    socket.connectToHost(server.host(), quint16(server.port()));
    timer.start(waitMs);
    loop.exec();
    result.data += socket.readAll();
    result.elapsedMs = clock.elapsed();
    QObject::disconnect(&socket, nullptr, nullptr, nullptr); // abort() below is ours, not the peer's
    socket.abort();
    return result;
}

QByteArray RawExchange::post(const QUrl &server, const QString &path, const QByteArray &form)
{
    return "POST " + path.toLatin1() + " HTTP/1.1\r\nHost: " + server.host().toLatin1() + ':' +
           QByteArray::number(server.port()) +
           "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
           QByteArray::number(form.size()) + "\r\nConnection: close\r\n\r\n" + form;
}
