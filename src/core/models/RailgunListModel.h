#pragma once

#include "api/ApiTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Railgun {

// The account's Railguns from user_get_all / host_get_all. The token (railgun_api_key) is kept for the
// controller's calls and never returned by data().
class RailgunListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PubnameColumn,
        NameColumn,
        StatusColumn,
        ModeColumn,
        ActivatedColumn,
        DomainsColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        IdRole,
        StatusCodeRole,
    };

    explicit RailgunListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A new list from the server: the whole list changes.
    void setRailguns(const QList<RailgunInfo> &railguns);
    const QList<RailgunInfo> &railguns() const { return m_railguns; }
    // Domains of the table bound to each Railgun (by id).
    void setDomainCounts(const QHash<QString, int> &counts);
    int domainCount(const QString &railgunId) const { return m_counts.value(railgunId); }

    int rowOf(const QString &railgunId) const;
    std::optional<RailgunInfo> railgun(const QString &railgunId) const;
    // The rtkn of a Railgun (empty when unknown).
    QString apiKeyFor(const QString &railgunId) const;
    // The id of the Railgun with this token (empty when unknown).
    QString idForApiKey(const QString &rtkn) const;

private:
    QList<RailgunInfo> m_railguns;
    QHash<QString, int> m_counts;
};

} // namespace Railgun
