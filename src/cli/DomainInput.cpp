#include "DomainInput.h"

#include "api/DomainName.h"

#include <QIODevice>
#include <QSet>

namespace RailgunCtl::DomainInput {

QStringList parseLines(const QString &text)
{
    QStringList lines;
    const QStringList raw = text.split(QLatin1Char('\n'));
    for (QString line : raw) {
        // '#' never occurs in a domain name, so everything after it is a comment.
        const int hash = line.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            line.truncate(hash);
        line = line.trimmed(); // also drops the '\r' of CRLF files
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

QList<DomainEntry> collect(const QStringList &arguments, QIODevice *stdinDevice)
{
    QStringList inputs = arguments;
    if (arguments == QStringList{QStringLiteral("-")})
        inputs = stdinDevice ? parseLines(QString::fromUtf8(stdinDevice->readAll())) : QStringList();

    QList<DomainEntry> entries;
    QSet<QString> seen;
    for (const QString &input : inputs) {
        const Railgun::DomainName::Normalized n = Railgun::DomainName::normalize(input);
        DomainEntry e{input, n.name, n.error};
        if (e.isValid()) {
            if (seen.contains(e.name))
                continue;
            seen.insert(e.name);
        }
        entries.append(e);
    }
    return entries;
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
