#include "models/RailgunListModel.h"

#include "api/RailgunStatus.h"

#include "models/DomainTableModel.h"

namespace Railgun {

RailgunListModel::RailgunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int RailgunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_railguns.size());
}

int RailgunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RailgunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PubnameColumn:
        return tr("Public name");
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case ModeColumn:
        return tr("Mode");
    case ActivatedColumn:
        return tr("Activated");
    case DomainsColumn:
        return tr("Domains");
    default:
        return {};
    }
}

QVariant RailgunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RailgunInfo &r = m_railguns.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == StatusCodeRole)
        return r.status;
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return r.id;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (index.column()) {
    case PubnameColumn:
        return r.pubname;
    case NameColumn:
        return r.name;
    case StatusColumn:
        return raw ? r.status : railgunStatusText(r.status);
    case ModeColumn:
        if (raw)
            return r.modeActive;
        return r.modeActive ? tr("On") : tr("Off");
    case ActivatedColumn:
        return r.activatedOn;
    case DomainsColumn:
        return m_counts.value(r.id);
    default:
        return {};
    }
}

void RailgunListModel::setRailguns(const QList<RailgunInfo> &railguns)
{
    beginResetModel();
    m_railguns = railguns;
    endResetModel();
}

void RailgunListModel::setDomainCounts(const QHash<QString, int> &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    if (!m_railguns.isEmpty())
        emit dataChanged(index(0, DomainsColumn), index(int(m_railguns.size()) - 1, DomainsColumn));
}

int RailgunListModel::rowOf(const QString &railgunId) const
{
    for (int i = 0; i < m_railguns.size(); ++i) {
        if (m_railguns.at(i).id == railgunId)
            return i;
    }
    return -1;
}

std::optional<RailgunInfo> RailgunListModel::railgun(const QString &railgunId) const
{
    const int row = rowOf(railgunId);
    if (row < 0)
        return std::nullopt;
    return m_railguns.at(row);
}

QString RailgunListModel::apiKeyFor(const QString &railgunId) const
{
    const int row = rowOf(railgunId);
    return row < 0 ? QString() : m_railguns.at(row).apiKey;
}

QString RailgunListModel::idForApiKey(const QString &rtkn) const
{
    if (rtkn.isEmpty())
        return {};
    for (const RailgunInfo &r : m_railguns) {
        if (r.apiKey == rtkn)
            return r.id;
    }
    return {};
}

} // namespace Railgun
