#pragma once

#include "api/ApiTypes.h"
#include "api/DomainState.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace Railgun {

// The domains of one account with their Railgun binding, as the server last confirmed it.
// Compact rows (no QObject per row) and a domain -> row index, so 100,000 rows stay cheap.
// Only DomainController changes a row's state; views only read.
class DomainTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DomainColumn,
        RailgunColumn,
        ConnectionColumn,
        EnabledColumn,
        RailgunStatusColumn,
        LastResultColumn,
        LastCheckedColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // a sortable value per column
        DomainRole,
        ConnectionStateRole, // ConnectionState as int
        EnabledRole,         // bool: enabled on the server (false when not connected)
        PendingRole,         // bool: a call for this row is in flight
        ErrorRole,           // bool: the last call failed
        RailgunIdRole,
        StaleRole, // bool: the state is the last known one (from the cache), not read since the start
    };
    enum class ConnectionState : quint8
    {
        Unknown,
        NotConnected,
        Connected
    };

    struct Row
    {
        QString domain;
        QString railgunId;
        QString lastMessage;
        qint64 lastCheckedMs = 0; // ms since epoch, 0 = never
        ConnectionState state = ConnectionState::Unknown;
        bool enabled = false;
        bool pending = false;
        bool error = false;
        bool stale = false; // the state came from the cache and has not been read again yet
    };

    explicit DomainTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The whole list changes (account switch, load): a reset.
    void setDomains(const QStringList &domains);
    // Appends the domains not listed yet; returns how many were added.
    int addDomains(const QStringList &domains);
    // Adds rows with their previous content (undo of "remove from list").
    void restoreRows(const QList<Row> &rows);
    // Removes the listed domains; returns how many were removed.
    int removeDomains(const QStringList &domains);

    QStringList domains() const;
    int rowOf(const QString &domain) const { return m_index.value(domain, -1); }
    bool contains(const QString &domain) const { return m_index.contains(domain); }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    // Orders two rows by `column` as RawValueRole would (<0, 0, >0), without building QVariants;
    // ties are left to the caller.
    int compareRows(int left, int right, int column) const;
    std::optional<Row> rowFor(const QString &domain) const;
    QString domainAt(int row) const { return m_rows.at(row).domain; }

    // Railgun names and status shown in the rows, keyed by railgun id.
    void setRailguns(const QList<RailgunInfo> &railguns);
    QString railgunPubname(const QString &railgunId) const;
    // A span of time in words for a person: "40 s", "37 min", "2 h 5 min", "3 days".
    static QString durationText(qint64 secs);
    // How many rows are bound to each Railgun.
    QHash<QString, int> countsByRailgun() const;

    // The confirmed states (Connected / NotConnected, with when they were read), for the state cache.
    QList<DomainState> confirmedStates() const;

    // --- state changes: for DomainController only ---
    // Last known states from the cache: rows listed here show them, marked stale, until read again.
    // Rows that already have a state from the server are left alone.
    void applyCached(const QList<DomainState> &states);
    // A confirmed connection (from zone_conn_get_active); nullopt = not connected.
    void applyConnection(const QString &domain, const std::optional<Connection> &connection,
                         const QString &message = QString());
    void applyEnabled(const QString &domain, bool enabled, const QString &message = QString());
    void applyConnected(const QString &domain, const QString &railgunId, bool enabled,
                        const QString &message = QString());
    void applyDisconnected(const QString &domain, const QString &message = QString());
    // A failed call: the confirmed state stays, the reason is shown.
    void setError(const QString &domain, const QString &message);
    // The outcome could not be confirmed at all: the state is shown as unknown.
    void setUnknown(const QString &domain, const QString &message);
    void setPending(const QString &domain, bool pending, const QString &message = QString());

    // Groups the dataChanged() signals of many row updates into contiguous ranges (nestable).
    void beginBatch();
    void endBatch();

signals:
    // Rows were added or removed (not state changes): the list needs saving.
    void domainListChanged();

private:
    Row *find(const QString &domain);
    void touch(int row);
    // The common end of a state change: confirmed by the server (clears pending and error, stamps the
    // time), or failed (keeps the confirmed state, shows the reason).
    void markConfirmed(Row *r, const QString &domain, const QString &message);
    void markFailed(Row *r, const QString &domain, const QString &message);
    void rebuildIndex(int from = 0);

    QList<Row> m_rows;
    QHash<QString, int> m_index;
    struct RailgunLabel
    {
        QString pubname;
        QString name;
        QString status;
    };
    QHash<QString, RailgunLabel> m_railguns;
    int m_batchDepth = 0;
    QList<int> m_dirtyRows;
};

} // namespace Railgun
