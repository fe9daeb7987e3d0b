#pragma once

#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QString>
#include <functional>
#include <map>
#include <tuple>

namespace Railgun {

// The order in which an account's calls go out. Three lanes, first to last:
//   User       what the person just did: a toggle, an action on a selection, a Railgun create/delete, and
//              the re-reads those need; a newer batch goes before an older one, a batch keeps its order;
//   Visible    reads of the rows on screen;
//   Background the refresh of everything else.
// next() skips calls whose key (the domain) is busy: at most one call per key is in flight.
class CallQueue final
{
public:
    enum class Lane
    {
        User,
        Visible,
        Background
    };

    // Adds a call. Within User, `batch` orders batches (higher = newer = earlier).
    void push(quint64 id, const QString &key, Lane lane, quint64 batch = 0);
    // Puts a call back where it was (after a 429): ahead of everything pushed after it.
    void putBack(quint64 id, const QString &key, Lane lane, quint64 batch, quint64 order);
    bool remove(quint64 id);
    bool contains(quint64 id) const { return m_where.contains(id); }
    // The first call, in lane order, whose key is not busy and that `ready` accepts; 0 = none.
    quint64 next(const std::function<bool(const QString &key)> &busy,
                 const std::function<bool(quint64 id)> &ready) const;
    // Moves queued Background calls of these keys to Visible (and Visible calls of other keys back).
    void setVisibleKeys(const QList<QString> &keys);
    // The order number a call got when it was pushed (for putBack).
    quint64 orderOf(quint64 id) const;
    Lane laneOf(quint64 id) const;
    int size() const { return int(m_where.size()); }
    int sizeOf(Lane lane) const;
    bool isEmpty() const { return m_where.isEmpty(); }

private:
    // (lane, newest batch first, order)
    using Key = std::tuple<int, quint64, quint64>;
    struct Entry
    {
        Key key;
        QString name;
    };
    void insert(quint64 id, const QString &name, Lane lane, quint64 batch, quint64 order);

    std::map<Key, quint64> m_order;
    QHash<quint64, Entry> m_where;
    QMultiHash<QString, quint64> m_byName;
    QHash<QString, bool> m_visible;
    quint64 m_nextOrder = 1;
};

} // namespace Railgun
