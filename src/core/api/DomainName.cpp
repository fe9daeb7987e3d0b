#include "api/DomainName.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace Railgun::DomainName {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Railgun::DomainName", text);
}

Normalized invalid(const QString &why)
{
    return {QString(), why};
}

bool isLdhLabel(const QString &label)
{
    for (const QChar c : label) {
        const ushort u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-';
        if (!ok)
            return false;
    }
    return true;
}

// A character as a reason may show it: itself when it prints as itself, its code point otherwise (the
// reason is shown beside the name and on terminals: it must never carry a control character).
QString shown(QChar c)
{
    if (c.isPrint() && !c.isSpace() && c.category() != QChar::Other_Format && !c.isSurrogate())
        return QStringLiteral("“%1”").arg(c);
    return QStringLiteral("U+") +
           QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

// The label separators IDNA accepts besides '.': ideographic, full-width and half-width full stops.
const QRegularExpression &labelSeparators()
{
    static const QRegularExpression re(QStringLiteral("[.\\x{3002}\\x{FF0E}\\x{FF61}]"));
    return re;
}

// What is wrong with the characters of a name, before any IDNA conversion: the most specific reason.
QString characterProblem(const QString &name)
{
    if (name.contains(QLatin1String("://")))
        return tr("A URL is not a domain name: give its host name alone.");
    if (name.contains(QLatin1Char('@')))
        return tr("An e-mail address is not a domain name.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return tr("The domain name contains a control character (%1).").arg(shown(c));
        if (c.category() == QChar::Other_Format)
            return tr("The domain name contains an invisible character (%1).").arg(shown(c));
        if (c.isSpace())
            return tr("The domain name contains a space.");
        if (c == QLatin1Char('*'))
            return tr("A wildcard (*) is not a domain name.");
        if (c == QLatin1Char('/') || c == QLatin1Char(':') || c == QLatin1Char('?') ||
            c == QLatin1Char('#') || c == QLatin1Char('_'))
            return tr("The domain name contains %1, which is not allowed in a domain name.").arg(shown(c));
    }
    return {};
}
// What is wrong with one lower-case ASCII label, or empty.
QString labelProblem(const QString &label)
{
    if (label.isEmpty())
        return tr("The domain name has an empty label (two dots in a row).");
    if (label.size() > 63)
        return tr("A label of the domain name is longer than 63 characters.");
    if (!isLdhLabel(label)) {
        for (const QChar c : label) {
            if (!isLdhLabel(QString(c)))
                return tr("The domain name contains %1, which is not allowed in a domain name.")
                    .arg(shown(c));
        }
    }
    if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
        return tr("A label of the domain name starts or ends with a hyphen.");
    return {};
}
} // namespace

Normalized normalize(const QString &input)
{
    QString name = input.trimmed();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty())
        return invalid(tr("The domain name is empty."));
    if (name.size() > 1000)
        return invalid(tr("The domain name is too long."));
    if (const QString problem = characterProblem(name); !problem.isEmpty())
        return invalid(problem);

    // Empty labels before IDNA, which would only say "not a valid name".
    const QStringList unicodeLabels = name.split(labelSeparators());
    if (unicodeLabels.size() < 2)
        return invalid(tr("The domain name needs at least two labels (like example.com)."));
    if (unicodeLabels.first().isEmpty())
        return invalid(tr("The domain name has an empty label (it starts with a dot)."));
    if (unicodeLabels.contains(QString()))
        return invalid(tr("The domain name has an empty label (two dots in a row)."));

    // ASCII labels are checked before IDNA, which would only say "not a valid name" for any of this.
    for (const QString &label : unicodeLabels) {
        bool ascii = true;
        for (const QChar c : label)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii) {
            if (const QString problem = labelProblem(label.toLower()); !problem.isEmpty())
                return invalid(problem);
        }
    }

    // IDNA: lower-case and convert to punycode. An empty result means Qt rejected the name.
    const QByteArray ace = QUrl::toAce(name.toLower());
    if (ace.isEmpty())
        return invalid(tr("The domain name is not a valid internationalised name (a character IDNA does not "
                          "allow, or a broken xn-- label)."));
    name = QString::fromLatin1(ace).toLower();

    if (name.size() > 253)
        return invalid(tr("The domain name is longer than 253 characters."));
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (const QString problem = labelProblem(label); !problem.isEmpty())
            return invalid(problem);
    }
    const QString &tld = labels.last();
    bool allDigits = true;
    for (const QChar c : tld)
        allDigits = allDigits && c.isDigit();
    if (allDigits)
        return invalid(tr("An IP address is not a domain name."));
    return {name, QString()};
}

} // namespace Railgun::DomainName
