#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace Railgun {

// One key of the settings file and the type of its value.
template <typename T> struct SettingKey
{
    const char *name;
    QString key() const { return QString::fromLatin1(name); }
    // A value as read back: `fallback` when it is missing or holds another type.
    T from(const QVariant &stored, const T &fallback) const
    {
        return stored.isValid() && stored.canConvert<T>() ? stored.value<T>() : fallback;
    }
};

// Every key of the settings file, in one table (as KeePassXC's Config does): nothing else spells a key.
namespace SettingKeys {
// Qt's INI format writes a group named "general" in any case as [%General] and reads it back as "General":
// only the capitalised keys survive a restart (and files written with "general/..." by earlier versions read
// back under these keys).
inline constexpr SettingKey<int> formatVersion{"General/formatVersion"};
inline constexpr SettingKey<QString> currentAccount{"General/currentAccount"};

// The desktop app's window: restored only when layoutVersion matches the app's.
inline constexpr SettingKey<int> layoutVersion{"ui/mainWindow/layoutVersion"};
inline constexpr SettingKey<QByteArray> windowGeometry{"ui/mainWindow/geometry"};
inline constexpr SettingKey<QByteArray> windowState{"ui/mainWindow/state"};
inline constexpr SettingKey<QByteArray> domainHeader{"ui/mainWindow/domainHeader"};
// The desktop app's language: a locale name such as "de" or "fr_FR"; empty or "system" follows the system.
inline constexpr SettingKey<QString> language{"ui/language"};

// Each account is a group accounts/<id>/ with these keys.
inline constexpr const char *accountsGroup = "accounts";
namespace PerAccount {
inline constexpr SettingKey<QString> name{"name"};
inline constexpr SettingKey<QString> kind{"kind"}; // "client" | "partner"
inline constexpr SettingKey<QString> email{"email"};
inline constexpr SettingKey<QString> baseUrl{"baseUrl"};
inline constexpr SettingKey<bool> useGet{"useGet"};
inline constexpr SettingKey<int> concurrency{"concurrency"};
inline constexpr SettingKey<int> rateLimitRequests{"rateLimitRequests"};
inline constexpr SettingKey<int> rateLimitWindowSecs{"rateLimitWindowSecs"};
inline constexpr SettingKey<int> recheckMinutes{"recheckMinutes"};
// Written by versions before the per-account rate limit; removed on save.
inline constexpr SettingKey<double> legacyRequestsPerSecond{"requestsPerSecond"};
inline constexpr SettingKey<int> timeoutMs{"timeoutMs"};
inline constexpr SettingKey<QString> caCertificateFile{"caCertificateFile"};
inline constexpr SettingKey<bool> allowInsecureHttp{"allowInsecureHttp"};
inline constexpr SettingKey<QString> secretStorage{"secretStorage"}; // "keychain" | "session" | "settings"
inline constexpr SettingKey<QString> plainSecret{"plainSecret"};     // only with "settings"
} // namespace PerAccount
} // namespace SettingKeys

} // namespace Railgun
