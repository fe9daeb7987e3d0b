#pragma once

#include "api/ApiError.h"
#include "api/ApiTypes.h"

#include <QString>
#include <optional>

namespace RailgunCtl {

// Why something failed, as printed: a stable kind, words for a person, the server's code if any.
struct Failure
{
    QString kind;    // ApiError::kindName(), or "not_connected" / "unknown_railgun" from the token lookup
    QString message; // words, free of secrets
    QString code;    // the API's err_code, empty when none

    static Failure fromApiError(const Railgun::ApiError &error, const QString &prefix = QString());
};

// The end of one domain: ok with the state the server reports afterwards, or the failure.
struct DomainOutcome
{
    QString domain; // normalised, or the input as given when it is invalid
    bool ok = false;
    std::optional<Railgun::Connection> connection; // when ok: nullopt = not connected
    Failure failure;                               // when !ok
};

} // namespace RailgunCtl
