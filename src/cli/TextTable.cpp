#include "TextTable.h"

namespace RailgunCtl {

TextTable::TextTable(const QStringList &headers)
    : m_headers(headers)
{}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

QString TextTable::toString() const
{
    const int columns = m_headers.size();
    QList<int> widths(columns, 0);
    auto measure = [&](const QStringList &row) {
        for (int c = 0; c < columns && c < row.size(); ++c)
            widths[c] = qMax(widths[c], int(row.at(c).size()));
    };
    measure(m_headers);
    for (const QStringList &row : m_rows)
        measure(row);

    QString out;
    auto emitRow = [&](const QStringList &row) {
        QString line;
        for (int c = 0; c < columns; ++c) {
            const QString cell = c < row.size() ? row.at(c) : QString();
            line += c + 1 < columns ? cell.leftJustified(widths[c]) + QStringLiteral("  ") : cell;
        }
        // Trailing blanks from empty last cells help no one.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    };
    emitRow(m_headers);
    for (const QStringList &row : m_rows)
        emitRow(row);
    return out;
}

} // namespace RailgunCtl
