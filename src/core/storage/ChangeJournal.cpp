#include "storage/ChangeJournal.h"

#include "api/Redactor.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

namespace Railgun {

namespace {
constexpr int kVersion = 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("Railgun::ChangeJournal", text);
}

// Keys become file names: anything outside a safe alphabet is replaced.
QString safeName(const QString &key)
{
    QString name;
    for (const QChar c : key) {
        const bool ok = (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-') ||
                        c == QLatin1Char('_') || c == QLatin1Char('.');
        name.append(ok ? c : QLatin1Char('_'));
    }
    return name.isEmpty() ? QStringLiteral("_") : name.left(120);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timeOf(const QJsonObject &o)
{
    return QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
}

bool outcomeFromName(const QString &name, ChangeJournal::Outcome::Kind *kind)
{
    using Kind = ChangeJournal::Outcome::Kind;
    for (const Kind k : {Kind::Ok, Kind::Error, Kind::Rechecked}) {
        if (ChangeJournal::outcomeName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}
} // namespace

ChangeJournal::ChangeJournal(const QString &directory, const QString &accountKey)
    : m_directory(directory)
    , m_file(QDir(directory).filePath(QStringLiteral("journal-%1.jsonl").arg(safeName(accountKey))))
{}

void ChangeJournal::setKnownSecrets(const QStringList &secrets)
{
    m_secrets.clear();
    for (const QString &s : secrets) {
        if (s.size() >= 4) // shorter texts would mask ordinary words
            m_secrets.append(s);
    }
}

void ChangeJournal::setLimits(qint64 maxBytes, int keptFiles)
{
    m_maxBytes = qMax<qint64>(1024, maxBytes);
    m_keptFiles = qMax(1, keptFiles);
}

QString ChangeJournal::outcomeName(Outcome::Kind kind)
{
    switch (kind) {
    case Outcome::Kind::Ok:
        return QStringLiteral("ok");
    case Outcome::Kind::Error:
        return QStringLiteral("error");
    case Outcome::Kind::Rechecked:
        return QStringLiteral("rechecked");
    }
    return {};
}

QString ChangeJournal::accountKey(const QUrl &baseUrl, const Credentials &credentials)
{
    const QString host = baseUrl.host().toLower() +
                         (baseUrl.port() > 0 ? QStringLiteral("_%1").arg(baseUrl.port()) : QString());
    if (credentials.kind == Credentials::Kind::Client)
        return credentials.email.trimmed().toLower() + QLatin1Char('@') + host;
    // A digest names the partner account without writing its key (a file name is not a secret).
    const QByteArray digest =
        QCryptographicHash::hash(QByteArrayLiteral("railgun-desk journal\n") + credentials.hostKey.toUtf8(),
                                 QCryptographicHash::Sha256);
    return QStringLiteral("partner-") + QString::fromLatin1(digest.toHex().left(16)) + QLatin1Char('@') +
           host;
}

QString ChangeJournal::defaultDirectory()
{
    const QString fromEnv = qEnvironmentVariable("RAILGUN_JOURNAL_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/railgun-desk/journal");
}

QJsonValue ChangeJournal::stateJson(const std::optional<Connection> &connection)
{
    if (!connection)
        return QJsonObject{{QStringLiteral("connected"), false}};
    return QJsonObject{{QStringLiteral("connected"), true},
                       {QStringLiteral("railgun_id"), connection->railgunId},
                       {QStringLiteral("enabled"), connection->enabled},
                       {QStringLiteral("mode"), connection->modeActive ? 1 : 0}};
}

QString ChangeJournal::maskedText(const QString &text) const
{
    QString out = Redactor::redact(text);
    for (const QString &secret : m_secrets)
        out.replace(secret, QStringLiteral("***"));
    return out;
}

QJsonValue ChangeJournal::masked(const QJsonValue &value) const
{
    if (value.isString())
        return maskedText(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(masked(v));
        return out;
    }
    if (value.isObject()) {
        const QJsonObject in = value.toObject();
        QJsonObject out;
        for (auto it = in.begin(); it != in.end(); ++it) {
            const QString key = maskedText(it.key());
            out.insert(key, Redactor::isSecretKey(it.key()) ? QJsonValue(QStringLiteral("***"))
                                                            : masked(it.value()));
        }
        return out;
    }
    return value;
}

QStringList ChangeJournal::files() const
{
    QStringList out;
    for (int i = m_keptFiles - 1; i >= 1; --i) {
        const QString name = m_file + QStringLiteral(".%1").arg(i);
        if (QFileInfo::exists(name))
            out.append(name);
    }
    if (QFileInfo::exists(m_file))
        out.append(m_file);
    return out;
}

void ChangeJournal::rotateIfNeeded(qint64 incoming) const
{
    const qint64 size = QFileInfo(m_file).size();
    if (size == 0 || size + incoming <= m_maxBytes)
        return;
    // The app and railgunctl may share a journal: one of them rotates at a time.
    QLockFile lock(m_file + QStringLiteral(".lock"));
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(2000))
        return; // another writer is rotating; appending to the current file is still safe
    if (QFileInfo(m_file).size() + incoming <= m_maxBytes)
        return; // it rotated while we waited
    QFile::remove(m_file + QStringLiteral(".%1").arg(m_keptFiles - 1));
    for (int i = m_keptFiles - 2; i >= 1; --i)
        QFile::rename(m_file + QStringLiteral(".%1").arg(i), m_file + QStringLiteral(".%1").arg(i + 1));
    if (m_keptFiles > 1)
        QFile::rename(m_file, m_file + QStringLiteral(".1"));
    else
        QFile::remove(m_file);
}

bool ChangeJournal::append(const QJsonObject &line, QString *error)
{
    const QByteArray bytes = QJsonDocument(masked(line).toObject()).toJson(QJsonDocument::Compact) + '\n';
    QDir().mkpath(m_directory);
    rotateIfNeeded(bytes.size());
    // One unbuffered write of a whole line per open: a killed process leaves whole lines (or a torn last
    // one, which reading skips), and a writer in another process never splits ours.
    QFile file(m_file);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        if (error)
            *error = tr("Cannot write the change journal %1: %2").arg(m_file, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // A line torn by a kill must not swallow this one: start on a line of its own.
    QByteArray out = bytes;
    if (const qint64 size = file.size(); size > 0) {
        QFile tail(m_file);
        if (tail.open(QIODevice::ReadOnly) && tail.seek(size - 1) && tail.read(1) != "\n")
            out.prepend('\n');
    }
    if (file.write(out) != out.size()) {
        if (error)
            *error = tr("Cannot write the change journal %1: %2").arg(m_file, file.errorString());
        return false;
    }
    return true;
}

QString ChangeJournal::begin(const Change &change, QString *error)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject line{
        {QStringLiteral("v"), kVersion},
        {QStringLiteral("type"), QStringLiteral("begin")},
        {QStringLiteral("id"), id},
        {QStringLiteral("time"), now()},
        {QStringLiteral("origin"), change.origin},
        {QStringLiteral("operation"), change.operation},
        {QStringLiteral("action"), change.action},
        {QStringLiteral("domain"), change.domain},
        {QStringLiteral("before"), change.before.isUndefined() ? QJsonValue() : change.before},
        {QStringLiteral("request"), change.request},
    };
    return append(line, error) ? id : QString();
}

bool ChangeJournal::complete(const QString &id, const Outcome &outcome, QString *error)
{
    QJsonObject line{
        {QStringLiteral("v"), kVersion},
        {QStringLiteral("type"), QStringLiteral("end")},
        {QStringLiteral("id"), id},
        {QStringLiteral("time"), now()},
        {QStringLiteral("outcome"), outcomeName(outcome.kind)},
        {QStringLiteral("after"), outcome.after.isUndefined() ? QJsonValue() : outcome.after},
    };
    if (!outcome.error.isEmpty())
        line.insert(QStringLiteral("error"), outcome.error);
    if (outcome.kind == Outcome::Kind::Rechecked)
        line.insert(QStringLiteral("applied"), outcome.applied);
    return append(line, error);
}

ChangeJournal::ReadResult ChangeJournal::read(const Filter &filter) const
{
    ReadResult result;
    QHash<QString, int> index; // id -> position in result.entries
    for (const QString &name : files()) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            result.damaged.append({name, 0, tr("Cannot read it: %1").arg(file.errorString())});
            continue;
        }
        int lineNo = 0;
        while (!file.atEnd()) {
            const QByteArray raw = file.readLine();
            ++lineNo;
            const QByteArray bytes = raw.trimmed();
            if (bytes.isEmpty())
                continue;
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
            const QJsonObject o = doc.object();
            const QString type = o.value(QLatin1String("type")).toString();
            const QString id = o.value(QLatin1String("id")).toString();
            if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
                result.damaged.append({name, lineNo,
                                       raw.endsWith('\n')
                                           ? tr("Not a JSON object: skipped.")
                                           : tr("Cut short (the writer was stopped): skipped.")});
                continue;
            }
            if (o.value(QLatin1String("v")).toInt() != kVersion || id.isEmpty() ||
                (type != QLatin1String("begin") && type != QLatin1String("end"))) {
                result.damaged.append({name, lineNo, tr("Not a journal line: skipped.")});
                continue;
            }
            if (type == QLatin1String("begin")) {
                if (index.contains(id)) {
                    result.damaged.append({name, lineNo, tr("A change begun twice: the repeat is skipped.")});
                    continue;
                }
                Entry e;
                e.id = id;
                e.time = timeOf(o);
                e.origin = o.value(QLatin1String("origin")).toString();
                e.operation = o.value(QLatin1String("operation")).toString();
                e.action = o.value(QLatin1String("action")).toString();
                e.domain = o.value(QLatin1String("domain")).toString();
                e.before = o.value(QLatin1String("before"));
                e.request = o.value(QLatin1String("request")).toObject();
                e.file = name;
                e.line = lineNo;
                index.insert(id, result.entries.size());
                result.entries.append(e);
                continue;
            }
            const int at = index.value(id, -1);
            if (at < 0)
                continue; // its begin was rotated away
            Entry &e = result.entries[at];
            Outcome outcome;
            if (!outcomeFromName(o.value(QLatin1String("outcome")).toString(), &outcome.kind)) {
                result.damaged.append({name, lineNo, tr("An outcome of an unknown kind: skipped.")});
                continue;
            }
            outcome.after = o.value(QLatin1String("after"));
            outcome.error = o.value(QLatin1String("error")).toString();
            outcome.applied = o.value(QLatin1String("applied")).toBool();
            e.completed = true;
            e.completedAt = timeOf(o);
            e.outcome = outcome;
        }
    }

    if (filter.since.isValid() || !filter.domain.isEmpty() || !filter.operation.isEmpty()) {
        QList<Entry> kept;
        for (const Entry &e : qAsConst(result.entries)) {
            if (filter.since.isValid() && (!e.time.isValid() || e.time < filter.since))
                continue;
            if (!filter.domain.isEmpty() && e.domain.compare(filter.domain, Qt::CaseInsensitive) != 0)
                continue;
            if (!filter.operation.isEmpty() && e.operation != filter.operation)
                continue;
            kept.append(e);
        }
        result.entries = kept;
    }
    return result;
}

ChangeJournal::ReadResult ChangeJournal::inFlight() const
{
    ReadResult all = read();
    QList<Entry> open;
    for (const Entry &e : qAsConst(all.entries)) {
        if (!e.completed)
            open.append(e);
    }
    all.entries = open;
    return all;
}

} // namespace Railgun
