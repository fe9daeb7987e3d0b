#pragma once

#include "HttpAnswer.h"

#include <QPointer>
#include <QTcpSocket>

namespace Emulator {

// Puts an HttpAnswer on the socket, whole or damaged on purpose (the wire-level fault kinds).
// Every write goes through a QPointer: the client may have gone away while the answer waited.
class AnswerWriter final
{
public:
    enum class Delivery
    {
        Whole,
        Truncated,   // full Content-Length, half the body, then close
        Reset,       // headers + part of the body, then a TCP reset
        Slow,        // the whole body in small chunks over slowMs
        ResetBefore, // a TCP reset, nothing written
        Hang,        // nothing written, the socket stays open
    };

    static void deliver(const QPointer<QTcpSocket> &socket, const HttpAnswer &answer, Delivery delivery,
                        bool close, int slowMs = 0);

private:
    static void resetConnection(QTcpSocket *socket);
    static void writeSlowly(const QPointer<QTcpSocket> &socket, const QByteArray &body, bool close,
                            int slowMs);
};

} // namespace Emulator
