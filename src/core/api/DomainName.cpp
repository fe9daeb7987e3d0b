#include "api/DomainName.h"

#include <QCoreApplication>
#include <QUrl>

namespace Railgun::DomainName {

namespace {
Normalized invalid(const char *why)
{
    return {QString(), QCoreApplication::translate("Railgun::DomainName", why)};
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
} // namespace

Normalized normalize(const QString &input)
{
    QString name = input.trimmed();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty())
        return invalid("The domain name is empty.");
    if (name.size() > 1000)
        return invalid("The domain name is too long.");
    for (const QChar c : name) {
        if (c.isSpace() || c == QLatin1Char('/') || c == QLatin1Char(':') || c == QLatin1Char('@') ||
            c == QLatin1Char('?') || c == QLatin1Char('#') || c == QLatin1Char('*') ||
            c == QLatin1Char('_') || c.category() == QChar::Other_Control)
            return invalid("The domain name contains a character that is not allowed.");
    }

    // IDNA: lower-case and convert to punycode. An empty result means Qt rejected the name.
    const QByteArray ace = QUrl::toAce(name.toLower());
    if (ace.isEmpty())
        return invalid("The domain name is not a valid internationalised name.");
    name = QString::fromLatin1(ace).toLower();

    if (name.size() > 253)
        return invalid("The domain name is longer than 253 characters.");
    const QStringList labels = name.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return invalid("The domain name needs at least two labels (like example.com).");
    for (const QString &label : labels) {
        if (label.isEmpty())
            return invalid("The domain name has an empty label (two dots in a row).");
        if (label.size() > 63)
            return invalid("A label of the domain name is longer than 63 characters.");
        if (!isLdhLabel(label))
            return invalid("The domain name contains a character that is not allowed.");
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return invalid("A label of the domain name starts or ends with a hyphen.");
    }
    const QString &tld = labels.last();
    bool allDigits = true;
    for (const QChar c : tld)
        allDigits = allDigits && c.isDigit();
    if (allDigits)
        return invalid("An IP address is not a domain name.");
    return {name, QString()};
}

} // namespace Railgun::DomainName
