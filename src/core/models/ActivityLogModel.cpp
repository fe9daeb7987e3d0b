#include "models/ActivityLogModel.h"

#include "api/Redactor.h"

#include <QLocale>

namespace Railgun {

ActivityLogModel::ActivityLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ActivityLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AccountColumn:
        return tr("Account");
    case ActionColumn:
        return tr("Action");
    case DomainColumn:
        return tr("Domain");
    case OutcomeColumn:
        return tr("Outcome");
    case HttpStatusColumn:
        return tr("HTTP");
    case DurationColumn:
        return tr("Duration");
    default:
        return {};
    }
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    const CallRecord &r = e.record;
    if (role == OkRole)
        return r.ok;
    if (role == RequestRole || (role == Qt::ToolTipRole && index.column() == ActionColumn))
        return Redactor::redact(r.request);
    if (role == Qt::ToolTipRole && index.column() == OutcomeColumn)
        return r.outcome;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (index.column()) {
    case TimeColumn:
        return raw ? QVariant(r.startedAt.toMSecsSinceEpoch())
                   : QVariant(QLocale().toString(r.startedAt.time(), QStringLiteral("HH:mm:ss.zzz")));
    case AccountColumn:
        return e.account;
    case ActionColumn:
        return actionName(r.action);
    case DomainColumn:
        return r.domain;
    case OutcomeColumn:
        return r.ok ? tr("OK") : r.outcome;
    case HttpStatusColumn:
        if (raw)
            return r.httpStatus;
        return r.httpStatus > 0 ? QString::number(r.httpStatus) : QString();
    case DurationColumn:
        if (raw)
            return r.elapsedMs;
        return tr("%1 ms").arg(r.elapsedMs);
    default:
        return {};
    }
}

void ActivityLogModel::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    if (m_entries.size() > m_capacity) {
        const int excess = int(m_entries.size()) - m_capacity;
        beginRemoveRows({}, 0, excess - 1);
        m_entries.remove(0, excess);
        endRemoveRows();
    }
}

void ActivityLogModel::addRecord(const QString &account, const CallRecord &record)
{
    if (m_entries.size() >= m_capacity) {
        // Drop the oldest in one go once well past the limit, not one row per call.
        const int drop = qMax(1, m_capacity / 10);
        beginRemoveRows({}, 0, drop - 1);
        m_entries.remove(0, drop);
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(Entry{account, record});
    endInsertRows();
}

void ActivityLogModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString ActivityLogModel::toText(const QList<int> &rows) const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    auto line = [this](int row) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << data(index(row, c)).toString();
        return Redactor::redact(cells.join(QLatin1Char('\t')));
    };
    if (rows.isEmpty()) {
        for (int r = 0; r < m_entries.size(); ++r)
            lines << line(r);
    } else {
        for (int r : rows) {
            if (r >= 0 && r < m_entries.size())
                lines << line(r);
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Railgun
