#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace RailgunCtl {

// One DOMAIN as the user wrote it, and its normalised form or the reason it is invalid.
struct DomainEntry
{
    QString input;
    QString name;  // normalised (lower-case, punycode); empty when invalid
    QString error; // why it is invalid, empty when valid
    bool isValid() const { return error.isEmpty(); }
};

namespace DomainInput {
// Lines of a domain list: trimmed, blank lines and # comments (whole line or trailing) dropped.
QStringList parseLines(const QString &text);
// The DOMAIN arguments, or the lines of `stdinDevice` when the only argument is "-". Each is normalised
// with DomainName::normalize; duplicates (after normalising) are kept once, in first-seen order.
QList<DomainEntry> collect(const QStringList &arguments, QIODevice *stdinDevice);
// The first non-blank line of `device` (a secret piped in), trimmed.
QString readFirstLine(QIODevice *device);
} // namespace DomainInput

} // namespace RailgunCtl
