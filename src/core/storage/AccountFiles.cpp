#include "storage/AccountFiles.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Railgun::AccountFiles {

QString path(const QString &directory, const QString &prefix, const QString &accountId, const QString &suffix)
{
    QString name;
    for (const QChar c : accountId) {
        const bool ok =
            (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-') || c == QLatin1Char('_');
        name.append(ok ? c : QLatin1Char('_'));
    }
    if (name.isEmpty())
        name = QStringLiteral("_");
    return QDir(directory).filePath(prefix + name + suffix);
}

QString backupName(const QString &file)
{
    const QString base = file + QStringLiteral(".corrupt-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

WriteResult writeAtomically(const QString &directory, const QString &file, const QByteArray &bytes)
{
    WriteResult result;
    if (!QDir().mkpath(directory)) {
        result.folderFailed = true;
        return result;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        result.reason = out.errorString();
        out.cancelWriting();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace Railgun::AccountFiles
