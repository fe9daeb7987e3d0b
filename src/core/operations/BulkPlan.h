#pragma once

#include "bulk/BulkItem.h"
#include "models/DomainTableModel.h"
#include "operations/Operation.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Railgun {

class RailgunListModel;

// What a bulk operation sends and which domains it skips (and why), decided from the rows alone:
// no signals, no network. Domains not in the table are ignored. Reasons keep the translation
// context "Railgun::DomainController", where they were written.
struct BulkPlan final
{
    using Row = DomainTableModel::Row;

    QList<BulkItem> items;
    QList<DomainReason> skipped;

    // A read of every row except those waiting for a single toggle's answer (left out, not skipped),
    // the stalest first: never read, then the oldest last known state.
    static BulkPlan readAll(const DomainTableModel &domains);
    static BulkPlan read(const DomainTableModel &domains, const QStringList &names);
    static BulkPlan setEnabled(const DomainTableModel &domains, const RailgunListModel &railguns,
                               const QStringList &names, bool enabled);
    // railgunId should be in `railguns`: its rtkn is what conn_set sends.
    static BulkPlan connectTo(const DomainTableModel &domains, const RailgunListModel &railguns,
                              const QStringList &names, const QString &railgunId, bool enableNow);
    static BulkPlan disconnect(const DomainTableModel &domains, const RailgunListModel &railguns,
                               const QStringList &names);
    // The inverse calls of an undo entry, for the rows still listed and not pending.
    static BulkPlan undo(const DomainTableModel &domains, const QList<BulkItem> &inverse);

    // The row shows the state the item asked for (always true for reads).
    static bool reachedTarget(const BulkItem &item, const Row &row, const RailgunListModel &railguns);
    // The call that brings `after` back to `before`; nullopt when nothing undoable changed.
    static std::optional<BulkItem> inverseOf(const Row &before, const Row &after,
                                             const RailgunListModel &railguns);
};

} // namespace Railgun
