#include "DomainInput.h"

#include <QIODevice>

namespace RailgunCtl::DomainInput {

QList<DomainEntry> collect(const QStringList &arguments, QIODevice *stdinDevice)
{
    using namespace Railgun::DomainListParser;
    if (arguments == QStringList{QStringLiteral("-")})
        return stdinDevice ? parse(QString::fromUtf8(stdinDevice->readAll()), Format::Text).entries
                           : QList<DomainEntry>();
    return parseNames(arguments).entries;
}

QString readFirstLine(QIODevice *device)
{
    if (!device)
        return {};
    // No comment handling here: a token is taken verbatim.
    const QStringList lines = QString::fromUtf8(device->readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    }
    return {};
}

} // namespace RailgunCtl::DomainInput
