#include "DemoData.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>
#include <QStringList>

namespace Emulator::DemoData {

namespace {
const char *const kFirst[] = {"alpine",  "amber",  "atlas",   "blue",   "bright", "cedar",  "coral",
                              "crystal", "delta",  "ember",   "falcon", "forest", "golden", "granite",
                              "harbor",  "iron",   "juniper", "lunar",  "maple",  "meadow", "nova",
                              "oak",     "orbit",  "pixel",   "quartz", "river",  "sage",   "silver",
                              "solar",   "summit", "swift",   "terra",  "urban",  "velvet", "willow"};
const char *const kSecond[] = {"bakery", "books",  "cloud",   "coffee", "design", "dental", "digital",
                               "foods",  "garden", "health",  "hotel",  "labs",   "legal",  "media",
                               "motors", "music",  "outdoor", "pets",   "photo",  "press",  "studio",
                               "supply", "tech",   "travel",  "wines",  "works",  "yoga"};
const char *const kTlds[] = {"com", "net", "org", "io", "de", "co.uk", "fr", "nl", "shop", "dev"};

QString hex32(const QByteArray &seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Md5).toHex());
}

// Deterministic, unique, realistic-looking names: a linear congruential walk over the word lists.
QStringList generateDomains(int count, quint32 state, const QSet<QString> &taken)
{
    QStringList names;
    QSet<QString> seen = taken;
    constexpr int nFirst = int(sizeof(kFirst) / sizeof(*kFirst));
    constexpr int nSecond = int(sizeof(kSecond) / sizeof(*kSecond));
    constexpr int nTld = int(sizeof(kTlds) / sizeof(*kTlds));
    while (names.size() < count) {
        state = state * 1664525u + 1013904223u;
        const quint32 r = state >> 8;
        QString name = QStringLiteral("%1%2%3.%4")
                           .arg(QLatin1String(kFirst[r % nFirst]))
                           .arg((r >> 6) % 4 == 0 ? QStringLiteral("-") : QString())
                           .arg(QLatin1String(kSecond[(r >> 9) % nSecond]))
                           .arg(QLatin1String(kTlds[(r >> 15) % nTld]));
        if (seen.contains(name))
            continue;
        seen.insert(name);
        names.append(name);
    }
    return names;
}

QJsonObject railgun(int id, const char *name, const char *pubname, bool active)
{
    const QString cdate = QStringLiteral("2012-10-%1 16:34:37.718746-07").arg(10 + id);
    return {{QStringLiteral("railgun_id"), QString::number(id)},
            {QStringLiteral("user_id"), QStringLiteral("1")},
            {QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("pubname"), QLatin1String(pubname)},
            {QStringLiteral("status"), active ? QStringLiteral("V") : QStringLiteral("INI")},
            {QStringLiteral("mode"), QStringLiteral("1")},
            {QStringLiteral("rtkn"), hex32(QByteArray("demo-railgun-") + name)},
            {QStringLiteral("cdate"), cdate},
            {QStringLiteral("edate"), cdate},
            {QStringLiteral("activated_on"),
             active ? QJsonValue(QStringLiteral("2012-10-%1 17:02:11.204311-07").arg(10 + id))
                    : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("deleted_on"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("ip"), active ? QJsonValue(QStringLiteral("198.51.100.%1").arg(10 + id))
                                          : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("port"), QStringLiteral("2408")},
            {QStringLiteral("ranges"), QJsonArray()}};
}
} // namespace

QJsonObject fixture()
{
    QStringList demoDomains{QStringLiteral("example.com")};
    demoDomains += generateDomains(kGeneratedDomains, 20121027u, {QStringLiteral("example.com")});
    const QStringList customerDomains =
        generateDomains(kCustomerDomains, 4242u, QSet<QString>(demoDomains.cbegin(), demoDomains.cend()));

    const QJsonArray accounts{
        QJsonObject{{QStringLiteral("user_id"), QStringLiteral("1")},
                    {QStringLiteral("email"), QLatin1String(kEmail)},
                    {QStringLiteral("token"), QLatin1String(kToken)},
                    {QStringLiteral("host_key"), QLatin1String(kHostKey)},
                    {QStringLiteral("hosted_by"), QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("domains"), QJsonArray::fromStringList(demoDomains)}},
        QJsonObject{{QStringLiteral("user_id"), QStringLiteral("2")},
                    {QStringLiteral("email"), QLatin1String(kCustomerEmail)},
                    {QStringLiteral("token"), QLatin1String(kCustomerToken)},
                    {QStringLiteral("host_key"), QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("hosted_by"), QStringLiteral("1")},
                    {QStringLiteral("domains"), QJsonArray::fromStringList(customerDomains)}}};

    const QJsonArray railguns{
        railgun(1, "rg-fra-1", "Frankfurt edge", true), railgun(2, "rg-ams-1", "Amsterdam edge", true),
        railgun(3, "rg-nyc-1", "New York edge", true), railgun(4, "rg-sgp-1", "Singapore edge", false)};

    // example.com and 40 % of the rest connected+enabled, 20 % connected+disabled, 40 % unconnected.
    QJsonArray connections;
    int connId = 1000;
    for (int i = 0; i < demoDomains.size(); ++i) {
        const int bucket = i % 5;
        if (bucket >= 3)
            continue;
        const bool enabled = bucket < 2;
        connections.append(
            QJsonObject{{QStringLiteral("domain"), demoDomains.at(i)},
                        {QStringLiteral("railgun_conn_id"), QString::number(connId++)},
                        {QStringLiteral("railgun_id"), QString::number(i % 3 + 1)},
                        {QStringLiteral("mode"), enabled ? QStringLiteral("1") : QStringLiteral("0")},
                        {QStringLiteral("enabled"), enabled ? QStringLiteral("t") : QStringLiteral("f")},
                        {QStringLiteral("status"), QStringLiteral("V")}});
    }
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("accounts"), accounts},
            {QStringLiteral("railguns"), railguns},
            {QStringLiteral("connections"), connections},
            {QStringLiteral("suggestions"), QJsonArray()},
            {QStringLiteral("next_id"), 5000}};
}

} // namespace Emulator::DemoData
