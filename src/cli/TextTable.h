#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace RailgunCtl {

// A plain-text table with left-aligned columns two spaces apart; the last column is not padded.
class TextTable final
{
public:
    explicit TextTable(const QStringList &headers);

    void addRow(const QStringList &cells);
    int rowCount() const { return m_rows.size(); }
    QString toString() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace RailgunCtl
