#pragma once

#include "api/RailgunApi.h"

#include <QAbstractTableModel>
#include <QList>

namespace Railgun {

// The activity log: every finished call (already redacted by RailgunApi), newest last, bounded in memory.
class ActivityLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        AccountColumn,
        ActionColumn,
        DomainColumn,
        OutcomeColumn,
        HttpStatusColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        OkRole,
        RequestRole
    };

    explicit ActivityLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    void addRecord(const QString &account, const CallRecord &record);
    void clear();
    // Tab-separated text of the given rows (all rows when empty), with a header line.
    QString toText(const QList<int> &rows = {}) const;

private:
    struct Entry
    {
        QString account;
        CallRecord record;
    };
    QList<Entry> m_entries;
    int m_capacity = 5000;
};

} // namespace Railgun
