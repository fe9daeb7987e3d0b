// bench_startup: times process start -> first shown window from the outside, for the bare Qt program
// (baseline) and the real app's window, alternating, `runs` times each; prints the medians and the ratio.
// An info row times the bare program with one line of text (`text` argument): the share of the gap that is
// the font database, which the bare window never loads before its first paint.
// Usage: bench_startup <bare-binary> <app-binary> [runs]

#include "BenchCommon.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

namespace {

// Milliseconds from QProcess::start() to the child's "shown" line; -1 on failure. *inside gets the child's
// own figure (from main() on).
double timeOnce(const QString &program, const QProcessEnvironment &env, double *inside,
                const QStringList &arguments = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    p.start(program, arguments);
    double ms = -1;
    while (p.waitForReadyRead(20000)) {
        if (p.canReadLine()) {
            const QByteArray line = p.readLine().trimmed();
            if (line.startsWith("shown ")) {
                ms = clock.nsecsElapsed() / 1e6;
                *inside = line.mid(6).toDouble();
                break;
            }
        }
    }
    if (!p.waitForFinished(10000)) {
        p.kill();
        p.waitForFinished(5000);
    }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_startup <bare-binary> <app-binary> [runs]\n");
        return 2;
    }
    const int runs = args.size() > 3 ? args.at(3).toInt() : 5;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A first start: no saved accounts or layout (and nothing of the user's touched).
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));

    const QStringList withText{QStringLiteral("text")};
    std::vector<double> bare, appMs, bareIn, appIn, text, textIn;
    // One warm-up each (page cache), not counted.
    double ignored = 0;
    timeOnce(args.at(1), env, &ignored);
    timeOnce(args.at(2), env, &ignored);
    timeOnce(args.at(1), env, &ignored, withText);
    for (int i = 0; i < runs; ++i) {
        double in = 0;
        const double b = timeOnce(args.at(1), env, &in);
        bare.push_back(b);
        bareIn.push_back(in);
        const double a = timeOnce(args.at(2), env, &in);
        appMs.push_back(a);
        appIn.push_back(in);
        const double t = timeOnce(args.at(1), env, &in, withText);
        text.push_back(t);
        textIn.push_back(in);
        std::fprintf(stderr, "startup run %d: bare %.1f ms, app %.1f ms, bare+text %.1f ms\n", i + 1, b, a,
                     t);
    }
    const double mb = Bench::median(bare);
    const double ma = Bench::median(appMs);
    const bool ok = mb > 0 && ma > 0 && *std::min_element(appMs.begin(), appMs.end()) > 0;
    const double ratio = ok ? ma / mb : 0;
    Bench::row(QStringLiteral("startup ms to first shown window (median of %1; in-process %2 / %3)")
                   .arg(runs)
                   .arg(Bench::median(appIn), 0, 'f', 1)
                   .arg(Bench::median(bareIn), 0, 'f', 1),
               Bench::num(ma, 1), Bench::num(mb, 1) + QStringLiteral(" bare Qt"),
               Bench::num(ratio, 2) + QStringLiteral("x (<=1.5)"), Bench::verdict(ok && ratio <= 1.5));
    Bench::kv("startup_ratio", Bench::num(ratio, 2));
    const double mt = Bench::median(text);
    Bench::row(QStringLiteral("startup ms, bare Qt + one line of text (fonts loaded; in-process %1)")
                   .arg(Bench::median(textIn), 0, 'f', 1),
               Bench::num(mt, 1), Bench::num(mb, 1) + QStringLiteral(" bare Qt"),
               mt > 0 ? Bench::num(ma / mt, 2) + QStringLiteral("x app/this") : QStringLiteral("-"),
               QStringLiteral("info"));

    // open_cached: the app opening an account of 10,000 domains with their last known states, against the
    // bare program reading the same file into a plain QTableView (BENCH_CACHED_BARE names it).
    const QString cachedBare = qEnvironmentVariable("BENCH_CACHED_BARE");
    if (!cachedBare.isEmpty()) {
        QProcess prepare;
        prepare.setProcessEnvironment(env);
        prepare.start(args.at(2), {QStringLiteral("--prepare-cached"), QStringLiteral("10000")});
        prepare.waitForFinished(60000);
        const QByteArray out = prepare.readAllStandardOutput().trimmed();
        const QString cacheFile = out.startsWith("cache ") ? QString::fromLocal8Bit(out.mid(6)) : QString();
        std::vector<double> bareCached, appCached;
        if (!cacheFile.isEmpty()) {
            timeOnce(cachedBare, env, &ignored, {cacheFile});
            timeOnce(args.at(2), env, &ignored, {QStringLiteral("--cached")});
            for (int i = 0; i < runs; ++i) {
                double in = 0;
                bareCached.push_back(timeOnce(cachedBare, env, &in, {cacheFile}));
                appCached.push_back(timeOnce(args.at(2), env, &in, {QStringLiteral("--cached")}));
            }
        }
        const double mbc = Bench::median(bareCached);
        const double mac = Bench::median(appCached);
        const bool cachedOk =
            !bareCached.empty() && mbc > 0 && *std::min_element(appCached.begin(), appCached.end()) > 0;
        const double cachedRatio = cachedOk ? mac / mbc : 0;
        Bench::row(QStringLiteral("open_cached ms: 10,000 rows with their last known state (median of %1)")
                       .arg(runs),
                   Bench::num(mac, 1), Bench::num(mbc, 1) + QStringLiteral(" bare QTableView"),
                   Bench::num(cachedRatio, 2) + QStringLiteral("x (<=1.3)"),
                   Bench::verdict(cachedOk && cachedRatio <= 1.3));
        Bench::kv("open_cached_ratio", Bench::num(cachedRatio, 2));
    }
    return ok ? 0 : 1;
}
