#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Railgun {

// The one reader of domain lists, for every way names come in: text pasted into the app, a text or CSV
// file, railgunctl's standard input and its arguments. One set of rules:
//   - '#' starts a comment to the end of its line (it never occurs in a name); blank lines are skipped;
//   - Text: names separated by new lines, spaces, tabs, commas or semicolons, each optionally "quoted";
//   - Csv: the first cell of each line (quoted or not; cells end at ',', ';' or a tab); a header cell
//     "domain" is skipped;
//   - a pasted URL gives its host ("https://Shop.example/cart?x=1" and "shop.example/cart" are
//     shop.example);
//   - each name is normalised by DomainName (lower-case, IDN to punycode) or rejected with its reason;
//     a name already seen (in the list or in `alreadyListed`) is counted as a duplicate and left out.
namespace DomainListParser {

struct Entry
{
    QString input; // as written (a file can hold anything: show it through shownInput())
    QString name;  // normalised; empty when invalid
    QString error; // why it is invalid (translated, free of the input's characters); empty when valid
    bool isValid() const { return error.isEmpty(); }
    // The input as it may be shown beside its reason, on a terminal or in a list: control and invisible
    // characters escaped (\xHH, \u{HHHH}), at most 80 characters.
    QString shownInput() const;
};

struct Result
{
    QList<Entry> entries; // the new valid names and the invalid inputs, in input order
    int duplicates = 0;   // repeated in the input or already listed
    QStringList valid() const;
    QList<Entry> invalid() const;
};

enum class Format
{
    Text,
    Csv
};

// The names of a list as written (comments, blank lines, quotes, separators and CSV cells gone; URLs not
// yet reduced to their hosts), e.g. to show an imported file's names for editing.
QStringList names(const QString &text, Format format);
// names(), each checked: parseNames(names(text, format), alreadyListed).
Result parse(const QString &text, Format format, const QSet<QString> &alreadyListed = {});
// Names given one by one (railgunctl's DOMAIN arguments): each is one name, a URL gives its host.
Result parseNames(const QStringList &names, const QSet<QString> &alreadyListed = {});

} // namespace DomainListParser

} // namespace Railgun
