#include "api/DomainListParser.h"

#include "api/DomainName.h"

#include <QRegularExpression>
#include <QUrl>

namespace Railgun::DomainListParser {

namespace {
constexpr int kShownLength = 80;

QString unquoted(const QString &token)
{
    if (token.size() >= 2 && token.startsWith(QLatin1Char('"')) && token.endsWith(QLatin1Char('"')))
        return token.mid(1, token.size() - 2).trimmed();
    return token;
}

// The host of a pasted URL, with or without its scheme; anything else as it is. An e-mail address is
// left alone (DomainName says what it is), and so is a token that does not parse as a URL's host.
QString hostOrName(const QString &token)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    const bool hasScheme = scheme.match(token).hasMatch();
    const bool looksLikeUrl =
        hasScheme || (!token.contains(QLatin1Char('@')) &&
                      (token.contains(QLatin1Char('/')) || token.contains(QLatin1Char('?'))));
    if (!looksLikeUrl)
        return token;
    const QUrl url(hasScheme ? token : QStringLiteral("http://") + token, QUrl::StrictMode);
    const QString host = url.isValid() ? url.host() : QString();
    return host.isEmpty() ? token : host;
}

QStringList lines(const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral("\r\n|\n|\r"));
    QStringList out;
    for (QString line : text.split(breaks)) {
        const int hash = line.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (!line.isEmpty())
            out.append(line);
    }
    return out;
}

QStringList textTokens(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList out;
    for (const QString &line : lines(text)) {
        for (const QString &token : line.split(separators, Qt::SkipEmptyParts)) {
            const QString t = unquoted(token);
            if (!t.isEmpty())
                out.append(t);
        }
    }
    return out;
}

QStringList csvTokens(const QString &text)
{
    static const QRegularExpression cellEnd(QStringLiteral("[,;\t]"));
    QStringList out;
    for (const QString &line : lines(text)) {
        QString cell;
        if (line.startsWith(QLatin1Char('"'))) {
            const int end = line.indexOf(QLatin1Char('"'), 1);
            cell = line.mid(1, end < 0 ? -1 : end - 1);
        } else {
            cell = line.section(cellEnd, 0, 0);
        }
        cell = cell.trimmed();
        if (cell.isEmpty() || cell.compare(QLatin1String("domain"), Qt::CaseInsensitive) == 0)
            continue;
        out.append(cell);
    }
    return out;
}
} // namespace

QString Entry::shownInput() const
{
    QString out;
    for (const QChar c : input) {
        if (out.size() >= kShownLength) {
            out += QChar(0x2026);
            break;
        }
        const ushort u = c.unicode();
        if (u < 0x20 || u == 0x7f)
            out += QStringLiteral("\\x") + QString::number(u, 16).rightJustified(2, QLatin1Char('0'));
        else if ((u >= 0x80 && u < 0xa0) || c.category() == QChar::Other_Format || u == 0x2028 || u == 0x2029)
            out += QStringLiteral("\\u{") +
                   QString::number(u, 16).toUpper().rightJustified(4, QLatin1Char('0')) + QLatin1Char('}');
        else
            out += c;
    }
    return out;
}

QStringList Result::valid() const
{
    QStringList names;
    for (const Entry &e : entries) {
        if (e.isValid())
            names.append(e.name);
    }
    return names;
}

QList<Entry> Result::invalid() const
{
    QList<Entry> rejected;
    for (const Entry &e : entries) {
        if (!e.isValid())
            rejected.append(e);
    }
    return rejected;
}

Result parseNames(const QStringList &names, const QSet<QString> &alreadyListed)
{
    Result r;
    QSet<QString> seen = alreadyListed;
    for (const QString &input : names) {
        const DomainName::Normalized n = DomainName::normalize(hostOrName(input.trimmed()));
        if (n.isValid() && seen.contains(n.name)) {
            ++r.duplicates;
            continue;
        }
        if (n.isValid())
            seen.insert(n.name);
        r.entries.append({input, n.name, n.error});
    }
    return r;
}

QStringList names(const QString &text, Format format)
{
    return format == Format::Csv ? csvTokens(text) : textTokens(text);
}

Result parse(const QString &text, Format format, const QSet<QString> &alreadyListed)
{
    return parseNames(names(text, format), alreadyListed);
}

} // namespace Railgun::DomainListParser
