#include "ApiCall.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

QByteArray ApiAnswer::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ApiAnswer ApiCall::send(const QUrl &url, const QByteArray &form, bool post)
{
    QNetworkAccessManager nam;
    QUrl target = url;
    if (!post)
        target.setQuery(QString::fromLatin1(form), QUrl::StrictMode);
    QNetworkRequest request(target);
    request.setTransferTimeout(20000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = nullptr;
    if (post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = nam.post(request, form);
    } else {
        reply = nam.get(request);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    ApiAnswer a;
    a.elapsedMs = clock.elapsed();
    a.error = reply->error();
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.contentType = reply->rawHeader("Content-Type");
    a.body = reply->readAll();
    a.headers = reply->rawHeaderPairs();
    a.json = QJsonDocument::fromJson(a.body).object();
    reply->deleteLater();
    return a;
}

ApiAnswer ApiCall::action(const QUrl &apiBase, const QString &action, const Fields &fields, bool post)
{
    return send(apiBase.resolved(QUrl(action)), TestForm::encode(fields), post);
}
