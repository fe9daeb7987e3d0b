// bench_bulk: the core's bulk engine against the emulator with injected latency, compared with the
// documented way (one sequential curl call per domain), and against the emulator's rate limit.
//
// Needs RAILGUN_EMULATOR (the emulator binary) in the environment and curl on PATH.

#include "BenchCommon.h"
#include "EmulatorProcess.h"
#include "api/ApiReply.h"
#include "api/RailgunApi.h"
#include "bulk/BulkRunner.h"
#include "session/AccountSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

using namespace Railgun;

namespace {

struct RunResult
{
    qint64 wallMs = 0;
    int failed = 0;
    int rateLimitPauses = 0;
    qint64 answers429 = 0;
    bool timedOut = false;
};

// The fixture's account on `apiBase`, as every run here uses it.
SessionConfig sessionConfig(const Bench::Fixture &fx, const QUrl &apiBase, int concurrency,
                            RateBudget::Limit limit)
{
    SessionConfig config;
    config.credentials.email = fx.email;
    config.credentials.token = fx.token;
    config.options.baseUrl = apiBase;
    config.concurrency = concurrency;
    config.rateLimit = limit;
    return config;
}

// `shards` engines, each with its own QNetworkAccessManager (= its own pool of at most 6 HTTP/1.1
// connections per host), share the items round robin. shards = 1 is exactly what the app does.
RunResult runBulk(const QUrl &apiBase, const Bench::Fixture &fx, const QStringList &domains, int shards,
                  int concurrency, double requestsPerSecond,
                  std::optional<RateBudget::Limit> limit = std::nullopt)
{
    struct Shard
    {
        std::unique_ptr<QNetworkAccessManager> nam;
        std::unique_ptr<AccountSession> session;
        std::unique_ptr<BulkRunner> runner;
        QList<BulkItem> items;
    };
    std::vector<Shard> engines(shards);
    for (int i = 0; i < domains.size(); ++i)
        engines[i % shards].items.append(
            BulkItem{domains.at(i), Action::ConnSetModeEnabled, fx.rtkn, true, {}, {}});

    RunResult result;
    QEventLoop loop;
    int running = 0;
    for (Shard &s : engines) {
        s.nam = std::make_unique<QNetworkAccessManager>();
        // Each shard gets its share of the rate (per 100 s); 0 = no client-side limit.
        const SessionConfig config =
            sessionConfig(fx, apiBase, concurrency,
                          limit ? *limit : RateBudget::Limit{int(requestsPerSecond * 100 / shards), 100});
        s.session = std::make_unique<AccountSession>(config, s.nam.get());
        s.runner = std::make_unique<BulkRunner>(s.session.get());
        QObject::connect(s.session.get(), &AccountSession::paused, &loop,
                         [&result](qint64) { ++result.rateLimitPauses; });
        QObject::connect(s.runner.get(), &BulkRunner::finished, &loop, [&] {
            if (--running == 0)
                loop.quit();
        });
    }
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, [&] {
        result.timedOut = true;
        loop.quit();
    });
    guard.start(600000);

    QElapsedTimer clock;
    clock.start();
    for (Shard &s : engines) {
        ++running;
        s.runner->start(s.items);
    }
    loop.exec();
    result.wallMs = clock.elapsed();
    for (Shard &s : engines) {
        result.failed += s.runner->failedCount();
        result.answers429 += s.session->rateLimitedCount();
        if (s.runner->isRunning())
            result.failed += s.runner->total() - s.runner->doneCount();
    }
    return result;
}

int enabledOnServer(const EmulatorProcess &emu)
{
    int n = 0;
    const QJsonArray connections = emu.state().value(QStringLiteral("connections")).toArray();
    for (const QJsonValue &c : connections)
        n += c.toObject().value(QStringLiteral("enabled")).toString() == QLatin1String("t");
    return n;
}

std::unique_ptr<EmulatorProcess> startEmulator(const Bench::Fixture &fx, const QStringList &extra)
{
    auto emu = std::make_unique<EmulatorProcess>(
        QStringList{QStringLiteral("--fixture"), fx.path, QStringLiteral("--quiet")} + extra);
    QString error;
    if (!emu->start(&error)) {
        std::fprintf(stderr, "bench_bulk: cannot start the emulator: %s\n", qPrintable(error));
        std::exit(2);
    }
    return emu;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption nOpt(QStringLiteral("n"), QStringLiteral("Domains in the bulk run."),
                                  QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption latencyOpt(QStringLiteral("latency"), QStringLiteral("Emulator latency (ms)."),
                                        QStringLiteral("MS"), QStringLiteral("50"));
    const QCommandLineOption curlOpt(QStringLiteral("curl-n"),
                                     QStringLiteral("Sequential curl calls measured (scaled to N)."),
                                     QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption shardsOpt(QStringLiteral("shards"),
                                       QStringLiteral("Engines (each with its own QNAM) for the main run."),
                                       QStringLiteral("K"), QStringLiteral("1"));
    const QCommandLineOption concOpt(QStringLiteral("concurrency"),
                                     QStringLiteral("Concurrency per engine for the main run."),
                                     QStringLiteral("C"), QStringLiteral("6"));
    const QCommandLineOption sweepOpt(QStringLiteral("sweep"),
                                      QStringLiteral("Also run other connection setups (info rows)."));
    const QCommandLineOption rlNOpt(QStringLiteral("rl-n"),
                                    QStringLiteral("Domains in the rate-limited run."), QStringLiteral("N"),
                                    QStringLiteral("240"));
    const QCommandLineOption rlLimitOpt(QStringLiteral("rl-limit"),
                                        QStringLiteral("The server's limit: requests per window."),
                                        QStringLiteral("N"), QStringLiteral("120"));
    const QCommandLineOption rlWindowOpt(QStringLiteral("rl-window"),
                                         QStringLiteral("The limit's window in seconds."),
                                         QStringLiteral("S"), QStringLiteral("30"));
    parser.addOptions(
        {nOpt, latencyOpt, curlOpt, shardsOpt, concOpt, sweepOpt, rlNOpt, rlLimitOpt, rlWindowOpt});
    parser.process(app);

    const int n = parser.value(nOpt).toInt();
    const int latency = parser.value(latencyOpt).toInt();
    const int curlN = qMin(n, parser.value(curlOpt).toInt());
    const int shards = qMax(1, parser.value(shardsOpt).toInt());
    const int concurrency = qMax(1, parser.value(concOpt).toInt());
    const int rlN = parser.value(rlNOpt).toInt();
    const int rlLimit = parser.value(rlLimitOpt).toInt();
    const int rlWindowS = qMax(1, parser.value(rlWindowOpt).toInt());

    QTemporaryDir tmp;
    const Bench::Fixture fx = Bench::writeFixture(tmp.path(), n);
    const QStringList latencyArgs{QStringLiteral("--latency_ms"), QString::number(latency)};
    // The emulator at the server's limit (per account), for the runs that measure the flow against it.
    const QStringList limitArgs =
        latencyArgs + QStringList{QStringLiteral("--rate_limit"), QString::number(rlLimit),
                                  QStringLiteral("--rate_window_ms"), QString::number(rlWindowS * 1000)};

    // QNAM opens at most 6 HTTP/1.1 connections per host:port; more in flight only queue inside it.
    const auto connectionsOf = [](int k, int c) {
        return k * qMin(c, 6);
    };
    const auto idealMs = [&](int count, int conns) {
        return double(count) * latency / conns;
    };

    // --- the engine, the way it is configured for the main figure ---
    double mainWall = 0;
    {
        auto emu = startEmulator(fx, latencyArgs);
        const int conns = connectionsOf(shards, concurrency);
        std::fprintf(stderr,
                     "bulk: %d x conn_setmode_enabled, %d engine(s) x concurrency %d = %d connections\n", n,
                     shards, concurrency, conns);
        const RunResult r = runBulk(emu->apiBase(), fx, fx.domains, shards, concurrency, 0);
        const int enabled = enabledOnServer(*emu);
        mainWall = r.wallMs;
        const double ideal = idealMs(n, conns);
        const double eff = ideal / r.wallMs;
        Bench::row(
            QStringLiteral("bulk wall ms (N=%1, %2 conn, %3 ms latency)").arg(n).arg(conns).arg(latency),
            Bench::num(r.wallMs, 0), Bench::num(ideal, 0) + QStringLiteral(" ideal"),
            Bench::num(eff, 3) + QStringLiteral(" (>=0.85)"), Bench::verdict(eff >= 0.85));
        Bench::row(QStringLiteral("bulk failed / enabled on server"),
                   QStringLiteral("%1 / %2").arg(r.failed).arg(enabled), QStringLiteral("0 / %1").arg(n),
                   QStringLiteral("-"), Bench::verdict(r.failed == 0 && enabled == n && !r.timedOut));
        Bench::kv("bulk_efficiency", Bench::num(eff, 3));
        Bench::kv("bulk_wall_ms", Bench::num(r.wallMs, 0));
    }

    // --- other connection setups, for the report ---
    if (parser.isSet(sweepOpt)) {
        const QList<QPair<int, int>> setups{{1, 4}, {1, 6}, {1, 12}, {2, 6}, {4, 6}, {8, 6}};
        for (const auto &[k, c] : setups) {
            if (k == shards && c == concurrency)
                continue;
            auto emu = startEmulator(fx, latencyArgs);
            const int conns = connectionsOf(k, c);
            const RunResult r = runBulk(emu->apiBase(), fx, fx.domains, k, c, 0);
            const double ideal = idealMs(n, qMin(conns, k * c));
            Bench::row(QStringLiteral("  sweep: %1 QNAM x concurrency %2 (%3 conn)").arg(k).arg(c).arg(conns),
                       Bench::num(r.wallMs, 0), Bench::num(ideal, 0) + QStringLiteral(" ideal"),
                       Bench::num(ideal / r.wallMs, 3) + QStringLiteral(" failed=%1").arg(r.failed),
                       QStringLiteral("info"));
        }
    }

    // --- the documented way: one sequential curl call per domain ---
    {
        auto emu = startEmulator(fx, latencyArgs);
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        const QString url = emu->apiBase().toString() + QStringLiteral("conn_setmode_enabled");
        int ok = 0;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < curlN; ++i) {
            QProcess p;
            p.start(curl, {QStringLiteral("-s"), QStringLiteral("--data-urlencode"),
                           QStringLiteral("email=") + fx.email, QStringLiteral("--data-urlencode"),
                           QStringLiteral("tkn=") + fx.token, QStringLiteral("--data-urlencode"),
                           QStringLiteral("z=") + fx.domains.at(i), QStringLiteral("--data-urlencode"),
                           QStringLiteral("rtkn=") + fx.rtkn, url});
            p.waitForFinished(30000);
            ok += p.readAllStandardOutput().contains("\"success\"");
        }
        const double perCall = double(clock.elapsed()) / qMax(1, curlN);
        const double curlWall = perCall * n;
        const double speedup = curlWall / mainWall;
        Bench::row(QStringLiteral("curl sequential ms per domain (%1 calls, %2 ok)").arg(curlN).arg(ok),
                   Bench::num(perCall, 1), Bench::num(latency, 0) + QStringLiteral(" latency"),
                   QStringLiteral("-"), Bench::verdict(ok == curlN));
        Bench::row(QStringLiteral("bulk speedup vs curl (curl scaled to N=%1)").arg(n),
                   Bench::num(mainWall, 0) + QStringLiteral(" ms"),
                   Bench::num(curlWall, 0) + QStringLiteral(" ms"),
                   Bench::num(speedup, 2) + QStringLiteral("x (>=6)"),
                   Bench::verdict(speedup >= 6.0 && ok == curlN));
        Bench::kv("bulk_speedup_vs_curl", Bench::num(speedup, 2));
    }

    // --- at the server's limit: 120 requests per 30 s, the account's budget set to the same limit ---
    {
        const Bench::Fixture rfx = Bench::writeFixture(tmp.path(), rlN);
        auto emu = startEmulator(rfx, limitArgs);
        const RunResult r =
            runBulk(emu->apiBase(), rfx, rfx.domains, 1, 6, 0, RateBudget::Limit{rlLimit, rlWindowS});
        const int enabled = enabledOnServer(*emu);
        const double ideal = 1000.0 * rlN * rlWindowS / rlLimit;
        const double eff = ideal / r.wallMs;
        const bool ok = r.failed == 0 && enabled == rlN && !r.timedOut && r.answers429 == 0;
        Bench::row(QStringLiteral("limit: wall ms for N=%1 changes at %2 per %3 s (budget = limit)")
                       .arg(rlN)
                       .arg(rlLimit)
                       .arg(rlWindowS),
                   Bench::num(r.wallMs, 0), Bench::num(ideal, 0) + QStringLiteral(" = N/limit"),
                   Bench::num(eff, 3) + QStringLiteral(" (>=0.97)"), Bench::verdict(eff >= 0.97));
        Bench::row(QStringLiteral("limit: failed / 429 answers / enabled on the server"),
                   QStringLiteral("%1 / %2 / %3").arg(r.failed).arg(r.answers429).arg(enabled),
                   QStringLiteral("0 / 0 / %1").arg(rlN), QStringLiteral("-"), Bench::verdict(ok));
        Bench::kv("limit_efficiency", Bench::num(eff, 3));
        Bench::kv("limit_429", QString::number(r.answers429));
    }
    // --- the rows on screen during a refresh: read first, in (rows / rate + 2 x latency) ---
    {
        const int total = 10000;
        const int onScreen = 40;
        const Bench::Fixture vfx = Bench::writeFixture(tmp.path(), total);
        auto emu = startEmulator(vfx, limitArgs);
        QNetworkAccessManager nam;
        AccountSession session(sessionConfig(vfx, emu->apiBase(), 6, {rlLimit, rlWindowS}), &nam);
        // The whole refresh is queued (the stalest first: here the table's order), then the view reports the
        // rows it shows: the middle of the list, which the refresh alone reaches after ~40 minutes.
        const quint64 batch = session.newBatch();
        const QStringList visible = vfx.domains.mid(total / 2, onScreen);
        int visibleLeft = onScreen;
        QEventLoop loop;
        QElapsedTimer clock;
        for (const QString &d : vfx.domains) {
            CallTicket *ticket = session.submit(BulkItem{d, Action::ZoneConnGetActive, {}, false, {}, {}},
                                                CallSink::Lane::Background, batch);
            if (visible.contains(d)) {
                QObject::connect(ticket, &CallTicket::finished, &loop, [&](const ApiResult &) {
                    if (--visibleLeft == 0)
                        loop.quit();
                });
            }
        }
        clock.start();
        session.setVisibleDomains(visible);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        const double ms = clock.nsecsElapsed() / 1e6;
        const double ideal = 1000.0 * onScreen / session.budget().ratePerSecond() + 2.0 * latency;
        const double ratio = ms / ideal;
        Bench::row(QStringLiteral("rows on screen fresh: ms until %1 of %2 rows are read at %3 per %4 s")
                       .arg(onScreen)
                       .arg(total)
                       .arg(rlLimit)
                       .arg(rlWindowS),
                   Bench::num(ms, 0), Bench::num(ideal, 0) + QStringLiteral(" = rows/rate + 2 lat"),
                   Bench::num(ratio, 2) + QStringLiteral(" (<=1.2)"),
                   Bench::verdict(visibleLeft == 0 && ratio <= 1.2));
        Bench::kv("viewport_fresh_ratio", Bench::num(ratio, 2));
    }
    // --- a click during a refresh: time until it is sent, against one request interval of the budget ---
    {
        const int reads = 400;
        const Bench::Fixture afx = Bench::writeFixture(tmp.path(), reads);
        auto emu = startEmulator(afx, limitArgs);
        QNetworkAccessManager nam;
        AccountSession session(sessionConfig(afx, emu->apiBase(), 6, {rlLimit, rlWindowS}), &nam);
        const quint64 batch = session.newBatch();
        for (const QString &d : afx.domains)
            session.submit(BulkItem{d, Action::ZoneConnGetActive, {}, false, {}, {}},
                           CallSink::Lane::Background, batch);
        // Let the refresh use up its burst and settle into the budget's pace.
        QEventLoop settle;
        QTimer::singleShot(5000, &settle, &QEventLoop::quit);
        settle.exec();
        std::vector<double> delays;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer clock;
            clock.start();
            CallTicket *ticket = session.submit(
                BulkItem{afx.domains.at(reads - 1 - i), Action::ConnSetModeEnabled, afx.rtkn, true, {}, {}});
            QEventLoop wait;
            double delay = -1;
            QObject::connect(ticket, &CallTicket::started, &wait, [&] {
                delay = clock.nsecsElapsed() / 1e6;
                wait.quit();
            });
            QObject::connect(ticket, &CallTicket::finished, &wait, [&] { wait.quit(); });
            QTimer::singleShot(30000, &wait, &QEventLoop::quit);
            wait.exec();
            if (delay >= 0)
                delays.push_back(delay);
            QEventLoop gap;
            QTimer::singleShot(700, &gap, &QEventLoop::quit);
            gap.exec();
        }
        const double interval = 1000.0 / session.budget().ratePerSecond();
        const double delay = Bench::median(delays);
        const double ratio = interval > 0 ? delay / interval : 0;
        Bench::row(
            QStringLiteral("click during a refresh: ms until sent (median of %1), vs one budget interval")
                .arg(delays.size()),
            Bench::num(delay, 0), Bench::num(interval, 0) + QStringLiteral(" ms"),
            Bench::num(ratio, 2) + QStringLiteral(" (<=2)"),
            Bench::verdict(delays.size() == 5 && ratio <= 2.0));
        Bench::kv("action_start_ratio", Bench::num(ratio, 2));
    }
    // --- railgunctl: server requests per changed domain, with the Railgun token given and looked up ---
    if (const QString ctl = qEnvironmentVariable("RAILGUNCTL"); !ctl.isEmpty()) {
        const int m = 50;
        const Bench::Fixture cfx = Bench::writeFixture(tmp.path(), m);
        auto emu = startEmulator(cfx, latencyArgs);
        const auto requests = [&] {
            return emu->state()
                .value(QLatin1String("stats"))
                .toObject()
                .value(QLatin1String("requests"))
                .toInt();
        };
        const auto runCtl = [&](const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("RAILGUN_EMAIL"), cfx.email);
            env.insert(QStringLiteral("RAILGUN_TOKEN"), cfx.token);
            env.insert(QStringLiteral("RAILGUN_API_URL"), emu->apiBase().toString());
            env.insert(QStringLiteral("RAILGUN_RATE_LIMIT"), QStringLiteral("0"));
            p.setProcessEnvironment(env);
            p.start(ctl, args + cfx.domains);
            p.waitForFinished(300000);
            return p.exitCode();
        };
        int before = requests();
        const int knownExit = runCtl({QStringLiteral("enable"), QStringLiteral("--rtkn"), cfx.rtkn});
        const double known = double(requests() - before) / m;
        before = requests();
        const int lookupExit = runCtl({QStringLiteral("disable")});
        const double lookup = double(requests() - before) / m;
        Bench::row(QStringLiteral("railgunctl requests per changed domain, token given (N=%1)").arg(m),
                   Bench::num(known, 2), QStringLiteral("1.00"), QStringLiteral("<=1.00"),
                   Bench::verdict(knownExit == 0 && known <= 1.0));
        Bench::row(QStringLiteral("railgunctl requests per changed domain, token looked up (N=%1)").arg(m),
                   Bench::num(lookup, 2), QStringLiteral("2.00"), QStringLiteral("<=2.00"),
                   Bench::verdict(lookupExit == 0 && lookup <= 2.0));
        Bench::kv("requests_per_change_cli_known", Bench::num(known, 2));
        Bench::kv("requests_per_change_cli_lookup", Bench::num(lookup, 2));
    }
    // Without a client-side budget: only the 429 + Retry-After handling keeps it going (informational).
    if (parser.isSet(sweepOpt)) {
        const Bench::Fixture rfx = Bench::writeFixture(tmp.path(), rlN);
        auto emu = startEmulator(rfx, limitArgs);
        const RunResult r = runBulk(emu->apiBase(), rfx, rfx.domains, 1, 6, 0);
        const double ideal = 1000.0 * rlN * rlWindowS / rlLimit;
        Bench::row(QStringLiteral("  limit, no client-side budget (429 + Retry-After only)"),
                   Bench::num(r.wallMs, 0), Bench::num(ideal, 0) + QStringLiteral(" = N/limit"),
                   Bench::num(ideal / r.wallMs, 3) +
                       QStringLiteral(" failed=%1 pauses=%2").arg(r.failed).arg(r.rateLimitPauses),
                   QStringLiteral("info"));
    }
    return 0;
}
