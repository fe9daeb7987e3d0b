#pragma once

#include <QString>

namespace Railgun {

// Validates and normalises a domain name: trimmed, trailing dot dropped, lower-case, IDN to punycode.
namespace DomainName {
struct Normalized
{
    QString name;  // the normalised name, empty when invalid
    QString error; // why it is invalid (translated), empty when valid
    bool isValid() const { return error.isEmpty(); }
};
Normalized normalize(const QString &input);
} // namespace DomainName

} // namespace Railgun
