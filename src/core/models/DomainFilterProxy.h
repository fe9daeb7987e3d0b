#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace Railgun {

class DomainTableModel;

// Search text + state filter + Railgun filter (+ an explicit domain set, e.g. "the rows that failed")
// over a DomainTableModel. Sorts on the model's raw-value role.
class DomainFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StateFilter
    {
        All,
        Enabled,
        Disabled,
        NotConnected,
        Errors,
        Pending
    };
    Q_ENUM(StateFilter)

    explicit DomainFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const { return m_state; }
    void setRailgunFilter(const QString &railgunId);
    QString railgunFilter() const { return m_railgunId; }
    // Only these domains (empty set and `enabled` false: no restriction).
    void setDomainSetFilter(const QSet<QString> &domains, bool enabled = true);
    bool hasDomainSetFilter() const { return m_useDomainSet; }
    void clearFilters();

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    const DomainTableModel *m_domains = nullptr; // the source model when it is one
    QString m_search;
    StateFilter m_state = StateFilter::All;
    QString m_railgunId;
    QSet<QString> m_domainSet;
    bool m_useDomainSet = false;
};

} // namespace Railgun
