#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace Railgun {

// The kinds of work DomainController runs on the rows, and what a finished run reports.
namespace Operations {
Q_NAMESPACE

enum class Operation
{
    Refresh,
    Toggle,
    Enable,
    Disable,
    Connect,
    Disconnect,
    Remove,
    Undo
};
Q_ENUM_NS(Operation)

// The operation's name for a status line or a summary title, translated.
QString name(Operation op);

} // namespace Operations

using Operation = Operations::Operation;

// A domain and why it was skipped or why its call failed.
struct DomainReason
{
    QString domain;
    QString reason;
};

// What a finished bulk run reports.
struct OperationSummary
{
    Operation operation = Operation::Refresh;
    int total = 0; // rows asked for, skipped ones included
    int succeeded = 0;
    QList<DomainReason> failed;
    QList<DomainReason> skipped;
    int cancelled = 0; // never sent because the user cancelled
    bool wasCancelled = false;
};

} // namespace Railgun

Q_DECLARE_METATYPE(Railgun::OperationSummary)
