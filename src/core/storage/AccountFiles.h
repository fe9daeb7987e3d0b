#pragma once

#include <QString>

namespace Railgun::AccountFiles {

// `<directory>/<prefix><id><suffix>`, the account id reduced to a safe alphabet (letters, digits, - and _).
QString path(const QString &directory, const QString &prefix, const QString &accountId,
             const QString &suffix);
// A free name to keep a damaged file under: `<file>.corrupt-<yyyyMMdd-hhmmss>[-n]`.
QString backupName(const QString &file);

} // namespace Railgun::AccountFiles
