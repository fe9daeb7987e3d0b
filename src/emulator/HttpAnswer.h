#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace Emulator {

// One HTTP/1.1 answer, serialised by hand so that faults can damage it on the wire.
struct HttpAnswer
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpAnswer json(const QJsonObject &object, int status = 200);
    // An nginx-style error page (text/html).
    static HttpAnswer htmlError(int status);

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
    // Status line and headers, with Content-Length of the full body.
    QByteArray head(bool close) const;
    static QByteArray reasonPhrase(int status);
};

} // namespace Emulator
