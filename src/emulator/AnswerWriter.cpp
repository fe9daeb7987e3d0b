#include "AnswerWriter.h"

#include <QTimer>

#include <memory>

#include <sys/socket.h>

namespace Emulator {

void AnswerWriter::deliver(const QPointer<QTcpSocket> &socket, const HttpAnswer &answer, Delivery delivery,
                           bool close, int slowMs)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    switch (delivery) {
    case Delivery::Whole:
        socket->write(answer.head(close) + answer.body);
        if (close)
            socket->disconnectFromHost();
        return;
    case Delivery::Truncated:
        socket->write(answer.head(false) + answer.body.left(answer.body.size() / 2));
        socket->disconnectFromHost(); // after the bytes are flushed
        return;
    case Delivery::Reset: {
        socket->write(answer.head(false) + answer.body.left(qMax<qsizetype>(1, answer.body.size() / 3)));
        socket->flush();
        // Give the bytes a moment on the wire, then reset (not a clean close).
        QTimer::singleShot(100, socket.data(), [socket] {
            if (socket)
                resetConnection(socket.data());
        });
        return;
    }
    case Delivery::Slow:
        socket->write(answer.head(close));
        writeSlowly(socket, answer.body, close, slowMs);
        return;
    case Delivery::ResetBefore:
        resetConnection(socket.data());
        return;
    case Delivery::Hang:
        return;
    }
}

void AnswerWriter::resetConnection(QTcpSocket *socket)
{
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        struct linger lingerOption;
        lingerOption.l_onoff = 1;
        lingerOption.l_linger = 0;
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &lingerOption, sizeof(lingerOption));
    }
    socket->abort();
}

void AnswerWriter::writeSlowly(const QPointer<QTcpSocket> &socket, const QByteArray &body, bool close,
                               int slowMs)
{
    constexpr qsizetype kChunks = 20;
    const qsizetype chunkSize = qMax<qsizetype>(1, (body.size() + kChunks - 1) / kChunks);
    const qsizetype chunks = (body.size() + chunkSize - 1) / chunkSize;
    auto *timer = new QTimer(socket.data());
    timer->setInterval(chunks > 0 ? int(slowMs / chunks) : 0);
    auto offset = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, socket.data(), [socket, timer, body, close, chunkSize, offset] {
        if (!socket)
            return;
        socket->write(body.mid(*offset, chunkSize));
        *offset += chunkSize;
        if (*offset >= body.size()) {
            timer->stop();
            timer->deleteLater();
            if (close)
                socket->disconnectFromHost();
        }
    });
    timer->start();
}

} // namespace Emulator
