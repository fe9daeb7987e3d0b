#pragma once

#include <QString>

class QAbstractItemModel;

namespace Railgun {

// Writes the rows of a model as shown (display text, every column) to a CSV file (RFC 4180), atomically.
// The domain model holds no secrets, so neither does the file.
namespace CsvExporter {
bool write(const QAbstractItemModel *model, const QString &path, QString *error = nullptr);
QString toCsv(const QAbstractItemModel *model);
} // namespace CsvExporter

} // namespace Railgun
