#include "DomainOutcome.h"

#include "api/Redactor.h"

namespace RailgunCtl {

Failure Failure::fromApiError(const Railgun::ApiError &error, const QString &prefix)
{
    Failure f;
    f.kind = error.kindName();
    // toText() is already free of secrets; redact once more since this goes to a terminal or a file.
    f.message = Railgun::Redactor::redact(prefix.isEmpty() ? error.toText()
                                                           : prefix + QLatin1Char(' ') + error.toText());
    f.code = error.apiCode;
    return f;
}

} // namespace RailgunCtl
