#include "storage/StateCacheFile.h"

#include "storage/AccountFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace Railgun {

namespace {

const QByteArray kHeader = QByteArrayLiteral("railgun-desk-state 1");

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Railgun::StateCacheFile", text, disambiguation, n);
}

// A field the line format can carry: no tab, no line break, no other control character.
bool isPlain(const QByteArray &field)
{
    for (const char c : field) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return false;
    }
    return true;
}

bool parseLine(const QByteArray &line, DomainState *state)
{
    const QList<QByteArray> f = line.split('\t');
    if (f.size() != 5 || f.at(0).isEmpty() || f.at(0).size() > 253 || !isPlain(f.at(0)) || !isPlain(f.at(2)))
        return false;
    if (f.at(0) != f.at(0).toLower())
        return false;
    DomainState s;
    s.domain = QString::fromUtf8(f.at(0));
    if (f.at(1) == "C")
        s.binding = DomainState::Binding::Connected;
    else if (f.at(1) == "N")
        s.binding = DomainState::Binding::NotConnected;
    else
        return false;
    s.railgunId = QString::fromUtf8(f.at(2));
    if (s.binding == DomainState::Binding::Connected && s.railgunId.isEmpty())
        return false;
    if (f.at(3) != "1" && f.at(3) != "0")
        return false;
    s.enabled = f.at(3) == "1";
    bool ok = false;
    s.checkedAtMs = f.at(4).toLongLong(&ok);
    if (!ok || s.checkedAtMs <= 0)
        return false;
    *state = s;
    return true;
}

} // namespace

StateCacheFile::StateCacheFile(const QString &directory)
    : m_directory(directory)
{}

QString StateCacheFile::fileFor(const QString &accountId) const
{
    return AccountFiles::path(m_directory, QStringLiteral("state-"), accountId, QStringLiteral(".tsv"));
}

QByteArray StateCacheFile::serialize(const QList<DomainState> &states)
{
    QByteArray out;
    out.reserve(64 + states.size() * 64);
    out.append(kHeader).append('\n');
    for (const DomainState &s : states) {
        if (s.binding == DomainState::Binding::Unknown || s.domain.isEmpty())
            continue;
        const QByteArray domain = s.domain.toUtf8();
        const QByteArray id = s.railgunId.toUtf8();
        if (!isPlain(domain) || !isPlain(id))
            continue; // never written, so never read back as something else
        out.append(domain)
            .append('\t')
            .append(s.binding == DomainState::Binding::Connected ? 'C' : 'N')
            .append('\t')
            .append(s.binding == DomainState::Binding::Connected ? id : QByteArray())
            .append('\t')
            .append(s.enabled && s.binding == DomainState::Binding::Connected ? '1' : '0')
            .append('\t')
            .append(QByteArray::number(s.checkedAtMs))
            .append('\n');
    }
    return out;
}

QList<DomainState> StateCacheFile::parse(const QByteArray &bytes, int *damagedLines)
{
    QList<DomainState> states;
    int damaged = 0;
    QSet<QString> seen;
    qsizetype start = 0;
    bool first = true;
    if (bytes.isEmpty())
        damaged = 1; // a saved file always has its header
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        const bool complete = end >= 0;
        if (!complete)
            end = bytes.size();
        const QByteArray line = bytes.mid(start, end - start);
        start = end + 1;
        if (first) {
            first = false;
            if (line != kHeader) {
                ++damaged;
                // Not our header: still try the line as a state, as a file cut at its start would be.
                DomainState s;
                if (parseLine(line, &s) && !seen.contains(s.domain)) {
                    seen.insert(s.domain);
                    states.append(s);
                }
            }
            continue;
        }
        if (line.isEmpty())
            continue;
        DomainState s;
        // An incomplete last line is damage even when it happens to parse (its number may be cut short).
        if (!complete || !parseLine(line, &s) || seen.contains(s.domain)) {
            ++damaged;
            continue;
        }
        seen.insert(s.domain);
        states.append(s);
    }
    if (damagedLines)
        *damagedLines = damaged;
    return states;
}

StateCacheFile::LoadResult StateCacheFile::load(const QString &accountId) const
{
    LoadResult result;
    const QString path = fileFor(accountId);
    if (!QFileInfo::exists(path))
        return result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString backup = AccountFiles::backupName(path);
        result.recovered = true;
        result.message = QFile::rename(path, backup)
                             ? tr("The last known states (%1) could not be read (%2). The file was moved to "
                                  "%3; every domain is read again.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString(),
                                        QDir::toNativeSeparators(backup))
                             : tr("The last known states (%1) could not be read (%2); every domain is read "
                                  "again.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    int damaged = 0;
    result.states = parse(bytes, &damaged);
    if (damaged == 0)
        return result;

    result.recovered = true;
    const QString backup = AccountFiles::backupName(path);
    if (!QFile::copy(path, backup)) {
        result.message = tr("The last known states (%1) were damaged and no copy could be made; "
                            "%n state(s) could be kept.",
                            nullptr, int(result.states.size()))
                             .arg(QDir::toNativeSeparators(path));
        return result;
    }
    save(accountId, result.states);
    result.message = tr("The last known states were damaged. A copy was kept as %1; %n state(s) could be "
                        "kept, the other domains are read again.",
                        nullptr, int(result.states.size()))
                         .arg(QDir::toNativeSeparators(backup));
    return result;
}

bool StateCacheFile::save(const QString &accountId, const QList<DomainState> &states, QString *error) const
{
    const AccountFiles::WriteResult w =
        AccountFiles::writeAtomically(m_directory, fileFor(accountId), serialize(states));
    if (error) {
        *error = w.ok ? QString()
                 : w.folderFailed
                     ? tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(m_directory))
                     : tr("The last known states could not be written: %1").arg(w.reason);
    }
    return w.ok;
}

void StateCacheFile::remove(const QString &accountId) const
{
    QFile::remove(fileFor(accountId));
}

} // namespace Railgun
