#pragma once

#include "DomainOutcome.h"

#include <QList>
#include <QString>

namespace RailgunCtl {

// The readable (non --json) output of each command.
namespace TableOutput {
QString domains(const QList<DomainOutcome> &outcomes);
QString railguns(const QList<Railgun::RailgunInfo> &railguns);
// The new Railgun, its token clearly labelled as shown this once.
QString created(const Railgun::InitResult &created, const QString &pubname);
QString deleted(const Railgun::ActionResult &change);
// "Active (V)", "Initializing (INI)", "Deleted (D)"; another code as it came.
QString statusText(const QString &status);
} // namespace TableOutput

} // namespace RailgunCtl
