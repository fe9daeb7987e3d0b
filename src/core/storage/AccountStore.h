#pragma once

#include "Account.h"

#include <QList>
#include <QObject>

class QSettings;

namespace Railgun {

// The accounts (profiles) and app preferences in QSettings, through one table of typed keys.
// Never holds a secret, except when the user explicitly chose SecretStorage::SettingsFile
// (then the settings file is made mode 0600).
class AccountStore final : public QObject
{
    Q_OBJECT

public:
    // settingsPath empty = the platform's default QSettings location for the app.
    explicit AccountStore(const QString &settingsPath = QString(), QObject *parent = nullptr);
    ~AccountStore() override;

    QList<Account> accounts() const;
    std::optional<Account> account(const QString &id) const;
    // Adds or replaces by id (a new id is made when empty); returns the id.
    QString save(Account account);
    void remove(const QString &id);

    QString currentAccountId() const;
    void setCurrentAccountId(const QString &id);

    // Only for SecretStorage::SettingsFile, after the user's explicit consent.
    QString plainSecret(const QString &id) const;
    void setPlainSecret(const QString &id, const QString &secret);

    // Generic UI state (window geometry, header state, language, ...).
    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    void setValue(const QString &key, const QVariant &value);

    QString fileName() const;
    void sync();

signals:
    void accountsChanged();
    void currentAccountChanged(const QString &id);

private:
    QSettings *m_settings;
};

} // namespace Railgun
