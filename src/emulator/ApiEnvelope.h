#pragma once

#include <QJsonObject>
#include <QString>

// The answer envelopes of the Railgun API (railgun-api.md, "Decided here").
namespace Emulator::ApiEnvelope {

// {"result":"success","msg":null,"response":{"act":<act>, ...fields}}
QJsonObject success(const QString &act, const QJsonObject &fields);
// {"result":"error","msg":<msg>,"err_code":<code>,"response":null}
QJsonObject error(const QString &code, const QString &msg);

} // namespace Emulator::ApiEnvelope
