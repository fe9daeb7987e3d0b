#include "ApiEnvelope.h"

namespace Emulator::ApiEnvelope {

QJsonObject success(const QString &act, const QJsonObject &fields)
{
    QJsonObject response = fields;
    response.insert(QStringLiteral("act"), act);
    return {{QStringLiteral("result"), QStringLiteral("success")},
            {QStringLiteral("msg"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("response"), response}};
}

QJsonObject error(const QString &code, const QString &msg)
{
    return {{QStringLiteral("result"), QStringLiteral("error")},
            {QStringLiteral("msg"), msg},
            {QStringLiteral("err_code"), code},
            {QStringLiteral("response"), QJsonValue(QJsonValue::Null)}};
}

} // namespace Emulator::ApiEnvelope
