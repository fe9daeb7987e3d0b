#include "SecretMasker.h"

#include <QStringList>

#include <algorithm>

namespace Emulator {

bool SecretMasker::isSecret(const QString &fieldName)
{
    static const QStringList secrets{QStringLiteral("tkn"), QStringLiteral("host_key"),
                                     QStringLiteral("rtkn"), QStringLiteral("token"),
                                     QStringLiteral("user_key")};
    return secrets.contains(fieldName.toLower());
}

QString SecretMasker::describe(const FormFields &fields)
{
    QStringList names = fields.keys();
    std::sort(names.begin(), names.end());
    QStringList parts;
    for (const QString &name : std::as_const(names)) {
        const QString value = fields.value(name);
        const QString shown = isSecret(name)      ? QStringLiteral("***")
                              : value.size() > 60 ? value.left(60) + QStringLiteral("...")
                                                  : value;
        parts.append(name + QLatin1Char('=') + shown);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace Emulator
