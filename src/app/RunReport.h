#pragma once

#include "MessageBar.h"
#include "operations/Operation.h"

#include <QCoreApplication>

namespace Railgun {

// The words for a finished run, as the message bar shows them: what changed first ("30 disabled"), then
// what did not ("2 failed", "5 already disabled", "12 not sent"); and how the bar looks for it.
class RunReport final
{
    Q_DECLARE_TR_FUNCTIONS(Railgun::RunReport)

public:
    static QString headline(const OperationSummary &summary);
    static MessageBar::Kind kind(const OperationSummary &summary);
    // A refresh whose every read failed: the server could not be reached (or refused the account).
    static bool isUnreachable(const OperationSummary &summary);

private:
    static QString changed(Operation op, int n);
    static QString skipped(Operation op, int n);
};

} // namespace Railgun
