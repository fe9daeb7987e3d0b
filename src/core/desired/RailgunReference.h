#pragma once

#include "api/ApiTypes.h"

#include <QList>
#include <QString>

namespace Railgun {

// How a desired-state file names a Railgun: by id, name or public name (names compared without regard to
// case or surrounding spaces). Deleted Railguns are only found when nothing else matches.
namespace RailgunReference {

struct Resolution
{
    const RailgunInfo *railgun = nullptr;  // into the list given; null when not found or ambiguous
    QList<const RailgunInfo *> candidates; // every match (more than one: ambiguous)
    QString error;                         // translated, empty when found
    bool ok() const { return railgun != nullptr; }
};

Resolution resolve(const QString &reference, const QList<RailgunInfo> &railguns);
// What an export writes for this Railgun: its name when that finds it again (and only it) and is safe in a
// spreadsheet cell, else its id.
QString referenceFor(const RailgunInfo &railgun, const QList<RailgunInfo> &railguns);
// "2 (rg-fra-1, “Frankfurt edge”)" for error messages, escaped.
QString describe(const RailgunInfo &railgun);
// A text from a file or a server, safe to show: control characters escaped, at most 80 characters.
QString shown(const QString &text);

} // namespace RailgunReference

} // namespace Railgun
