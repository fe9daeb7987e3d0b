#include "desired/RailgunReference.h"

#include "api/DomainListParser.h"
#include "api/RailgunStatus.h"

#include <QCoreApplication>
#include <QStringList>

namespace Railgun::RailgunReference {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Railgun::RailgunReference", text);
}

bool sameName(const QString &a, const QString &b)
{
    return !a.trimmed().isEmpty() && a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

bool matches(const QString &reference, const RailgunInfo &r)
{
    return reference.trimmed() == r.id || sameName(reference, r.name) || sameName(reference, r.pubname);
}
} // namespace

QString shown(const QString &text)
{
    DomainListParser::Entry entry;
    entry.input = text;
    return entry.shownInput();
}

QString describe(const RailgunInfo &railgun)
{
    return tr("%1 (%2, “%3”)").arg(shown(railgun.id), shown(railgun.name), shown(railgun.pubname));
}

Resolution resolve(const QString &reference, const QList<RailgunInfo> &railguns)
{
    Resolution r;
    for (const bool deleted : {false, true}) {
        for (const RailgunInfo &info : railguns) {
            if ((railgunStatus(info.status) == RailgunStatus::Deleted) == deleted && matches(reference, info))
                r.candidates.append(&info);
        }
        if (!r.candidates.isEmpty())
            break;
    }
    if (r.candidates.size() == 1) {
        r.railgun = r.candidates.constFirst();
    } else if (r.candidates.isEmpty()) {
        r.error =
            tr("No Railgun “%1” in this account (give its id, name or public name).").arg(shown(reference));
    } else {
        QStringList names;
        for (const RailgunInfo *c : qAsConst(r.candidates))
            names.append(describe(*c));
        r.error = tr("The Railgun “%1” is ambiguous: it matches %2. Give its id instead.")
                      .arg(shown(reference), names.join(QStringLiteral("; ")));
    }
    return r;
}

QString referenceFor(const RailgunInfo &railgun, const QList<RailgunInfo> &railguns)
{
    const QString name = railgun.name.trimmed();
    static const QString risky = QStringLiteral("=+-@#\"");
    const bool safe = !name.isEmpty() && !risky.contains(name.at(0)) && shown(name) == name &&
                      !name.contains(QLatin1Char(',')) && !name.contains(QLatin1Char(';'));
    if (safe) {
        const Resolution back = resolve(name, railguns);
        if (back.ok() && back.railgun->id == railgun.id)
            return name;
    }
    return railgun.id;
}

} // namespace Railgun::RailgunReference
