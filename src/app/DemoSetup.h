#pragma once

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace Railgun {

class SettingsStore;
class CredentialStore;

// `--demo URL`: the emulator's public demo account ("Demo (emulator)", client demo@example.com) against
// URL, its token kept for this session only, made current; an empty domain list is filled from the
// demo host's user_lookup of that e-mail.
class DemoSetup final : public QObject
{
    Q_OBJECT

public:
    DemoSetup(SettingsStore *accounts, CredentialStore *credentials, const QString &dataDirectory,
              QNetworkAccessManager *nam, QObject *parent = nullptr);

    static QString accountName();
    void run(const QUrl &emulatorUrl);

signals:
    void finished(const QString &accountId, const QString &problem);

private:
    SettingsStore *m_accounts;
    CredentialStore *m_credentials;
    QString m_dataDirectory;
    QNetworkAccessManager *m_nam;
};

} // namespace Railgun
