#pragma once

#include <QString>

namespace Railgun {

// The one place secrets are hidden. Anything that describes a request or a response (logs, errors,
// the activity log, debug output) passes through redact() first.
namespace Redactor {
// True for parameter / JSON keys whose values are secrets: tkn, host_key, rtkn, railgun_api_key, user_key,
// user_api_key.
bool isSecretKey(const QString &key);
// Replaces secret values in form bodies, query strings, URLs and JSON text with "***".
QString redact(const QString &text);
// A secret shown masked to a person: a fixed row of bullets.
QString mask(const QString &secret);
} // namespace Redactor

} // namespace Railgun
