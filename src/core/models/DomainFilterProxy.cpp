#include "DomainFilterProxy.h"

#include "DomainTableModel.h"

namespace Railgun {

DomainFilterProxy::DomainFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DomainTableModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void DomainFilterProxy::setSearchText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == m_search)
        return;
    m_search = t;
    invalidateFilter();
}

void DomainFilterProxy::setStateFilter(StateFilter filter)
{
    if (filter == m_state)
        return;
    m_state = filter;
    invalidateFilter();
}

void DomainFilterProxy::setRailgunFilter(const QString &railgunId)
{
    if (railgunId == m_railgunId)
        return;
    m_railgunId = railgunId;
    invalidateFilter();
}

void DomainFilterProxy::setDomainSetFilter(const QSet<QString> &domains, bool enabled)
{
    m_domainSet = domains;
    m_useDomainSet = enabled;
    invalidateFilter();
}

void DomainFilterProxy::clearFilters()
{
    m_search.clear();
    m_state = StateFilter::All;
    m_railgunId.clear();
    m_domainSet.clear();
    m_useDomainSet = false;
    invalidateFilter();
}

bool DomainFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const DomainTableModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const DomainTableModel::Row &r = model->rowAt(sourceRow);
    if (m_useDomainSet && !m_domainSet.contains(r.domain))
        return false;
    const bool connected = r.state == DomainTableModel::ConnectionState::Connected;
    if (!m_railgunId.isEmpty() && (!connected || r.railgunId != m_railgunId))
        return false;
    switch (m_state) {
    case StateFilter::All:
        break;
    case StateFilter::Enabled:
        if (!connected || !r.enabled)
            return false;
        break;
    case StateFilter::Disabled:
        if (!connected || r.enabled)
            return false;
        break;
    case StateFilter::NotConnected:
        if (r.state != DomainTableModel::ConnectionState::NotConnected)
            return false;
        break;
    case StateFilter::Errors:
        if (!r.error)
            return false;
        break;
    case StateFilter::Pending:
        if (!r.pending)
            return false;
        break;
    }
    if (!m_search.isEmpty()) {
        if (r.domain.contains(m_search))
            return true;
        const QString pub = connected ? model->railgunPubname(r.railgunId) : QString();
        return pub.contains(m_search, Qt::CaseInsensitive) ||
               r.lastMessage.contains(m_search, Qt::CaseInsensitive);
    }
    return true;
}

bool DomainFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString) {
        const int c = QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
    } else {
        const int c = QVariant::compare(l, r) == QPartialOrdering::Less      ? -1
                      : QVariant::compare(l, r) == QPartialOrdering::Greater ? 1
                                                                             : 0;
        if (c != 0)
            return c < 0;
    }
    // Ties: by domain, so the order is stable and predictable.
    return left.siblingAtColumn(DomainTableModel::DomainColumn).data().toString() <
           right.siblingAtColumn(DomainTableModel::DomainColumn).data().toString();
}

} // namespace Railgun
