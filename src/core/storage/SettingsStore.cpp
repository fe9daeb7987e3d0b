#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSettings>
#include <QUuid>

namespace Railgun {

namespace {

using namespace SettingKeys;
namespace Keys = SettingKeys::PerAccount;

constexpr int currentFormatVersion = 1;

template <typename T> T get(const QSettings &s, const SettingKey<T> &key, const T &fallback)
{
    return key.from(s.value(key.key()), fallback);
}

template <typename T> void put(QSettings &s, const SettingKey<T> &key, const T &value)
{
    s.setValue(key.key(), QVariant::fromValue(value));
}

QString kindName(Credentials::Kind kind)
{
    return kind == Credentials::Kind::Partner ? QStringLiteral("partner") : QStringLiteral("client");
}

Credentials::Kind kindFromName(const QString &name)
{
    return name == QLatin1String("partner") ? Credentials::Kind::Partner : Credentials::Kind::Client;
}

QString storageName(Account::SecretStorage storage)
{
    switch (storage) {
    case Account::SecretStorage::SessionOnly:
        return QStringLiteral("session");
    case Account::SecretStorage::SettingsFile:
        return QStringLiteral("settings");
    case Account::SecretStorage::Keychain:
        break;
    }
    return QStringLiteral("keychain");
}

Account::SecretStorage storageFromName(const QString &name)
{
    if (name == QLatin1String("session"))
        return Account::SecretStorage::SessionOnly;
    if (name == QLatin1String("settings"))
        return Account::SecretStorage::SettingsFile;
    return Account::SecretStorage::Keychain;
}

// Ids become settings groups and file names: keep them to a safe alphabet.
bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

QString accountGroup(const QString &id)
{
    return QString::fromLatin1(accountsGroup) + QLatin1Char('/') + id;
}

} // namespace

SettingsStore::SettingsStore(const QString &settingsPath, QObject *parent)
    : QObject(parent)
    , m_settings(settingsPath.isEmpty()
                     ? new QSettings(QSettings::IniFormat, QSettings::UserScope,
                                     QStringLiteral("railgun-desk"), QStringLiteral("railgun-desk"), this)
                     : new QSettings(settingsPath, QSettings::IniFormat, this))
{
    if (m_settings->status() == QSettings::FormatError)
        recoverDamagedFile();
    if (!m_settings->contains(formatVersion.key()))
        put(*m_settings, formatVersion, currentFormatVersion);
    restrictFileMode();
}

void SettingsStore::recoverDamagedFile()
{
    // Qt would never write a file it cannot parse: every later change would be lost without a word.
    // Keep the damaged file, start a new one with whatever could be read, and say so.
    const QString file = m_settings->fileName();
    QHash<QString, QVariant> readable;
    const QStringList keys = m_settings->allKeys();
    for (const QString &key : keys)
        readable.insert(key, m_settings->value(key));
    delete m_settings;
    const QString backup = file + QStringLiteral(".corrupt-") +
                           QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"));
    const bool kept = QFile::copy(file, backup);
    QFile::remove(file);
    m_settings = new QSettings(file, QSettings::IniFormat, this);
    for (auto it = readable.cbegin(); it != readable.cend(); ++it)
        m_settings->setValue(it.key(), it.value());
    m_settings->sync();
    m_loadProblem =
        kept ? QCoreApplication::translate("Railgun::SettingsStore",
                                           "The settings file %1 was damaged. It was kept as %2, and "
                                           "the %n setting(s) that could be read were carried over.",
                                           nullptr, int(readable.size()))
                   .arg(file, backup)
             : QCoreApplication::translate("Railgun::SettingsStore",
                                           "The settings file %1 was damaged and could not be copied; "
                                           "the %n setting(s) that could be read were carried over.",
                                           nullptr, int(readable.size()))
                   .arg(file);
}

SettingsStore::~SettingsStore()
{
    sync();
}

QList<Account> SettingsStore::accounts() const
{
    m_settings->beginGroup(QString::fromLatin1(accountsGroup));
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();

    QList<Account> result;
    for (const QString &id : ids) {
        if (auto a = account(id))
            result.append(*a);
    }
    std::stable_sort(result.begin(), result.end(), [](const Account &a, const Account &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return result;
}

std::optional<Account> SettingsStore::account(const QString &id) const
{
    if (!isValidId(id))
        return std::nullopt;
    m_settings->beginGroup(accountGroup(id));
    const bool exists = !m_settings->childKeys().isEmpty();
    Account a;
    if (exists) {
        const Account defaults;
        a.id = id;
        a.name = get(*m_settings, Keys::name, id);
        a.kind = kindFromName(get(*m_settings, Keys::kind, QString()));
        a.email = get(*m_settings, Keys::email, QString());
        const QUrl url(get(*m_settings, Keys::baseUrl, QString()));
        a.baseUrl = url.isValid() && !url.isEmpty() ? url : defaults.baseUrl;
        a.useGet = get(*m_settings, Keys::useGet, defaults.useGet);
        a.concurrency = qBound(1, get(*m_settings, Keys::concurrency, defaults.concurrency), 64);
        a.rateLimitRequests =
            qBound(0, get(*m_settings, Keys::rateLimitRequests, defaults.rateLimitRequests), 1000000);
        a.rateLimitWindowSecs =
            qBound(1, get(*m_settings, Keys::rateLimitWindowSecs, defaults.rateLimitWindowSecs), 86400);
        a.recheckMinutes =
            qBound(0, get(*m_settings, Keys::recheckMinutes, defaults.recheckMinutes), 7 * 24 * 60);
        a.timeoutMs = qBound(1000, get(*m_settings, Keys::timeoutMs, defaults.timeoutMs), 600000);
        a.caCertificateFile = get(*m_settings, Keys::caCertificateFile, QString());
        a.allowInsecureHttp = get(*m_settings, Keys::allowInsecureHttp, defaults.allowInsecureHttp);
        a.secretStorage = storageFromName(get(*m_settings, Keys::secretStorage, QString()));
    }
    m_settings->endGroup();
    if (!exists)
        return std::nullopt;
    return a;
}

std::optional<Account> SettingsStore::accountByName(const QString &name) const
{
    const QList<Account> all = accounts();
    for (const Account &a : all) {
        if (a.name.compare(name, Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

QString SettingsStore::save(Account account)
{
    if (!isValidId(account.id))
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    m_settings->beginGroup(accountGroup(account.id));
    put(*m_settings, Keys::name, account.name);
    put(*m_settings, Keys::kind, kindName(account.kind));
    put(*m_settings, Keys::email, account.email);
    put(*m_settings, Keys::baseUrl, account.baseUrl.toString());
    put(*m_settings, Keys::useGet, account.useGet);
    put(*m_settings, Keys::concurrency, account.concurrency);
    put(*m_settings, Keys::rateLimitRequests, account.rateLimitRequests);
    put(*m_settings, Keys::rateLimitWindowSecs, account.rateLimitWindowSecs);
    put(*m_settings, Keys::recheckMinutes, account.recheckMinutes);
    m_settings->remove(Keys::legacyRequestsPerSecond.key());
    put(*m_settings, Keys::timeoutMs, account.timeoutMs);
    put(*m_settings, Keys::caCertificateFile, account.caCertificateFile);
    put(*m_settings, Keys::allowInsecureHttp, account.allowInsecureHttp);
    put(*m_settings, Keys::secretStorage, storageName(account.secretStorage));
    if (account.secretStorage != Account::SecretStorage::SettingsFile)
        m_settings->remove(Keys::plainSecret.key());
    m_settings->endGroup();
    sync();
    emit accountsChanged();
    return account.id;
}

void SettingsStore::remove(const QString &id)
{
    if (!isValidId(id) || !account(id))
        return;
    const bool wasCurrent = currentAccountId() == id;
    m_settings->remove(accountGroup(id));
    if (wasCurrent)
        m_settings->remove(currentAccount.key());
    sync();
    emit accountsChanged();
    if (wasCurrent)
        emit currentAccountChanged(QString());
}

QString SettingsStore::currentAccountId() const
{
    const QString id = get(*m_settings, currentAccount, QString());
    return account(id) ? id : QString();
}

void SettingsStore::setCurrentAccountId(const QString &id)
{
    if (id == currentAccountId())
        return;
    if (!id.isEmpty() && !account(id))
        return;
    if (id.isEmpty())
        m_settings->remove(currentAccount.key());
    else
        put(*m_settings, currentAccount, id);
    sync();
    emit currentAccountChanged(id);
}

QString SettingsStore::plainSecret(const QString &id) const
{
    const auto a = account(id);
    if (!a || a->secretStorage != Account::SecretStorage::SettingsFile)
        return QString();
    return m_settings->value(accountGroup(id) + QLatin1Char('/') + Keys::plainSecret.key()).toString();
}

bool SettingsStore::setPlainSecret(const QString &id, const QString &secret)
{
    const auto a = account(id);
    if (!a || a->secretStorage != Account::SecretStorage::SettingsFile)
        return false;
    // Make sure the file exists with mode 0600 before the secret goes in: QSettings rewrites it through
    // QSaveFile, which keeps the mode of the file it replaces.
    sync();
    if (!QFileInfo::exists(fileName())) {
        QFile file(fileName());
        if (file.open(QIODevice::WriteOnly))
            file.close();
    }
    if (!QFile::setPermissions(fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    const QString key = accountGroup(id) + QLatin1Char('/') + Keys::plainSecret.key();
    if (secret.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, secret);
    sync();
    return m_settings->status() == QSettings::NoError;
}

QVariant SettingsStore::rawValue(const QString &key) const
{
    return m_settings->value(key);
}

void SettingsStore::setRawValue(const QString &key, const QVariant &value)
{
    m_settings->setValue(key, value);
}

QString SettingsStore::fileName() const
{
    return m_settings->fileName();
}

void SettingsStore::sync()
{
    m_settings->sync();
    restrictFileMode();
}

bool SettingsStore::hasPlainSecrets() const
{
    m_settings->beginGroup(QString::fromLatin1(accountsGroup));
    const QStringList ids = m_settings->childGroups();
    bool found = false;
    for (const QString &id : ids) {
        if (m_settings->contains(id + QLatin1Char('/') + Keys::plainSecret.key())) {
            found = true;
            break;
        }
    }
    m_settings->endGroup();
    return found;
}

void SettingsStore::restrictFileMode() const
{
    if (hasPlainSecrets() && QFileInfo::exists(fileName()))
        QFile::setPermissions(fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace Railgun
