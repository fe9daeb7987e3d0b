#include "TableOutput.h"

#include "TextTable.h"
#include "api/RailgunStatus.h"

#include <QCoreApplication>

namespace RailgunCtl::TableOutput {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RailgunCtl::TableOutput", text);
}

QString yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}
} // namespace

QString statusText(const QString &code)
{
    if (code.isEmpty())
        return QStringLiteral("-");
    if (Railgun::railgunStatus(code) == Railgun::RailgunStatus::Unknown)
        return code;
    return QCoreApplication::translate("RailgunCtl::TableOutput", "%1 (%2)")
        .arg(Railgun::railgunStatusText(code), code);
}

QString domains(const QList<DomainOutcome> &outcomes)
{
    TextTable table({tr("DOMAIN"), tr("RESULT"), tr("CONNECTED"), tr("RAILGUN"), tr("ENABLED"), tr("MODE"),
                     tr("MESSAGE")});
    const QString dash = QStringLiteral("-");
    for (const DomainOutcome &o : outcomes) {
        if (!o.ok) {
            table.addRow({o.domain, tr("failed"), dash, dash, dash, dash, o.failure.message});
        } else if (!o.connection) {
            table.addRow({o.domain, tr("ok"), yesNo(false), dash, yesNo(false), dash, QString()});
        } else {
            const Railgun::Connection &c = *o.connection;
            table.addRow({o.domain, tr("ok"), yesNo(true), c.railgunId.isEmpty() ? dash : c.railgunId,
                          yesNo(c.enabled), c.modeActive ? tr("active") : tr("inactive"), QString()});
        }
    }
    return table.toString();
}

QString railguns(const QList<Railgun::RailgunInfo> &list)
{
    TextTable table({tr("ID"), tr("NAME"), tr("PUBNAME"), tr("STATUS")});
    for (const Railgun::RailgunInfo &r : list)
        table.addRow({r.id, r.name, r.pubname, statusText(r.status)});
    return table.toString();
}

QString created(const Railgun::InitResult &created, const QString &pubname)
{
    TextTable table({tr("Created Railgun"), QString()});
    table.addRow({tr("id"), created.railgunId});
    table.addRow({tr("name"), created.name});
    table.addRow({tr("pubname"), pubname});
    table.addRow({tr("status"), statusText(created.status)});
    table.addRow({tr("rtkn"), created.rtkn});
    return table.toString() +
           tr("The rtkn is the Railgun's secret token. It is shown only this once: put it in the Railgun's\n"
              "configuration now, and keep it out of shared places.\n");
}

QString deleted(const Railgun::ActionResult &change)
{
    return QCoreApplication::translate("RailgunCtl::TableOutput", "Deleted Railgun %1.\n")
        .arg(change.railgunId.isEmpty() ? tr("(id not reported)") : change.railgunId);
}

} // namespace RailgunCtl::TableOutput
