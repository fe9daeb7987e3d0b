#pragma once

#include "api/ApiResult.h"

#include <QByteArray>
#include <QJsonObject>

namespace Railgun {

// Turns a response body into an ApiResult's payload or error. Pure functions: no network, easy to fuzz.
namespace ResponseParser {

// Parses JSON, tolerating a trailing comma before '}' or ']' (the documented examples have them).
// Returns false and sets *error for anything else that is not JSON.
bool parseLenientJson(const QByteArray &body, QJsonDocument *doc, QString *error);

// Checks the envelope ({"result": "success"|"error", "msg", "err_code", "response"}). On success
// returns true and sets *response; on an error envelope or a malformed one fills *error.
bool parseEnvelope(const QByteArray &body, QJsonObject *response, ApiError *error);

// Fills the typed payload of `result` (by result->action) from a success `response` object;
// sets result->error to MalformedBody when the payload lacks what the action must return.
void parsePayload(const QJsonObject &response, ApiResult *result);

// Envelope + payload in one step.
void parse(const QByteArray &body, ApiResult *result);

// The typed pieces, exposed for tests and the fuzzer.
QList<RailgunInfo> parseRailgunList(const QJsonValue &railguns, bool *ok);
RailgunInfo parseRailgun(const QJsonObject &obj);
std::optional<Connection> parseConnection(const QJsonValue &railgunConn, bool *ok);

// Scalars arrive as strings, numbers, booleans or null.
QString scalarToString(const QJsonValue &value);
bool scalarToBool(const QJsonValue &value);

} // namespace ResponseParser

} // namespace Railgun
