#include "bulk/CallQueue.h"

#include <limits>

namespace Railgun {

void CallQueue::insert(quint64 id, const QString &name, Lane lane, quint64 batch, quint64 order)
{
    // Newer user batches first: the middle key runs downwards.
    const quint64 rank = lane == Lane::User ? std::numeric_limits<quint64>::max() - batch : 0;
    const Key key{int(lane), rank, order};
    m_order.emplace(key, id);
    m_where.insert(id, Entry{key, name});
    m_byName.insert(name, id);
}

void CallQueue::push(quint64 id, const QString &key, Lane lane, quint64 batch)
{
    if (lane == Lane::Background && m_visible.contains(key))
        lane = Lane::Visible;
    insert(id, key, lane, batch, m_nextOrder++);
}

void CallQueue::putBack(quint64 id, const QString &key, Lane lane, quint64 batch, quint64 order)
{
    insert(id, key, lane, batch, order);
}

bool CallQueue::remove(quint64 id)
{
    const auto it = m_where.find(id);
    if (it == m_where.end())
        return false;
    m_order.erase(it->key);
    m_byName.remove(it->name, id);
    m_where.erase(it);
    return true;
}

quint64 CallQueue::next(const std::function<bool(const QString &)> &busy,
                        const std::function<bool(quint64)> &ready) const
{
    for (const auto &[key, id] : m_order) {
        const Entry &e = m_where[id];
        if (!busy(e.name) && ready(id))
            return id;
    }
    return 0;
}

void CallQueue::setVisibleKeys(const QList<QString> &keys)
{
    QHash<QString, bool> visible;
    for (const QString &k : keys)
        visible.insert(k, true);
    auto move = [this](const QString &name, Lane from, Lane to) {
        const QList<quint64> ids = m_byName.values(name);
        for (const quint64 id : ids) {
            const Entry e = m_where.value(id);
            if (std::get<0>(e.key) != int(from))
                continue;
            remove(id);
            insert(id, name, to, 0, std::get<2>(e.key));
        }
    };
    for (auto it = m_visible.cbegin(); it != m_visible.cend(); ++it) {
        if (!visible.contains(it.key()))
            move(it.key(), Lane::Visible, Lane::Background);
    }
    for (const QString &k : keys) {
        if (!m_visible.contains(k))
            move(k, Lane::Background, Lane::Visible);
    }
    m_visible = visible;
}

quint64 CallQueue::orderOf(quint64 id) const
{
    return std::get<2>(m_where.value(id).key);
}

CallQueue::Lane CallQueue::laneOf(quint64 id) const
{
    return Lane(std::get<0>(m_where.value(id).key));
}

int CallQueue::sizeOf(Lane lane) const
{
    int n = 0;
    for (const auto &[key, id] : m_order)
        n += std::get<0>(key) == int(lane) ? 1 : 0;
    return n;
}

} // namespace Railgun
