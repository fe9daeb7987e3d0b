#pragma once

#include "TestForm.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

using Fields = TestForm::Fields;

// The answer of one API call made with a plain QNetworkAccessManager.
struct ApiAnswer
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QJsonObject json; // empty unless the body is a JSON object
    qint64 elapsedMs = 0;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const;
    QString result() const { return json.value(QLatin1String("result")).toString(); }
    QString errCode() const { return json.value(QLatin1String("err_code")).toString(); }
    QJsonObject response() const { return json.value(QLatin1String("response")).toObject(); }
};

// Synchronous calls for the tests (own event loop, 20 s transfer timeout).
class ApiCall final
{
public:
    // POST the form (TestForm::encode) to url, or GET url?form.
    static ApiAnswer send(const QUrl &url, const QByteArray &form, bool post);
    static ApiAnswer action(const QUrl &apiBase, const QString &action, const Fields &fields,
                            bool post = true);
};
