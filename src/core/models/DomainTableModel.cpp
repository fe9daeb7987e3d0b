#include "models/DomainTableModel.h"

#include "api/RailgunStatus.h"

#include <QLocale>
#include <algorithm>

namespace Railgun {

DomainTableModel::DomainTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int DomainTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DomainTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DomainTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DomainColumn:
        return tr("Domain");
    case RailgunColumn:
        return tr("Railgun");
    case ConnectionColumn:
        return tr("Connection");
    case EnabledColumn:
        return tr("Enabled");
    case RailgunStatusColumn:
        return tr("Railgun status");
    case LastResultColumn:
        return tr("Last result");
    case LastCheckedColumn:
        return tr("Last checked");
    default:
        return {};
    }
}

Qt::ItemFlags DomainTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant DomainTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const bool connected = r.state == ConnectionState::Connected;
    // The Railgun label is looked up only where a cell shows it (a hash lookup per call adds up).
    const auto noLabel = m_railguns.cend();
    const auto labelFor = [&] {
        return r.railgunId.isEmpty() ? noLabel : m_railguns.constFind(r.railgunId);
    };

    switch (role) {
    case DomainRole:
        return r.domain;
    case ConnectionStateRole:
        return int(r.state);
    case EnabledRole:
        return connected && r.enabled;
    case PendingRole:
        return r.pending;
    case ErrorRole:
        return r.error;
    case RailgunIdRole:
        return r.railgunId;
    case StaleRole:
        return r.stale;
    case Qt::CheckStateRole:
        if (index.column() == EnabledColumn && connected)
            return r.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RailgunColumn) {
            const auto label = labelFor();
            if (label != noLabel)
                return label->name;
        }
        if (index.column() == LastResultColumn && !r.lastMessage.isEmpty())
            return r.lastMessage;
        if (index.column() == EnabledColumn && r.pending)
            return tr("Waiting for the server's answer");
        if (r.stale)
            return tr("Last known state, read %1 ago; not read again since the start")
                .arg(durationText((QDateTime::currentMSecsSinceEpoch() - r.lastCheckedMs) / 1000));
        return {};
    case Qt::DisplayRole:
    case RawValueRole:
        break;
    default:
        return {};
    }

    const bool raw = role == RawValueRole;
    switch (index.column()) {
    case DomainColumn:
        return r.domain;
    case RailgunColumn: {
        if (!connected)
            return QString();
        const auto label = labelFor();
        if (label != noLabel && !label->pubname.isEmpty())
            return raw ? label->pubname.toLower() : label->pubname;
        return r.railgunId;
    }
    case ConnectionColumn:
        if (raw)
            return int(r.state);
        switch (r.state) {
        case ConnectionState::Connected:
            return tr("Connected");
        case ConnectionState::NotConnected:
            return tr("Not connected");
        case ConnectionState::Unknown:
            return tr("Unknown");
        }
        return {};
    case EnabledColumn:
        if (raw)
            return connected ? (r.enabled ? 2 : 1) : 0;
        if (r.pending)
            return tr("Pending");
        return connected ? (r.enabled ? tr("On") : tr("Off")) : QString();
    case RailgunStatusColumn: {
        if (!connected)
            return QString();
        const auto label = labelFor();
        if (label == noLabel)
            return QString();
        return raw ? label->status : railgunStatusText(label->status);
    }
    case LastResultColumn:
        if (r.pending && r.lastMessage.isEmpty())
            return raw ? QString() : tr("Pending…");
        return r.lastMessage;
    case LastCheckedColumn:
        if (raw)
            return r.lastCheckedMs;
        if (r.lastCheckedMs == 0)
            return QString();
        if (r.stale)
            return tr("%1 ago").arg(
                durationText((QDateTime::currentMSecsSinceEpoch() - r.lastCheckedMs) / 1000));
        {
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(r.lastCheckedMs);
            if (when.date() == QDate::currentDate())
                return QLocale().toString(when.time(), QLocale::ShortFormat);
            return QLocale().toString(when, QLocale::ShortFormat);
        }
    default:
        return {};
    }
}

int DomainTableModel::compareRows(int left, int right, int column) const
{
    const Row &a = m_rows.at(left);
    const Row &b = m_rows.at(right);
    const bool ac = a.state == ConnectionState::Connected;
    const bool bc = b.state == ConnectionState::Connected;
    const auto three = [](auto x, auto y) {
        return x < y ? -1 : (y < x ? 1 : 0);
    };
    // The same keys as RawValueRole in data(); strings compare case-insensitively, as QVariant would.
    const auto railgunKey = [this](const Row &r, bool connected) -> QString {
        if (!connected)
            return QString();
        const auto label = m_railguns.constFind(r.railgunId);
        return label != m_railguns.cend() && !label->pubname.isEmpty() ? label->pubname : r.railgunId;
    };
    const auto statusKey = [this](const Row &r, bool connected) -> QString {
        if (!connected)
            return QString();
        const auto label = m_railguns.constFind(r.railgunId);
        return label == m_railguns.cend() ? QString() : label->status;
    };
    const auto resultKey = [](const Row &r) -> const QString & {
        static const QString none;
        return r.pending && r.lastMessage.isEmpty() ? none : r.lastMessage;
    };
    switch (column) {
    case DomainColumn:
        return a.domain.compare(b.domain); // stored lower-case
    case RailgunColumn:
        return QString::compare(railgunKey(a, ac), railgunKey(b, bc), Qt::CaseInsensitive);
    case ConnectionColumn:
        return three(int(a.state), int(b.state));
    case EnabledColumn:
        return three(ac ? (a.enabled ? 2 : 1) : 0, bc ? (b.enabled ? 2 : 1) : 0);
    case RailgunStatusColumn:
        return QString::compare(statusKey(a, ac), statusKey(b, bc), Qt::CaseInsensitive);
    case LastResultColumn:
        return QString::compare(resultKey(a), resultKey(b), Qt::CaseInsensitive);
    case LastCheckedColumn:
        return three(a.lastCheckedMs, b.lastCheckedMs);
    default:
        return 0;
    }
}

void DomainTableModel::setDomains(const QStringList &domains)
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_dirtyRows.clear();
    m_rows.reserve(domains.size());
    for (const QString &d : domains) {
        if (d.isEmpty() || m_index.contains(d))
            continue;
        m_index.insert(d, int(m_rows.size()));
        m_rows.append(Row{d, {}, {}, 0, ConnectionState::Unknown, false, false, false, false});
    }
    endResetModel();
    emit domainListChanged();
}

int DomainTableModel::addDomains(const QStringList &domains)
{
    QStringList fresh;
    QSet<QString> seen;
    for (const QString &d : domains) {
        if (d.isEmpty() || m_index.contains(d) || seen.contains(d))
            continue;
        seen.insert(d);
        fresh.append(d);
    }
    if (fresh.isEmpty())
        return 0;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const QString &d : std::as_const(fresh)) {
        m_index.insert(d, int(m_rows.size()));
        m_rows.append(Row{d, {}, {}, 0, ConnectionState::Unknown, false, false, false, false});
    }
    endInsertRows();
    emit domainListChanged();
    return int(fresh.size());
}

void DomainTableModel::restoreRows(const QList<Row> &rows)
{
    QList<Row> fresh;
    for (const Row &r : rows) {
        if (!r.domain.isEmpty() && !m_index.contains(r.domain)) {
            Row copy = r;
            copy.pending = false;
            fresh.append(copy);
            m_index.insert(r.domain, -1); // reserve: duplicates in `rows`
        }
    }
    for (const Row &r : std::as_const(fresh))
        m_index.remove(r.domain);
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const Row &r : std::as_const(fresh)) {
        m_index.insert(r.domain, int(m_rows.size()));
        m_rows.append(r);
    }
    endInsertRows();
    emit domainListChanged();
}

int DomainTableModel::removeDomains(const QStringList &domains)
{
    QList<int> rows;
    for (const QString &d : domains) {
        const int row = m_index.value(d, -1);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return 0;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Contiguous runs from the bottom up, so earlier row numbers stay valid.
    int end = int(rows.size()) - 1;
    while (end >= 0) {
        int start = end;
        while (start > 0 && rows.at(start - 1) == rows.at(start) - 1)
            --start;
        const int first = rows.at(start);
        const int last = rows.at(end);
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r)
            m_index.remove(m_rows.at(r).domain);
        m_rows.remove(first, last - first + 1);
        rebuildIndex(first);
        endRemoveRows();
        end = start - 1;
    }
    m_dirtyRows.clear();
    emit domainListChanged();
    return int(rows.size());
}

void DomainTableModel::rebuildIndex(int from)
{
    for (int r = from; r < m_rows.size(); ++r)
        m_index[m_rows.at(r).domain] = r;
}

QStringList DomainTableModel::domains() const
{
    QStringList out;
    out.reserve(m_rows.size());
    for (const Row &r : m_rows)
        out.append(r.domain);
    return out;
}

std::optional<DomainTableModel::Row> DomainTableModel::rowFor(const QString &domain) const
{
    const int row = rowOf(domain);
    if (row < 0)
        return std::nullopt;
    return m_rows.at(row);
}

void DomainTableModel::setRailguns(const QList<RailgunInfo> &railguns)
{
    m_railguns.clear();
    for (const RailgunInfo &info : railguns)
        m_railguns.insert(info.id, RailgunLabel{info.pubname, info.name, info.status});
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, RailgunColumn), index(int(m_rows.size()) - 1, RailgunStatusColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole, RawValueRole});
}

QString DomainTableModel::railgunPubname(const QString &railgunId) const
{
    const auto it = m_railguns.constFind(railgunId);
    return it == m_railguns.cend() || it->pubname.isEmpty() ? railgunId : it->pubname;
}

QHash<QString, int> DomainTableModel::countsByRailgun() const
{
    QHash<QString, int> counts;
    for (const Row &r : m_rows) {
        if (r.state == ConnectionState::Connected && !r.railgunId.isEmpty())
            ++counts[r.railgunId];
    }
    return counts;
}

DomainTableModel::Row *DomainTableModel::find(const QString &domain)
{
    const int row = m_index.value(domain, -1);
    return row < 0 ? nullptr : &m_rows[row];
}

void DomainTableModel::touch(int row)
{
    if (m_batchDepth > 0) {
        m_dirtyRows.append(row);
        return;
    }
    emit dataChanged(index(row, RailgunColumn), index(row, LastCheckedColumn));
}

void DomainTableModel::beginBatch()
{
    ++m_batchDepth;
}

void DomainTableModel::endBatch()
{
    if (m_batchDepth == 0 || --m_batchDepth > 0)
        return;
    QList<int> rows;
    rows.swap(m_dirtyRows);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    int i = 0;
    while (i < rows.size()) {
        int j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        if (rows.at(j) < m_rows.size())
            emit dataChanged(index(rows.at(i), RailgunColumn), index(rows.at(j), LastCheckedColumn));
        i = j + 1;
    }
}

void DomainTableModel::applyConnection(const QString &domain, const std::optional<Connection> &connection,
                                       const QString &message)
{
    Row *r = find(domain);
    if (!r)
        return;
    if (connection) {
        r->state = ConnectionState::Connected;
        r->railgunId = connection->railgunId;
        r->enabled = connection->enabled;
    } else {
        r->state = ConnectionState::NotConnected;
        r->railgunId.clear();
        r->enabled = false;
    }
    markConfirmed(r, domain, message);
}

void DomainTableModel::applyEnabled(const QString &domain, bool enabled, const QString &message)
{
    Row *r = find(domain);
    if (!r)
        return;
    r->state = ConnectionState::Connected;
    r->enabled = enabled;
    markConfirmed(r, domain, message);
}

void DomainTableModel::applyConnected(const QString &domain, const QString &railgunId, bool enabled,
                                      const QString &message)
{
    Row *r = find(domain);
    if (!r)
        return;
    r->state = ConnectionState::Connected;
    r->railgunId = railgunId;
    r->enabled = enabled;
    markConfirmed(r, domain, message);
}

void DomainTableModel::applyDisconnected(const QString &domain, const QString &message)
{
    applyConnection(domain, std::nullopt, message);
}

void DomainTableModel::setError(const QString &domain, const QString &message)
{
    Row *r = find(domain);
    if (!r)
        return;
    markFailed(r, domain, message);
}

void DomainTableModel::setUnknown(const QString &domain, const QString &message)
{
    Row *r = find(domain);
    if (!r)
        return;
    r->state = ConnectionState::Unknown;
    r->stale = false; // nothing is known any more, not even the old state
    markFailed(r, domain, message);
}

void DomainTableModel::setPending(const QString &domain, bool pending, const QString &message)
{
    Row *r = find(domain);
    if (!r || (r->pending == pending && message.isNull()))
        return;
    r->pending = pending;
    if (!message.isNull())
        r->lastMessage = message;
    touch(rowOf(domain));
}

void DomainTableModel::markConfirmed(Row *r, const QString &domain, const QString &message)
{
    // The server just answered for this row.
    r->pending = false;
    r->stale = false;
    r->error = false;
    r->lastMessage = message;
    r->lastCheckedMs = QDateTime::currentMSecsSinceEpoch();
    touch(rowOf(domain));
}

void DomainTableModel::markFailed(Row *r, const QString &domain, const QString &message)
{
    r->pending = false;
    r->error = true;
    r->lastMessage = message;
    touch(rowOf(domain));
}

QList<DomainState> DomainTableModel::confirmedStates() const
{
    QList<DomainState> states;
    states.reserve(m_rows.size());
    for (const Row &r : m_rows) {
        if (r.state == ConnectionState::Unknown || r.lastCheckedMs <= 0)
            continue;
        DomainState s;
        s.domain = r.domain;
        s.binding = r.state == ConnectionState::Connected ? DomainState::Binding::Connected
                                                          : DomainState::Binding::NotConnected;
        if (r.state == ConnectionState::Connected) {
            s.railgunId = r.railgunId;
            s.enabled = r.enabled;
        }
        s.checkedAtMs = r.lastCheckedMs;
        states.append(s);
    }
    return states;
}

void DomainTableModel::applyCached(const QList<DomainState> &states)
{
    if (m_rows.isEmpty())
        return;
    bool any = false;
    for (const DomainState &s : states) {
        Row *r = find(s.domain);
        if (!r || r->state != ConnectionState::Unknown || r->pending ||
            s.binding == DomainState::Binding::Unknown)
            continue;
        r->state = s.binding == DomainState::Binding::Connected ? ConnectionState::Connected
                                                                : ConnectionState::NotConnected;
        r->railgunId = r->state == ConnectionState::Connected ? s.railgunId : QString();
        r->enabled = r->state == ConnectionState::Connected && s.enabled;
        r->lastCheckedMs = s.checkedAtMs;
        r->stale = true;
        any = true;
    }
    if (any)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString DomainTableModel::durationText(qint64 secs)
{
    secs = qMax<qint64>(0, secs);
    if (secs < 60)
        return tr("%n s", nullptr, int(secs));
    const qint64 minutes = (secs + 30) / 60;
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return minutes % 60 ? tr("%1 h %2 min").arg(hours).arg(minutes % 60)
                            : tr("%n h", nullptr, int(hours));
    const qint64 days = qMin<qint64>(hours / 24, 1 << 30);
    return tr("%n day(s)", nullptr, int(days));
}

} // namespace Railgun
