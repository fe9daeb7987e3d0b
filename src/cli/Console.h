#pragma once

#include <QByteArray>
#include <QString>

namespace RailgunCtl {

// Exit statuses of railgunctl, part of its contract.
enum ExitCode : int
{
    ExitOk = 0,     // everything succeeded
    ExitFailed = 1, // any domain (or the one call) failed
    ExitUsage = 2,  // usage or configuration error
};

// Standard output and error, UTF-8, flushed at once (a script may read while we run).
namespace Console {
void out(const QString &text);
void outBytes(const QByteArray &bytes);
// One message on stderr, prefixed with "railgunctl: ".
void error(const QString &message);
} // namespace Console

} // namespace RailgunCtl
