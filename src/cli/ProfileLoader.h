#pragma once

#include "Configuration.h"

#include <QObject>
#include <functional>

namespace Railgun {
class SettingsStore;
class CredentialStore;
} // namespace Railgun

namespace RailgunCtl {

// Builds a Configuration from an account saved by the desktop app (SettingsStore + CredentialStore).
// The keychain answers asynchronously, so the result comes back through a callback on the event loop.
class ProfileLoader final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const Configuration &)>;

    explicit ProfileLoader(QObject *parent = nullptr);

    // settingsFile empty: the desktop app's own settings file. `name` matches an account's name
    // (case-insensitive), or else its id.
    // Call once.
    void load(const QString &name, const QString &settingsFile, Callback done);

private:
    Railgun::SettingsStore *m_accounts = nullptr;
    Railgun::CredentialStore *m_credentials = nullptr;
};

} // namespace RailgunCtl
