#include "DomainInputParser.h"

#include "api/DomainName.h"

#include <QRegularExpression>

namespace Railgun::DomainInputParser {

QStringList tokensFromText(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList out;
    for (QString t : text.split(separators, Qt::SkipEmptyParts)) {
        if (t.size() >= 2 && t.startsWith(QLatin1Char('"')) && t.endsWith(QLatin1Char('"')))
            t = t.mid(1, t.size() - 2);
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

QStringList tokensFromCsv(const QString &text)
{
    QStringList out;
    const QStringList lines =
        text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        QString cell;
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1Char('"'))) {
            const int end = trimmed.indexOf(QLatin1Char('"'), 1);
            cell = trimmed.mid(1, end < 0 ? -1 : end - 1);
        } else {
            cell = trimmed.section(QRegularExpression(QStringLiteral("[,;\t]")), 0, 0);
        }
        cell = cell.trimmed();
        if (cell.isEmpty() || cell.compare(QLatin1String("domain"), Qt::CaseInsensitive) == 0 ||
            cell.startsWith(QLatin1Char('#')))
            continue;
        out.append(cell);
    }
    return out;
}

Result parse(const QStringList &tokens, const QSet<QString> &alreadyListed)
{
    Result r;
    QSet<QString> seen;
    for (const QString &token : tokens) {
        const DomainName::Normalized n = DomainName::normalize(token);
        if (!n.isValid()) {
            r.invalid.append({token, n.error});
            continue;
        }
        if (seen.contains(n.name) || alreadyListed.contains(n.name)) {
            ++r.duplicates;
            continue;
        }
        seen.insert(n.name);
        r.valid.append(n.name);
    }
    return r;
}

} // namespace Railgun::DomainInputParser
