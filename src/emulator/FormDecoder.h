#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Emulator {

using FormFields = QHash<QString, QString>;

// application/x-www-form-urlencoded, as browsers and curl send it: '+' is a space, %2B is '+'.
// The first occurrence of a repeated name wins.
class FormDecoder final
{
public:
    static FormFields decode(const QByteArray &encoded);
};

} // namespace Emulator
