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
    // For a change whose answer was lost: "not_applied" when a read showed the domain unchanged,
    // "unknown" when that read failed too; empty otherwise.
    QString outcome;

    static Failure fromApiError(const Railgun::ApiError &error, const QString &prefix = QString());
};

// The end of one domain: ok with the state the server confirmed, or the failure.
struct DomainOutcome
{
    QString domain; // normalised, or the input as given when it is invalid
    bool ok = false;
    std::optional<Railgun::Connection> connection; // when ok: nullopt = not connected
    Failure failure;                               // when !ok
    // When ok and the change's own answer was lost: how the state is known (a read confirmed it).
    QString note;
};

} // namespace RailgunCtl
