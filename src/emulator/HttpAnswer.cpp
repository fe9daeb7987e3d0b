#include "HttpAnswer.h"

#include <QJsonDocument>

namespace Emulator {

HttpAnswer HttpAnswer::json(const QJsonObject &object, int status)
{
    HttpAnswer a;
    a.status = status;
    a.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return a;
}

HttpAnswer HttpAnswer::htmlError(int status)
{
    HttpAnswer a;
    a.status = status;
    a.contentType = "text/html";
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    a.body = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title +
             "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    return a;
}

QByteArray HttpAnswer::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Temporarily Unavailable";
    default:
        return "Unknown";
    }
}

QByteArray HttpAnswer::head(bool close) const
{
    QByteArray h = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    h += "Server: railgun-emulator\r\n";
    h += "Content-Type: " + contentType + "\r\n";
    h += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        h += name + ": " + value + "\r\n";
    h += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    h += "\r\n";
    return h;
}

} // namespace Emulator
