#pragma once

#include <QList>
#include <QSet>
#include <QStringList>

namespace Railgun {

// Turns pasted text or an imported file into normalised domain names, with rejects and their reasons.
namespace DomainInputParser {
struct Rejected
{
    QString input;
    QString reason;
};
struct Result
{
    QStringList valid;       // normalised, new, in input order
    QList<Rejected> invalid; // with the reason from DomainName::normalize
    int duplicates = 0;      // repeated in the input or already listed
};
// Text: names separated by new lines, commas, semicolons, tabs or spaces.
QStringList tokensFromText(const QString &text);
// CSV: the first column of each line; a header cell "domain" is skipped.
QStringList tokensFromCsv(const QString &text);
Result parse(const QStringList &tokens, const QSet<QString> &alreadyListed);
} // namespace DomainInputParser

} // namespace Railgun
