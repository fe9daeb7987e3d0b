// bench_ui: the real MainWindow (offscreen) with 100,000 domains: fill, filter keystrokes, sort, peak RSS,
// and the longest event-loop stall while the real controller enables 10,000 domains on the emulator.
//
// Needs RAILGUN_EMULATOR in the environment. Runs with QT_QPA_PLATFORM=offscreen unless told otherwise.

#include "BenchCommon.h"
#include "DomainTableView.h"
#include "EmulatorProcess.h"
#include "MainWindow.h"
#include "api/ApiReply.h"
#include "api/RailgunApi.h"
#include "models/DomainFilterProxy.h"
#include "models/DomainTableModel.h"
#include "operations/DomainController.h"
#include "session/AccountSession.h"
#include "storage/CredentialStore.h"
#include "storage/SettingsStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>
#include <vector>

using namespace Railgun;

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // KiB on Linux
}

// Runs the event loop until `done` holds (or `timeoutMs` passes); returns whether it held.
template <typename Pred> bool waitFor(Pred done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return done();
}

// Lets queued work (delayed layouts, updates) run, then paints the whole window.
void settleAndPaint(QWidget *window)
{
    QCoreApplication::processEvents();
    window->grab();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption nOpt(QStringLiteral("n"), QStringLiteral("Domains in the table."),
                                  QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption bulkOpt(QStringLiteral("bulk-n"), QStringLiteral("Domains in the bulk run."),
                                     QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption latencyOpt(QStringLiteral("latency"),
                                        QStringLiteral("Emulator latency in the bulk run (ms)."),
                                        QStringLiteral("MS"), QStringLiteral("5"));
    const QCommandLineOption concOpt(QStringLiteral("concurrency"), QStringLiteral("Bulk concurrency."),
                                     QStringLiteral("C"), QStringLiteral("8"));
    const QCommandLineOption keysOpt(QStringLiteral("keys"),
                                     QStringLiteral("Characters typed into the search."),
                                     QStringLiteral("TEXT"), QStringLiteral("73512"));
    parser.addOptions({nOpt, bulkOpt, latencyOpt, concOpt, keysOpt});
    parser.process(app);
    const int n = parser.value(nOpt).toInt();
    const int bulkN = qMin(n, parser.value(bulkOpt).toInt());
    const QString keys = parser.value(keysOpt);

    QTemporaryDir tmp;
    const Bench::Fixture fx = Bench::writeFixture(tmp.path(), bulkN);
    EmulatorProcess emu({QStringLiteral("--fixture"), fx.path, QStringLiteral("--quiet"),
                         QStringLiteral("--latency_ms"), parser.value(latencyOpt)});
    QString error;
    if (!emu.start(&error)) {
        std::fprintf(stderr, "bench_ui: cannot start the emulator: %s\n", qPrintable(error));
        return 2;
    }

    // The real window, with settings and data in a scratch folder; start() is not called (no keychain).
    SettingsStore accounts(tmp.filePath(QStringLiteral("settings.ini")));
    CredentialStore credentials(QStringLiteral("railgun-desk-bench"));
    MainWindow window(&accounts, &credentials, tmp.filePath(QStringLiteral("data")));
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "bench_ui: the window was never exposed\n");
        return 2;
    }
    DomainTableModel *model = window.domainModel();
    DomainController *controller = window.controller();
    DomainTableView *view = window.tableView();
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));

    // The account's session on the emulator (what AccountSwitcher would set up), without a client-side limit.
    QNetworkAccessManager nam;
    SessionConfig config;
    config.credentials.email = fx.email;
    config.credentials.token = fx.token;
    config.options.baseUrl = emu.apiBase();
    config.concurrency = parser.value(concOpt).toInt();
    config.rateLimit = {0, 1};
    AccountSession session(config, &nam);
    controller->setSession(&session);
    bool railgunsListed = false;
    QObject::connect(controller, &DomainController::railgunsChanged, &app, [&] { railgunsListed = true; });
    controller->refreshRailguns();
    if (!waitFor([&] { return railgunsListed; }, 10000)) {
        std::fprintf(stderr, "bench_ui: could not list the Railguns\n");
        return 2;
    }

    QStringList domains;
    domains.reserve(n);
    for (int i = 0; i < n; ++i)
        domains << Bench::benchDomain(i);

    // --- fill: model reset + view layout + first paint ---
    QElapsedTimer clock;
    clock.start();
    model->setDomains(domains);
    const qint64 resetMs = clock.elapsed();
    settleAndPaint(&window);
    const double fillMs = clock.nsecsElapsed() / 1e6;
    const bool filled = view->model()->rowCount() == n;
    Bench::row(QStringLiteral("ui fill ms (%1 rows: reset %2 ms + layout/paint)").arg(n).arg(resetMs),
               Bench::num(fillMs, 1), QStringLiteral("-"), QStringLiteral("<=500"),
               Bench::verdict(fillMs <= 500 && filled));
    Bench::kv("ui_fill_ms", Bench::num(fillMs, 1));

    // Confirmed states as a refresh would leave them: the bulk domains connected (disabled), others not.
    clock.restart();
    model->beginBatch();
    for (int i = 0; i < n; ++i) {
        if (i < bulkN)
            model->applyConnected(domains.at(i), fx.railgunId, false);
        else
            model->applyDisconnected(domains.at(i));
    }
    model->endBatch();
    settleAndPaint(&window);
    Bench::row(QStringLiteral("ui apply %1 confirmed states (one batch) ms").arg(n),
               Bench::num(clock.nsecsElapsed() / 1e6, 1), QStringLiteral("-"), QStringLiteral("-"),
               QStringLiteral("info"));

    // --- sort by two columns (through the header, as a click would) ---
    const QList<QPair<int, QString>> sortColumns{{DomainTableModel::EnabledColumn, QStringLiteral("enabled")},
                                                 {DomainTableModel::DomainColumn, QStringLiteral("domain")}};
    for (const auto &[column, name] : sortColumns) {
        clock.restart();
        view->sortByColumn(column, Qt::DescendingOrder);
        settleAndPaint(&window);
        Bench::row(QStringLiteral("ui sort by %1 ms").arg(name), Bench::num(clock.nsecsElapsed() / 1e6, 1),
                   QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("info"));
    }

    // --- filter: one keystroke at a time into the real search field, each applied and painted ---
    // The window applies the search once typing pauses for 150 ms, or at once on Enter. Each sample types
    // one character and presses Enter: the refilter + full paint a pause brings, without the wait itself.
    DomainFilterProxy *proxy = window.proxy();
    const auto applied = [&] {
        return proxy->searchText() == search->text().trimmed().toLower();
    };
    std::vector<double> keyMs;
    QStringList perKey;
    bool allApplied = true;
    for (const QChar ch : keys) {
        clock.restart();
        QTest::keyClicks(search, QString(ch));
        QTest::keyClick(search, Qt::Key_Return);
        settleAndPaint(&window);
        keyMs.push_back(clock.nsecsElapsed() / 1e6);
        allApplied = allApplied && applied();
        perKey << QStringLiteral("%1:%2").arg(ch).arg(keyMs.back(), 0, 'f', 1);
    }
    const double filterMs = Bench::median(keyMs);
    const int shown = view->model()->rowCount();
    std::fprintf(stderr, "ui: keystrokes+Enter %s -> %d rows shown, filter applied each time: %s\n",
                 qPrintable(perKey.join(QLatin1Char(' '))), shown, allApplied ? "yes" : "NO");
    Bench::row(QStringLiteral("ui filter ms per keystroke (char + Enter, median of %1, sorted by domain)")
                   .arg(keyMs.size()),
               Bench::num(filterMs, 1),
               QStringLiteral("max ") + Bench::num(*std::max_element(keyMs.begin(), keyMs.end()), 1),
               QStringLiteral("<=50"), Bench::verdict(filterMs <= 50 && allApplied));
    Bench::kv("ui_filter_ms", Bench::num(filterMs, 1));

    // The same with typing alone: the debounce applies it (keystroke -> filtered and painted).
    search->backspace();
    QTest::keyClick(search, Qt::Key_Return);
    settleAndPaint(&window);
    clock.restart();
    QTest::keyClicks(search, keys.right(1));
    const bool debounced = waitFor(applied, 5000);
    settleAndPaint(&window);
    Bench::row(QStringLiteral("ui keystroke to filtered table, debounced (incl. the 150 ms pause) ms"),
               Bench::num(clock.nsecsElapsed() / 1e6, 1), QStringLiteral("-"), QStringLiteral("-"),
               debounced ? QStringLiteral("info") : QStringLiteral("miss"));
    clock.restart();
    search->clear();
    settleAndPaint(&window);
    Bench::row(QStringLiteral("ui clear filter ms"), Bench::num(clock.nsecsElapsed() / 1e6, 1),
               QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("info"));

    // --- the longest event-loop stall during a bulk run ---
    QElapsedTimer tickClock;
    qint64 lastTick = -1;
    qint64 maxGapNs = 0;
    qint64 ticks = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const qint64 t = tickClock.nsecsElapsed();
        if (lastTick >= 0)
            maxGapNs = qMax(maxGapNs, t - lastTick);
        lastTick = t;
        ++ticks;
    });
    bool runDone = false;
    DomainController::Summary summary;
    QObject::connect(controller, &DomainController::runFinished, &app,
                     [&](const DomainController::Summary &s) {
                         summary = s;
                         runDone = true;
                     });
    const QStringList bulkDomains = domains.mid(0, bulkN);
    const auto serverRequests = [&emu] {
        return emu.state().value(QLatin1String("stats")).toObject().value(QLatin1String("requests")).toInt();
    };
    const int requestsBefore = serverRequests();
    tickClock.start();
    ticker.start();
    QElapsedTimer runClock;
    runClock.start();
    const bool started = controller->enable(bulkDomains);
    waitFor([&] { return runDone || !started; }, 600000);
    ticker.stop();
    const qint64 runMs = runClock.elapsed();
    const double stallMs = maxGapNs / 1e6;
    int enabledRows = 0;
    for (int i = 0; i < bulkN; ++i)
        enabledRows += model->rowAt(model->rowOf(bulkDomains.at(i))).enabled;
    std::fprintf(stderr, "ui: bulk run %lld ms, %lld ticks, succeeded %d, failed %lld, enabled rows %d\n",
                 runMs, ticks, summary.succeeded, qlonglong(summary.failed.size()), enabledRows);
    Bench::row(QStringLiteral("ui longest stall ms (1 ms timer; %1-domain bulk, %2 ms, %3 rows)")
                   .arg(bulkN)
                   .arg(runMs)
                   .arg(n),
               Bench::num(stallMs, 1), QStringLiteral("%1/%2 enabled").arg(enabledRows).arg(bulkN),
               QStringLiteral("<=50"), Bench::verdict(stallMs <= 50 && enabledRows == bulkN));
    Bench::kv("ui_max_stall_ms", Bench::num(stallMs, 1));
    // The app knows every row's Railgun (and so its token) from the refresh: one request per change.
    const double perChange = double(serverRequests() - requestsBefore) / qMax(1, summary.succeeded);
    Bench::row(QStringLiteral("app requests per changed domain (the bulk Enable above)"),
               Bench::num(perChange, 2), QStringLiteral("1.00"), QStringLiteral("<=1.00"),
               Bench::verdict(perChange <= 1.0 && summary.succeeded == bulkN));
    Bench::kv("requests_per_change_app", Bench::num(perChange, 2));

    const double rss = peakRssMb();
    Bench::row(QStringLiteral("ui peak RSS MB (ru_maxrss)"), Bench::num(rss, 1), QStringLiteral("-"),
               QStringLiteral("<=250"), Bench::verdict(rss <= 250));
    Bench::kv("rss_mb", Bench::num(rss, 1));
    return 0;
}
