#include "CsvExporter.h"

#include "models/DomainTableModel.h"

#include <QAbstractItemModel>
#include <QSaveFile>

namespace Railgun::CsvExporter {

namespace {
QString cell(QString text)
{
    // Also defuses formulas when a spreadsheet opens the file.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}
} // namespace

QString toCsv(const QAbstractItemModel *model)
{
    QString out;
    const int columns = model->columnCount();
    QStringList header;
    for (int c = 0; c < columns; ++c)
        header << cell(model->headerData(c, Qt::Horizontal).toString());
    out += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList line;
        for (int c = 0; c < columns; ++c) {
            const QModelIndex i = model->index(r, c);
            QString text = i.data().toString();
            if (c == DomainTableModel::EnabledColumn && !i.data(DomainTableModel::PendingRole).toBool()) {
                const QVariant check = i.data(Qt::CheckStateRole);
                text = check.isValid()
                           ? (check.toInt() == Qt::Checked ? QStringLiteral("on") : QStringLiteral("off"))
                           : QString();
            }
            line << cell(text);
        }
        out += line.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

bool write(const QAbstractItemModel *model, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(toCsv(model).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Railgun::CsvExporter
