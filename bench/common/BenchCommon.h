#pragma once

// Helpers shared by the benchmark programs: the result protocol bench/run reads, a fixture writer, stats.
//
// Every program prints its results on stdout, one per line, tab-separated:
//   ROW  <metric> <value> <baseline> <ratio/target> <pass|miss|info>
//   KV   <key>=<value>            (figures for the summary line)
// Everything else (progress, explanations) goes to stderr.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace Bench {

inline void row(const QString &metric, const QString &value, const QString &baseline, const QString &ratio,
                const QString &verdict)
{
    std::printf("ROW\t%s\t%s\t%s\t%s\t%s\n", qPrintable(metric), qPrintable(value), qPrintable(baseline),
                qPrintable(ratio), qPrintable(verdict));
    std::fflush(stdout);
}

inline void kv(const char *key, const QString &value)
{
    std::printf("KV\t%s=%s\n", key, qPrintable(value));
    std::fflush(stdout);
}

inline QString num(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

inline QString verdict(bool pass)
{
    return pass ? QStringLiteral("pass") : QStringLiteral("miss");
}

template <typename T> double median(std::vector<T> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? double(v[n / 2]) : (double(v[n / 2 - 1]) + double(v[n / 2])) / 2.0;
}

// One client account owning `count` domains, all connected (disabled) to one active Railgun.
struct Fixture
{
    QString path;
    QString email = QStringLiteral("bench@example.com");
    QString token = QStringLiteral("0123456789abcdef0123456789abcdef");
    QString rtkn = QStringLiteral("b3nchb3nchb3nchb3nchb3nchb3nch01");
    QString railgunId = QStringLiteral("1");
    QStringList domains;
};

inline QString benchDomain(int i)
{
    return QStringLiteral("bench-%1.example.com").arg(i, 6, 10, QLatin1Char('0'));
}

inline Fixture writeFixture(const QString &dir, int count)
{
    Fixture f;
    f.path = QDir(dir).filePath(QStringLiteral("bench-fixture-%1.json").arg(count));
    QJsonArray domains;
    QJsonArray connections;
    for (int i = 0; i < count; ++i) {
        const QString d = benchDomain(i);
        f.domains << d;
        domains.append(d);
        connections.append(QJsonObject{{QStringLiteral("domain"), d},
                                       {QStringLiteral("railgun_conn_id"), QString::number(1000 + i)},
                                       {QStringLiteral("railgun_id"), f.railgunId},
                                       {QStringLiteral("mode"), QStringLiteral("0")},
                                       {QStringLiteral("enabled"), QStringLiteral("f")},
                                       {QStringLiteral("status"), QStringLiteral("V")}});
    }
    const QJsonObject account{{QStringLiteral("user_id"), QStringLiteral("100")},
                              {QStringLiteral("email"), f.email},
                              {QStringLiteral("token"), f.token},
                              {QStringLiteral("host_key"), QString()},
                              {QStringLiteral("hosted_by"), QString()},
                              {QStringLiteral("domains"), domains}};
    const QJsonObject railgun{{QStringLiteral("railgun_id"), f.railgunId},
                              {QStringLiteral("user_id"), QStringLiteral("100")},
                              {QStringLiteral("name"), QStringLiteral("bench")},
                              {QStringLiteral("pubname"), QStringLiteral("Bench Railgun")},
                              {QStringLiteral("status"), QStringLiteral("V")},
                              {QStringLiteral("mode"), QStringLiteral("0")},
                              {QStringLiteral("rtkn"), f.rtkn}};
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("accounts"), QJsonArray{account}},
                           {QStringLiteral("railguns"), QJsonArray{railgun}},
                           {QStringLiteral("connections"), connections},
                           {QStringLiteral("suggestions"), QJsonArray{}},
                           {QStringLiteral("next_id"), 100000 + count}};
    QFile file(f.path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    return f;
}

} // namespace Bench
