#pragma once

#include "storage/Account.h"
#include "storage/SettingKeys.h"

#include <QList>
#include <QObject>
#include <QVariant>
#include <optional>
#include <type_traits>

class QSettings;

namespace Railgun {

// The settings file: the accounts (profiles), the current account and the app's preferences and window
// layout, through the table of typed keys in storage/SettingKeys.h.
// Never holds a secret, except when the user explicitly chose SecretStorage::SettingsFile
// (then the settings file is made mode 0600).
class SettingsStore final : public QObject
{
    Q_OBJECT

public:
    // settingsPath empty = the platform's default QSettings location for the app.
    explicit SettingsStore(const QString &settingsPath = QString(), QObject *parent = nullptr);
    ~SettingsStore() override;

    QList<Account> accounts() const;
    std::optional<Account> account(const QString &id) const;
    // The first account with this name (case-insensitive), e.g. for `railgunctl --profile NAME`.
    std::optional<Account> accountByName(const QString &name) const;
    // Adds or replaces by id (a new id is made when empty); returns the id.
    QString save(Account account);
    void remove(const QString &id);

    QString currentAccountId() const;
    void setCurrentAccountId(const QString &id);

    // Only for SecretStorage::SettingsFile, after the user's explicit consent: setPlainSecret() refuses
    // (returns false) unless the saved account uses SettingsFile. The file is made 0600 before the secret
    // is written. save() with any other storage erases a plain secret.
    QString plainSecret(const QString &id) const;
    bool setPlainSecret(const QString &id, const QString &secret);

    // Any key of the table in storage/SettingKeys.h; `fallback` when it is not set or holds another type.
    template <typename T> T value(const SettingKey<T> &key, const std::common_type_t<T> &fallback = T()) const
    {
        return key.from(rawValue(key.key()), fallback);
    }
    template <typename T> void setValue(const SettingKey<T> &key, const std::common_type_t<T> &value)
    {
        setRawValue(key.key(), QVariant::fromValue(value));
    }

    QString fileName() const;
    // Empty, or why the settings file could not be read at start-up (it was damaged: a copy was kept
    // beside it and what could be read was carried over). For the app to tell the user.
    QString loadProblem() const { return m_loadProblem; }
    // Writes to disk; the file is made 0600 whenever it holds a plain secret.
    void sync();

signals:
    void accountsChanged();
    void currentAccountChanged(const QString &id);

private:
    QVariant rawValue(const QString &key) const;
    void setRawValue(const QString &key, const QVariant &value);
    bool hasPlainSecrets() const;
    void restrictFileMode() const;

    void recoverDamagedFile();

    QSettings *m_settings;
    QString m_loadProblem;
};

} // namespace Railgun
