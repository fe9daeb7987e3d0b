#pragma once

#include "storage/Account.h"

#include <QList>
#include <QObject>
#include <QVariant>
#include <optional>

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

    // Generic UI state (window geometry, header state, language, ...), kept under "ui/<key>".
    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    void setValue(const QString &key, const QVariant &value);

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
    bool hasPlainSecrets() const;
    void restrictFileMode() const;

    void recoverDamagedFile();

    QSettings *m_settings;
    QString m_loadProblem;
};

} // namespace Railgun
