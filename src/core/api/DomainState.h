#pragma once

#include <QString>

namespace Railgun {

// A domain's Railgun binding as the server confirmed it, and when: what the state cache keeps per domain.
struct DomainState
{
    enum class Binding : quint8
    {
        Unknown,
        NotConnected,
        Connected
    };

    QString domain;
    Binding binding = Binding::Unknown;
    QString railgunId; // when connected
    bool enabled = false;
    qint64 checkedAtMs = 0; // ms since the epoch: when the server said so

    friend bool operator==(const DomainState &a, const DomainState &b)
    {
        return a.domain == b.domain && a.binding == b.binding && a.railgunId == b.railgunId &&
               a.enabled == b.enabled && a.checkedAtMs == b.checkedAtMs;
    }
};

} // namespace Railgun
