#pragma once

#include <QString>

namespace Railgun::AccountFiles {

// `<directory>/<prefix><id><suffix>`, the account id reduced to a safe alphabet (letters, digits, - and _).
QString path(const QString &directory, const QString &prefix, const QString &accountId,
             const QString &suffix);
// A free name to keep a damaged file under: `<file>.corrupt-<yyyyMMdd-hhmmss>[-n]`.
QString backupName(const QString &file);

struct WriteResult
{
    bool ok = false;
    bool folderFailed = false; // `directory` could not be created (`reason` is empty then)
    QString reason;            // the file's error string when the write itself failed
};
// Creates `directory` when needed and replaces `file` with `bytes` atomically (QSaveFile): on any failure
// the old file is left whole. The callers word the failure.
WriteResult writeAtomically(const QString &directory, const QString &file, const QByteArray &bytes);

} // namespace Railgun::AccountFiles
