#include "storage/DomainListStore.h"

#include "storage/AccountFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Railgun {

namespace {

constexpr int formatVersion = 1;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Railgun::DomainListStore", text, disambiguation, n);
}

// Strict read: true only for a well-formed document of our format.
bool parse(const QByteArray &bytes, QStringList *domains)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("version")).toInt(-1) != formatVersion)
        return false;
    const QJsonValue list = root.value(QLatin1String("domains"));
    if (!list.isArray())
        return false;
    QStringList result;
    const QJsonArray array = list.toArray();
    for (const QJsonValue &v : array) {
        if (!v.isString())
            return false;
        result.append(v.toString());
    }
    *domains = result;
    return true;
}

// Salvage: every complete quoted string that looks like a domain name, in order, once each.
QStringList salvage(const QByteArray &bytes)
{
    static const QRegularExpression quoted(QStringLiteral(R"re("((?:[^"\\\x00-\x1f]|\\.){1,253})")re"));
    static const QRegularExpression domainLike(
        QStringLiteral(
            R"(^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(bytes);
    QStringList found;
    QSet<QString> seen;
    auto it = quoted.globalMatch(text);
    while (it.hasNext()) {
        const QString candidate = it.next().captured(1);
        if (!domainLike.match(candidate).hasMatch() || seen.contains(candidate))
            continue;
        seen.insert(candidate);
        found.append(candidate);
    }
    return found;
}

} // namespace

DomainListStore::DomainListStore(const QString &directory)
    : m_directory(directory)
{}

QString DomainListStore::fileFor(const QString &accountId) const
{
    return AccountFiles::path(m_directory, QStringLiteral("domains-"), accountId, QStringLiteral(".json"));
}

QByteArray DomainListStore::serialize(const QStringList &domains)
{
    QJsonObject root;
    root.insert(QLatin1String("version"), formatVersion);
    root.insert(QLatin1String("domains"), QJsonArray::fromStringList(domains));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

DomainListStore::LoadResult DomainListStore::load(const QString &accountId) const
{
    LoadResult result;
    const QString path = fileFor(accountId);
    if (!QFileInfo::exists(path))
        return result;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // Cannot read it, so cannot copy it: move it aside so the next save does not destroy it.
        const QString backup = AccountFiles::backupName(path);
        result.recovered = true;
        if (QFile::rename(path, backup)) {
            result.message = tr("The domain list %1 could not be read (%2). It was moved to %3; "
                                "the list starts empty.")
                                 .arg(QDir::toNativeSeparators(path), file.errorString(),
                                      QDir::toNativeSeparators(backup));
        } else {
            result.message = tr("The domain list %1 could not be read (%2) and could not be moved aside. "
                                "Saving will replace it.")
                                 .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return result;
    }
    const QByteArray bytes = file.readAll();
    file.close();

    if (parse(bytes, &result.domains))
        return result;

    result.recovered = true;
    result.domains = salvage(bytes);
    const QString backup = AccountFiles::backupName(path);
    if (!QFile::copy(path, backup)) {
        result.message = tr("The domain list %1 is damaged and no backup copy could be made; "
                            "%n domain(s) could be recovered. The file was left as it is.",
                            nullptr, int(result.domains.size()))
                             .arg(QDir::toNativeSeparators(path));
        return result;
    }
    // The damaged original is safe in the backup: replace it with what could be read.
    QString error;
    save(accountId, result.domains, &error);
    result.message = tr("The domain list file was damaged. A copy was kept as %1; "
                        "%n domain(s) could be recovered.",
                        nullptr, int(result.domains.size()))
                         .arg(QDir::toNativeSeparators(backup));
    return result;
}

bool DomainListStore::save(const QString &accountId, const QStringList &domains, QString *error) const
{
    const AccountFiles::WriteResult w =
        AccountFiles::writeAtomically(m_directory, fileFor(accountId), serialize(domains));
    if (error) {
        *error = w.ok ? QString()
                 : w.folderFailed
                     ? tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(m_directory))
                     : tr("The domain list could not be written: %1").arg(w.reason);
    }
    return w.ok;
}

void DomainListStore::remove(const QString &accountId) const
{
    QFile::remove(fileFor(accountId));
}

} // namespace Railgun
