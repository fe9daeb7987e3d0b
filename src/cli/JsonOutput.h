#pragma once

#include "DomainOutcome.h"

#include <QByteArray>
#include <QList>

namespace RailgunCtl {

// The --json documents. None of them carries a secret, except created() with the new Railgun's rtkn.
namespace JsonOutput {
// [{"domain", "ok": true, "state": {"connected", "railgun_id", "enabled", "mode"}} | {..., "ok": false,
// "error"}]
QByteArray domains(const QList<DomainOutcome> &outcomes);
// [{"id", "name", "pubname", "status", ...}] without railgun_api_key.
QByteArray railguns(const QList<Railgun::RailgunInfo> &railguns);
// {"id", "name", "pubname", "status", "rtkn"}
QByteArray created(const Railgun::InitResult &created, const QString &pubname);
// {"ok": true, "id"}
QByteArray deleted(const Railgun::ActionResult &change);
// {"ok": false, "error": {...}} for a command that is not per domain.
QByteArray failure(const Failure &failure);
} // namespace JsonOutput

} // namespace RailgunCtl
