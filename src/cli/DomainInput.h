#pragma once

#include "api/DomainListParser.h"

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace RailgunCtl {

// One DOMAIN as the user wrote it, and its normalised form or the reason it is invalid.
using DomainEntry = Railgun::DomainListParser::Entry;

namespace DomainInput {
// The DOMAIN arguments, or the lines of `stdinDevice` when the only argument is "-", read with the core's
// one set of rules for domain lists (Railgun::DomainListParser): duplicates are kept once, in first-seen
// order; invalid names stay, with their reason.
QList<DomainEntry> collect(const QStringList &arguments, QIODevice *stdinDevice);
// The first non-blank line of `device` (a secret piped in), trimmed.
QString readFirstLine(QIODevice *device);
} // namespace DomainInput

} // namespace RailgunCtl
