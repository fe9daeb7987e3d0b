#pragma once

#include <QString>

namespace Railgun {

// A Railgun's railgun_status: INI (initializing), V (verified: active), D (deleted). The API sends the code;
// code compares with this enum, never with the code's letters.
enum class RailgunStatus
{
    Unknown, // a code the documentation does not name (or none)
    Initializing,
    Active,
    Deleted,
};

RailgunStatus railgunStatus(const QString &code);
// The one code-to-words function: "Active", "Initializing", "Deleted" (translated); another code as it came.
QString railgunStatusText(const QString &code);

} // namespace Railgun
