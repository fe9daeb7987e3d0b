#pragma once

#include "FormDecoder.h"

#include <QString>

namespace Emulator {

// For --verbose request logs: names the fields of a request with every secret value masked.
class SecretMasker final
{
public:
    static bool isSecret(const QString &fieldName);
    // "z=example.com rtkn=*** tkn=***" (sorted by name)
    static QString describe(const FormFields &fields);
};

} // namespace Emulator
