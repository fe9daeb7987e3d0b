#pragma once

#include <QString>

namespace Railgun {

// One line of a desired-state file: what a domain should be. A domain the file does not name is left alone.
struct DesiredEntry
{
    int line = 0;    // 1-based line of the file it came from (0 when it did not come from a file)
    QString domain;  // normalised (lower-case, IDN as punycode)
    QString railgun; // a Railgun's id, name or public name as written; empty = not connected
    bool enabled = false;

    bool connected() const { return !railgun.isEmpty(); }
};

// Something wrong with one line of a file (or a plan made from it), in words for a person.
struct LineProblem
{
    int line = 0;    // 1-based; 0 when it concerns no line
    QString domain;  // normalised when known, else empty
    QString message; // translated; any text taken from the file is escaped (no control characters)
};

} // namespace Railgun
