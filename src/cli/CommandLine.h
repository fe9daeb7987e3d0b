#pragma once

#include <QString>
#include <QStringList>

namespace RailgunCtl {

// What the user asked for, from argv alone (no environment, no I/O).
struct Invocation
{
    enum class Command
    {
        None,
        Railguns,
        Create,
        Delete,
        Status,
        Connect,
        Enable,
        Disable,
        Disconnect
    };

    Command command = Command::None;
    QStringList arguments; // positional arguments after the subcommand
    bool json = false;
    bool useGet = false;
    int concurrency = 4;
    QString profile;      // --profile NAME
    QString settingsFile; // --settings FILE
    QString rtkn;         // --rtkn RTKN (empty when not given)
    bool enable = false;  // connect --enable
    bool verify = false;  // --verify: read changed domains back
    bool showHelp = false;
    bool showVersion = false;

    // True for the commands that take DOMAIN... arguments.
    bool isDomainCommand() const;
};

struct ParseResult
{
    Invocation invocation;
    QString error; // a usage error in words; empty when parsing succeeded
    bool ok() const { return error.isEmpty(); }
};

namespace CommandLine {
// Parses the arguments after the program name.
ParseResult parse(const QStringList &arguments);
QString commandName(Invocation::Command command);
QString helpText();
} // namespace CommandLine

} // namespace RailgunCtl
