#include "desired/DesiredStateFile.h"

#include "api/DomainListParser.h"
#include "desired/RailgunReference.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Railgun::DesiredStateFile {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Railgun::DesiredStateFile", text);
}

const QString kDomain = QStringLiteral("domain");
const QString kRailgun = QStringLiteral("railgun");
const QString kEnabled = QStringLiteral("enabled");

QString shown(const QString &text)
{
    return RailgunReference::shown(text);
}

// Collects entries and problems, and finds duplicates, for both formats.
class Collector
{
public:
    explicit Collector(ParseResult *result)
        : m_result(result)
    {}

    void problem(int line, const QString &message, const QString &domain = QString())
    {
        m_result->problems.append({line, domain, message});
    }

    // `enabledGiven` false: the enabled field was empty or missing.
    void add(int line, const QString &domainText, const QString &railgun, bool enabledGiven, bool enabled)
    {
        const DomainListParser::Result parsed = DomainListParser::parseNames({domainText.trimmed()});
        if (domainText.trimmed().isEmpty()) {
            problem(line, QCoreApplication::translate("Railgun::DesiredStateFile", "The domain is empty."));
            return;
        }
        const DomainListParser::Entry &entry = parsed.entries.constFirst();
        if (!entry.isValid()) {
            problem(line,
                    QCoreApplication::translate("Railgun::DesiredStateFile", "“%1” is not a domain name: %2")
                        .arg(entry.shownInput(), entry.error));
            return;
        }
        const QString domain = entry.name;
        const QString ref = railgun.trimmed();
        bool bad = false;
        if (const int first = m_lines.value(domain); first > 0) {
            problem(line,
                    QCoreApplication::translate("Railgun::DesiredStateFile", "%1 is already on line %2.")
                        .arg(domain)
                        .arg(first),
                    domain);
            return;
        }
        m_lines.insert(domain, line);
        if (ref.isEmpty() && enabledGiven && enabled) {
            problem(line,
                    QCoreApplication::translate(
                        "Railgun::DesiredStateFile",
                        "%1 cannot be enabled without a Railgun (the railgun field is empty).")
                        .arg(domain),
                    domain);
            bad = true;
        }
        if (!ref.isEmpty() && !enabledGiven) {
            problem(line,
                    QCoreApplication::translate("Railgun::DesiredStateFile",
                                                "%1: say whether Railgun is enabled (on or off).")
                        .arg(domain),
                    domain);
            bad = true;
        }
        if (!bad)
            m_result->entries.append({line, domain, ref, ref.isEmpty() ? false : enabled});
    }

private:
    ParseResult *m_result;
    QHash<QString, int> m_lines; // domain -> the line it was first seen on
};

// The cells of one CSV line; *error says why the line cannot be split.
QStringList splitCells(const QString &line, QChar separator, QString *error)
{
    QStringList cells;
    QString cell;
    bool quoted = false;    // inside quotes
    bool wasQuoted = false; // this cell was quoted (and its quotes are closed)
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                cell += c;
            }
        } else if (c == separator) {
            cells.append(wasQuoted ? cell : cell.trimmed());
            cell.clear();
            wasQuoted = false;
        } else if (wasQuoted) {
            if (!c.isSpace()) {
                *error = tr("Text after a closing quote.");
                return {};
            }
        } else if (c == QLatin1Char('"') && cell.trimmed().isEmpty()) {
            cell.clear();
            quoted = true;
        } else {
            cell += c;
        }
    }
    if (quoted) {
        *error = tr("A quote is not closed (a cell cannot span lines).");
        return {};
    }
    cells.append(wasQuoted ? cell : cell.trimmed());
    return cells;
}

void parseCsv(const QString &text, ParseResult *result)
{
    Collector collect(result);
    static const QRegularExpression breaks(QStringLiteral("\r\n|\n|\r"));
    const QStringList lines = text.split(breaks);
    QChar separator;
    int domainColumn = -1, railgunColumn = -1, enabledColumn = -1;
    int columns = 0;
    bool headerSeen = false;

    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString &line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;

        if (!headerSeen) {
            headerSeen = true;
            separator = trimmed.contains(QLatin1Char(','))    ? QLatin1Char(',')
                        : trimmed.contains(QLatin1Char(';'))  ? QLatin1Char(';')
                        : trimmed.contains(QLatin1Char('\t')) ? QLatin1Char('\t')
                                                              : QLatin1Char(',');
            QString error;
            const QStringList header = splitCells(trimmed, separator, &error);
            QStringList unknown;
            for (int c = 0; c < header.size(); ++c) {
                const QString name = header.at(c).trimmed().toLower();
                int *column = name == kDomain    ? &domainColumn
                              : name == kRailgun ? &railgunColumn
                              : name == kEnabled ? &enabledColumn
                                                 : nullptr;
                if (!column && !(name.isEmpty() && c == header.size() - 1 && c > 0))
                    unknown.append(shown(header.at(c)));
                else if (column && *column >= 0)
                    unknown.append(shown(header.at(c)));
                else if (column)
                    *column = c;
            }
            columns = header.size();
            if (!error.isEmpty() || domainColumn < 0 || railgunColumn < 0 || enabledColumn < 0 ||
                !unknown.isEmpty()) {
                collect.problem(lineNo, tr("The first line must be the header “domain,railgun,enabled” "
                                           "(the columns in any order, nothing else)."));
                return;
            }
            continue;
        }

        QString error;
        QStringList cells = splitCells(line, separator, &error);
        if (!error.isEmpty()) {
            collect.problem(lineNo, error);
            continue;
        }
        while (cells.size() > columns && cells.constLast().isEmpty())
            cells.removeLast();
        if (cells.size() != columns) {
            collect.problem(lineNo, tr("Expected %1 fields (domain, railgun, enabled), found %2.")
                                        .arg(columns)
                                        .arg(cells.size()));
            continue;
        }
        const QString enabledWord = cells.at(enabledColumn).trimmed();
        bool enabled = false;
        if (!enabledWord.isEmpty() && !parseEnabled(enabledWord, &enabled)) {
            collect.problem(
                lineNo,
                tr("“%1” is not a value for enabled: use on/off, yes/no or 1/0.").arg(shown(enabledWord)));
            continue;
        }
        collect.add(lineNo, cells.at(domainColumn), cells.at(railgunColumn), !enabledWord.isEmpty(), enabled);
    }
    if (!headerSeen)
        collect.problem(1, tr("The file is empty: it needs the header “domain,railgun,enabled”."));
}

int lineOfOffset(const QString &text, int offset)
{
    return 1 + text.left(offset).count(QLatin1Char('\n'));
}

// The line where each element of the domain array starts: the root array, or the array under the
// root object's "domains" key. Assumes a document QJsonDocument already accepted.
QList<int> elementLines(const QString &text)
{
    QList<int> out;
    QList<QChar> stack;   // open containers
    int targetDepth = -1; // stack size inside the target array
    bool expectValue = false;
    QString lastKey; // the last string read at depth 1 in an object, before its ':'
    bool keyPending = false;
    int line = 1;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            ++line;
            continue;
        }
        if (c.isSpace())
            continue;
        const bool atTarget = targetDepth >= 0 && stack.size() == targetDepth;
        if (atTarget && c != QLatin1Char(',') && c != QLatin1Char(']') && expectValue) {
            out.append(line);
            expectValue = false;
        }
        if (c == QLatin1Char('"')) {
            const int start = i + 1;
            for (++i; i < text.size() && text.at(i) != QLatin1Char('"'); ++i) {
                if (text.at(i) == QLatin1Char('\\'))
                    ++i;
            }
            if (stack.size() == 1 && stack.constFirst() == QLatin1Char('{') && !keyPending) {
                lastKey = text.mid(start, i - start);
                keyPending = true;
            }
            continue;
        }
        if (c == QLatin1Char(':')) {
            continue;
        }
        if (c == QLatin1Char('[') || c == QLatin1Char('{')) {
            const bool isTarget =
                c == QLatin1Char('[') &&
                ((stack.isEmpty()) || (stack.size() == 1 && stack.constFirst() == QLatin1Char('{') &&
                                       keyPending && lastKey == QLatin1String("domains")));
            stack.append(c);
            if (isTarget && targetDepth < 0) {
                targetDepth = stack.size();
                expectValue = true;
            }
            if (stack.size() == 2)
                keyPending = false;
            continue;
        }
        if (c == QLatin1Char(']') || c == QLatin1Char('}')) {
            stack.removeLast();
            if (stack.size() == 1)
                keyPending = false;
            continue;
        }
        if (c == QLatin1Char(',')) {
            if (atTarget)
                expectValue = true;
            if (stack.size() == 1)
                keyPending = false;
            continue;
        }
        // A bare value (number, true, false, null): skip to its end.
        while (i + 1 < text.size() && !QStringLiteral(",]} \t\r\n").contains(text.at(i + 1)))
            ++i;
        if (stack.size() == 1)
            keyPending = false;
    }
    return out;
}

void parseJson(const QString &text, ParseResult *result)
{
    Collector collect(result);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        // The offset counts bytes of the UTF-8 text.
        const int offset = QString::fromUtf8(text.toUtf8().left(error.offset)).size();
        collect.problem(lineOfOffset(text, offset),
                        tr("The JSON is malformed: %1.").arg(error.errorString()));
        return;
    }
    QJsonArray array;
    if (doc.isArray()) {
        array = doc.array();
    } else if (doc.object().value(QLatin1String("domains")).isArray()) {
        array = doc.object().value(QLatin1String("domains")).toArray();
    } else {
        collect.problem(1, tr("The JSON must be an array of {\"domain\", \"railgun\", \"enabled\"} objects, "
                              "or an object holding that array under \"domains\"."));
        return;
    }
    const QList<int> lines = elementLines(text);
    for (int i = 0; i < array.size(); ++i) {
        const int lineNo = lines.value(i, 0);
        const QJsonValue value = array.at(i);
        if (!value.isObject()) {
            collect.problem(lineNo, tr("Entry %1 is not an object.").arg(i + 1));
            continue;
        }
        const QJsonObject o = value.toObject();
        QStringList unknown;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != kDomain && it.key() != kRailgun && it.key() != kEnabled)
                unknown.append(shown(it.key()));
        }
        if (!unknown.isEmpty()) {
            collect.problem(lineNo, tr("Entry %1 has unknown fields: %2 (only domain, railgun and enabled).")
                                        .arg(i + 1)
                                        .arg(unknown.join(QStringLiteral(", "))));
            continue;
        }
        const QJsonValue domain = o.value(kDomain), railgun = o.value(kRailgun),
                         enabledValue = o.value(kEnabled);
        if (!domain.isString()) {
            collect.problem(lineNo, tr("Entry %1 needs \"domain\" as a string.").arg(i + 1));
            continue;
        }
        if (!railgun.isString() && !railgun.isNull() && !railgun.isUndefined()) {
            collect.problem(lineNo, tr("Entry %1: \"railgun\" must be a string or null.").arg(i + 1));
            continue;
        }
        bool enabled = false;
        bool given = true;
        if (enabledValue.isBool()) {
            enabled = enabledValue.toBool();
        } else if (enabledValue.isDouble() &&
                   (enabledValue.toDouble() == 0 || enabledValue.toDouble() == 1)) {
            enabled = enabledValue.toDouble() == 1;
        } else if (enabledValue.isString() && !enabledValue.toString().trimmed().isEmpty()) {
            if (!parseEnabled(enabledValue.toString().trimmed(), &enabled)) {
                collect.problem(lineNo, tr("“%1” is not a value for enabled: use on/off, yes/no or 1/0.")
                                            .arg(shown(enabledValue.toString())));
                continue;
            }
        } else if (enabledValue.isNull() || enabledValue.isUndefined() || enabledValue.isString()) {
            given = false;
        } else {
            collect.problem(lineNo, tr("Entry %1: \"enabled\" must be true or false.").arg(i + 1));
            continue;
        }
        collect.add(lineNo, domain.toString(), railgun.toString(), given, enabled);
    }
}

QString csvCell(const QString &text)
{
    static const QRegularExpression special(QStringLiteral("[,;\"\\t\\r\\n#]|^\\s|\\s$"));
    if (!text.contains(special))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

bool parseEnabled(const QString &word, bool *enabled)
{
    const QString w = word.trimmed().toLower();
    if (w == QLatin1String("on") || w == QLatin1String("yes") || w == QLatin1String("1") ||
        w == QLatin1String("true")) {
        *enabled = true;
        return true;
    }
    if (w == QLatin1String("off") || w == QLatin1String("no") || w == QLatin1String("0") ||
        w == QLatin1String("false")) {
        *enabled = false;
        return true;
    }
    return false;
}

Format detect(const QByteArray &content)
{
    for (const char c : content) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '[' || c == '{' ? Format::Json : Format::Csv;
    }
    return Format::Csv;
}

Format formatFor(const QString &fileName, const QByteArray &content)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return detect(content);
}

ParseResult parse(const QByteArray &content, Format format)
{
    ParseResult result;
    QByteArray bytes = content;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        result.problems.append({0, QString(), tr("The file is not UTF-8 text.")});
        return result;
    }
    if (format == Format::Json)
        parseJson(text, &result);
    else
        parseCsv(text, &result);
    return result;
}

ParseResult read(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        ParseResult result;
        result.problems.append(
            {0, QString(), tr("Cannot read %1: %2").arg(shown(fileName), file.errorString())});
        return result;
    }
    const QByteArray content = file.readAll();
    return parse(content, formatFor(fileName, content));
}

QByteArray toCsv(const QList<DesiredEntry> &entries)
{
    QString out = QStringLiteral("domain,railgun,enabled\n");
    for (const DesiredEntry &e : entries) {
        out += csvCell(e.domain) + QLatin1Char(',') + csvCell(e.railgun) + QLatin1Char(',') +
               (e.enabled ? QLatin1String("on") : QLatin1String("off")) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray toJson(const QList<DesiredEntry> &entries)
{
    // One entry per line, so a diff or a problem's line number points at one domain.
    QByteArray out = "[";
    for (int i = 0; i < entries.size(); ++i) {
        const DesiredEntry &e = entries.at(i);
        const QJsonObject o{{kDomain, e.domain},
                            {kRailgun, e.railgun.isEmpty() ? QJsonValue() : QJsonValue(e.railgun)},
                            {kEnabled, e.enabled}};
        out += (i == 0 ? "\n  " : ",\n  ") + QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    out += entries.isEmpty() ? "]\n" : "\n]\n";
    return out;
}

} // namespace Railgun::DesiredStateFile
