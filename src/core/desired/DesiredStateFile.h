#pragma once

#include "desired/DesiredEntry.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Railgun {

// The desired-state file, as CSV or JSON.
//
// CSV: a header naming the columns domain, railgun and enabled (any order, any case), then one line per
// domain. Cells are separated by ',' (or ';' or a tab, when the header uses that instead) and may be
// "quoted" ("" is a quote inside). Blank lines and lines starting with '#' are skipped.
//   domain     a domain name, normalised as everywhere else (a pasted URL gives its host, IDN → punycode)
//   railgun    a Railgun's id, name or public name; empty = not connected
//   enabled    on/off, yes/no, 1/0 (or true/false); may be empty when railgun is empty
// JSON: an array of {"domain": "...", "railgun": "..." or null, "enabled": true/false} objects, or an
// object {"domains": [...]} holding that array. `enabled` may also be one of the CSV words.
//
// Every problem is reported with its line: a header that is missing or wrong, a bad cell, a duplicate
// domain ("already on line 4"). Entries with problems are left out; the caller decides whether the rest
// may be used (railgunctl does not: a file with any problem changes nothing).
namespace DesiredStateFile {

enum class Format
{
    Csv,
    Json
};

struct ParseResult
{
    QList<DesiredEntry> entries;
    QList<LineProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

// JSON when the first character that is not a space is '[' or '{', else CSV.
Format detect(const QByteArray &content);
// The file name's extension (.json / .csv), else detect(content).
Format formatFor(const QString &fileName, const QByteArray &content);

ParseResult parse(const QByteArray &content, Format format);
// Reads a file (UTF-8, a byte-order mark is skipped); a file that cannot be read is one problem on line 0.
ParseResult read(const QString &fileName);

// The file an export writes: the header then one line per entry, in the order given. The railgun field
// is written as it is in the entry (see RailgunReference::referenceFor).
QByteArray toCsv(const QList<DesiredEntry> &entries);
QByteArray toJson(const QList<DesiredEntry> &entries);

// "on" / "off" and friends; false when the word is none of them. Empty is not a word.
bool parseEnabled(const QString &word, bool *enabled);

} // namespace DesiredStateFile

} // namespace Railgun
