// The plan from a desired-state file (DesiredPlan): every kind of change, what is refused up front and why,
// the cost at a rate budget, the safe order of the calls, and no secret in its JSON.
#include "desired/DesiredPlan.h"
#include "desired/RailgunReference.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Railgun;
using Kind = DesiredPlan::Kind;

namespace {
RailgunInfo railgun(const char *id, const char *name, const char *pubname, const char *status = "V")
{
    RailgunInfo r;
    r.id = QLatin1String(id);
    r.name = QLatin1String(name);
    r.pubname = QString::fromUtf8(pubname);
    r.status = QLatin1String(status);
    r.apiKey = QStringLiteral("secret-rtkn-") + r.id;
    return r;
}

const QList<RailgunInfo> kRailguns{
    railgun("1", "rg-fra-1", "Frankfurt edge"),
    railgun("2", "rg-ams-1", "Amsterdam edge"),
    railgun("3", "rg-lon-1", "Shared"),
    railgun("4", "rg-sgp-1", "Singapore edge", "INI"),
    railgun("5", "rg-nyc-1", "Shared"),
    railgun("6", "rg-old-1", "Old edge", "D"),
    railgun("7", "rg-fra-1", "Frankfurt replacement", "D"),
    railgun("8", "1", "Named like an id"),
};

CurrentState notConnected()
{
    return {};
}
CurrentState connectedTo(const char *railgunId, bool enabled)
{
    Connection c;
    c.railgunId = QLatin1String(railgunId);
    c.enabled = enabled;
    c.modeActive = enabled;
    c.status = QStringLiteral("V");
    return {c, QString()};
}
DesiredEntry want(int line, const char *domain, const char *railgun, bool enabled)
{
    return {line, QLatin1String(domain), QString::fromUtf8(railgun), enabled};
}
} // namespace

class TestDesiredPlan final : public QObject
{
    Q_OBJECT

private slots:
    void everyKind()
    {
        const QList<DesiredEntry> entries{
            want(2, "connect.example", "rg-ams-1", true),
            want(3, "connect-off.example", "Amsterdam edge", false),
            want(4, "move.example", "2", true),
            want(5, "enable.example", "rg-fra-1", true),
            want(6, "disable.example", "FRANKFURT EDGE", false),
            want(7, "disconnect.example", "", false),
            want(8, "same.example", "rg-fra-1", true),
            want(9, "same-off.example", "", false),
        };
        const QHash<QString, CurrentState> current{
            {QStringLiteral("connect.example"), notConnected()},
            {QStringLiteral("connect-off.example"), notConnected()},
            {QStringLiteral("move.example"), connectedTo("1", false)},
            {QStringLiteral("enable.example"), connectedTo("1", false)},
            {QStringLiteral("disable.example"), connectedTo("1", true)},
            {QStringLiteral("disconnect.example"), connectedTo("2", true)},
            {QStringLiteral("same.example"), connectedTo("1", true)},
            {QStringLiteral("same-off.example"), notConnected()},
            {QStringLiteral("not-in-file.example"), connectedTo("1", true)},
        };
        const DesiredPlan plan = DesiredPlan::make(entries, current, kRailguns);
        QVERIFY(plan.problems().isEmpty());
        QCOMPARE(plan.changes().size(), 6);
        QCOMPARE(plan.unchanged(), 2);
        QCOMPARE(plan.count(Kind::Connect), 2);
        QCOMPARE(plan.count(Kind::Move), 1);
        QCOMPARE(plan.count(Kind::Enable), 1);
        QCOMPARE(plan.count(Kind::Disable), 1);
        QCOMPARE(plan.count(Kind::Disconnect), 1);
        QCOMPARE(plan.requestCount(), 7); // the move costs two
        QVERIFY(plan.hasChanges());

        const DesiredPlan::Change &move = plan.changes().at(2);
        QCOMPARE(move.kind, Kind::Move);
        QCOMPARE(move.line, 4);
        QCOMPARE(move.fromRailgunId, QStringLiteral("1"));
        QCOMPARE(move.toRailgunId, QStringLiteral("2"));
        QCOMPARE(move.enabledBefore, false);
        QCOMPARE(move.enabledAfter, true);
        QCOMPARE(plan.changes().at(1).toRailgunId, QStringLiteral("2"));
        QCOMPARE(plan.changes().at(1).enabledAfter, false);
        QCOMPARE(plan.changes().at(5).fromRailgunId, QStringLiteral("2"));
        QVERIFY(plan.changes().at(5).toRailgunId.isEmpty());
    }

    void safeOrder()
    {
        const QList<DesiredEntry> entries{
            want(1, "a.example", "rg-ams-1", true), want(2, "b.example", "", false),
            want(3, "c.example", "rg-ams-1", false), want(4, "d.example", "2", false)};
        const QHash<QString, CurrentState> current{{QStringLiteral("a.example"), connectedTo("1", true)},
                                                   {QStringLiteral("b.example"), connectedTo("1", false)},
                                                   {QStringLiteral("c.example"), notConnected()},
                                                   {QStringLiteral("d.example"), connectedTo("2", true)}};
        const DesiredPlan plan = DesiredPlan::make(entries, current, kRailguns);
        const QList<QList<DesiredPlan::Step>> phases = plan.phases();
        QCOMPARE(phases.size(), 3);
        // First the deletes: the move's first half and the disconnect, each with the Railgun it leaves.
        QCOMPARE(phases.at(0).size(), 2);
        QCOMPARE(phases.at(0).at(0).action, Action::ConnDelete);
        QCOMPARE(phases.at(0).at(0).domain, QStringLiteral("a.example"));
        QCOMPARE(phases.at(0).at(0).railgunId, QStringLiteral("1"));
        QCOMPARE(phases.at(0).at(1).domain, QStringLiteral("b.example"));
        // Then conn_set: the move's second half (mode = enabled) and the connect.
        QCOMPARE(phases.at(1).size(), 2);
        QCOMPARE(phases.at(1).at(0).action, Action::ConnSet);
        QCOMPARE(phases.at(1).at(0).domain, QStringLiteral("a.example"));
        QCOMPARE(phases.at(1).at(0).railgunId, QStringLiteral("2"));
        QCOMPARE(phases.at(1).at(0).flag, true);
        QCOMPARE(phases.at(1).at(0).change, 0);
        QCOMPARE(phases.at(1).at(1).flag, false);
        // Then the mode changes.
        QCOMPARE(phases.at(2).size(), 1);
        QCOMPARE(phases.at(2).at(0).action, Action::ConnSetModeDisabled);
        QCOMPARE(phases.at(2).at(0).railgunId, QStringLiteral("2"));
    }

    void refusedUpFront_data()
    {
        QTest::addColumn<QString>("railgun");
        QTest::addColumn<bool>("connected");
        QTest::addColumn<QString>("connectedTo");
        QTest::addColumn<QString>("words");

        QTest::newRow("unknown name") << "rg-nowhere" << false << ""
                                      << "No Railgun";
        QTest::newRow("ambiguous pubname") << "shared" << false << ""
                                           << "ambiguous";
        QTest::newRow("ambiguous id vs name") << "1" << false << ""
                                              << "ambiguous";
        QTest::newRow("initializing") << "rg-sgp-1" << false << ""
                                      << "not active";
        QTest::newRow("deleted only match") << "Old edge" << false << ""
                                            << "not active";
        QTest::newRow("move from unknown Railgun") << "rg-ams-1" << true << "99"
                                                   << "not in this account";
        QTest::newRow("move from deleted Railgun") << "rg-ams-1" << true << "6"
                                                   << "deleted";
        QTest::newRow("move to initializing") << "rg-sgp-1" << true << "2"
                                              << "not active";
        QTest::newRow("disconnect from unknown") << "" << true << "99"
                                                 << "not in this account";
        QTest::newRow("enable on deleted") << "6" << true << "6"
                                           << "deleted";
    }
    void refusedUpFront()
    {
        QFETCH(QString, railgun);
        QFETCH(bool, connected);
        QFETCH(QString, connectedTo);
        QFETCH(QString, words);
        const DesiredEntry entry{7, QStringLiteral("x.example"), railgun, !railgun.isEmpty()};
        CurrentState state;
        if (connected) {
            Connection c;
            c.railgunId = connectedTo;
            c.enabled = false;
            state.connection = c;
        }
        const DesiredPlan plan = DesiredPlan::make({entry}, {{entry.domain, state}}, kRailguns);
        QVERIFY(!plan.hasChanges());
        QCOMPARE(plan.problems().size(), 1);
        QCOMPARE(plan.problems().at(0).line, 7);
        QCOMPARE(plan.problems().at(0).domain, QStringLiteral("x.example"));
        QVERIFY2(plan.problems().at(0).message.contains(words, Qt::CaseInsensitive),
                 qPrintable(plan.problems().at(0).message));
    }

    void ambiguousListsTheCandidates()
    {
        const RailgunReference::Resolution r =
            RailgunReference::resolve(QStringLiteral(" SHARED "), kRailguns);
        QVERIFY(!r.ok());
        QCOMPARE(r.candidates.size(), 2);
        QVERIFY2(r.error.contains(QStringLiteral("rg-lon-1")) && r.error.contains(QStringLiteral("rg-nyc-1")),
                 qPrintable(r.error));
        QVERIFY(r.error.contains(QStringLiteral("3")) && r.error.contains(QStringLiteral("5")));
    }

    void resolution_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("id");
        QTest::newRow("id") << "2"
                            << "2";
        QTest::newRow("name") << "rg-ams-1"
                              << "2";
        QTest::newRow("name any case") << "RG-AMS-1"
                                       << "2";
        QTest::newRow("pubname") << "amsterdam edge"
                                 << "2";
        QTest::newRow("spaces") << "  Amsterdam edge "
                                << "2";
        // A deleted Railgun that shares a name with a live one does not make it ambiguous.
        QTest::newRow("live before deleted") << "rg-fra-1"
                                             << "1";
        QTest::newRow("deleted by its own name") << "rg-old-1"
                                                 << "6";
        QTest::newRow("deleted by id") << "7"
                                       << "7";
    }
    void resolution()
    {
        QFETCH(QString, reference);
        QFETCH(QString, id);
        const RailgunReference::Resolution r = RailgunReference::resolve(reference, kRailguns);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.railgun->id, id);
    }

    void exportReferenceFindsTheSameRailgun()
    {
        for (const RailgunInfo &r : kRailguns) {
            const QString ref = RailgunReference::referenceFor(r, kRailguns);
            const RailgunReference::Resolution back = RailgunReference::resolve(ref, kRailguns);
            QVERIFY2(back.ok() && back.railgun->id == r.id, qPrintable(r.id + QLatin1String(" -> ") + ref));
        }
        QCOMPARE(RailgunReference::referenceFor(kRailguns.at(1), kRailguns), QStringLiteral("rg-ams-1"));
        QCOMPARE(RailgunReference::referenceFor(kRailguns.at(7), kRailguns),
                 QStringLiteral("8")); // "1" is an id
        RailgunInfo formula = railgun("9", "=HYPERLINK(\"x\")", "Formula");
        QCOMPARE(RailgunReference::referenceFor(formula, {formula}), QStringLiteral("9"));
    }

    void unknownStateIsAProblem()
    {
        CurrentState failed;
        failed.error = QStringLiteral("Timed out.");
        const DesiredPlan plan =
            DesiredPlan::make({want(3, "a.example", "1", true), want(4, "b.example", "", false)},
                              {{QStringLiteral("a.example"), failed}}, kRailguns);
        QCOMPARE(plan.problems().size(), 2);
        QVERIFY(plan.problems().at(0).message.contains(QStringLiteral("Timed out.")));
        QCOMPARE(plan.problems().at(1).line, 4);
        QVERIFY(!plan.hasChanges());
        QCOMPARE(plan.unchanged(), 0);
    }

    void unchangedAreNotProblems()
    {
        // Already as the file says, even when the Railgun named is initializing or deleted: nothing to send.
        const DesiredPlan plan =
            DesiredPlan::make({want(1, "a.example", "6", false)},
                              {{QStringLiteral("a.example"), connectedTo("6", false)}}, kRailguns);
        QVERIFY(plan.problems().isEmpty());
        QCOMPARE(plan.unchanged(), 1);
        QVERIFY(!plan.hasChanges());
        QCOMPARE(plan.requestCount(), 0);
        QCOMPARE(plan.seconds(RateBudget()), 0);
    }

    void budget_data()
    {
        QTest::addColumn<int>("requests");
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("default, one") << 1200 << 300 << 1 << qint64(1);
        QTest::newRow("default, 4/s") << 1200 << 300 << 8 << qint64(2);
        QTest::newRow("default, rounds up") << 1200 << 300 << 9 << qint64(3);
        QTest::newRow("default, a full window") << 1200 << 300 << 1200 << qint64(300);
        QTest::newRow("default, 10k") << 1200 << 300 << 10000 << qint64(2500);
        QTest::newRow("tight") << 60 << 60 << 61 << qint64(61);
        QTest::newRow("none") << 1200 << 300 << 0 << qint64(0);
        QTest::newRow("no budget") << 0 << 300 << 5 << qint64(0);
        QTest::newRow("no overflow") << 1 << 3600 << 2000000000 << qint64(7200000000000);
    }
    void budget()
    {
        QFETCH(int, requests);
        QFETCH(int, window);
        QFETCH(int, count);
        QFETCH(qint64, seconds);
        QCOMPARE((RateBudget{requests, window}.secondsFor(count)), seconds);
    }

    void manyDomains()
    {
        QList<DesiredEntry> entries;
        QHash<QString, CurrentState> current;
        for (int i = 0; i < 3000; ++i) {
            const QString domain = QStringLiteral("d%1.example").arg(i);
            entries.append({i + 2, domain, QStringLiteral("rg-ams-1"), i % 2 == 0});
            current.insert(domain, i % 3 == 0 ? notConnected() : connectedTo(i % 3 == 1 ? "1" : "2", false));
        }
        const DesiredPlan plan = DesiredPlan::make(entries, current, kRailguns);
        QCOMPARE(plan.count(Kind::Connect), 1000);
        QCOMPARE(plan.count(Kind::Move), 1000);
        QCOMPARE(plan.count(Kind::Enable), 500); // on "2", even i
        QCOMPARE(plan.unchanged(), 500);
        QCOMPARE(plan.requestCount(), 1000 + 2000 + 500);
        QCOMPARE(plan.seconds(RateBudget()), qint64(875));
    }

    void jsonHasNoSecret()
    {
        const DesiredPlan plan =
            DesiredPlan::make({want(2, "a.example", "rg-ams-1", true), want(3, "b.example", "nowhere", true)},
                              {{QStringLiteral("a.example"), connectedTo("1", true)},
                               {QStringLiteral("b.example"), notConnected()}},
                              kRailguns);
        const QJsonObject o = plan.toJson(RateBudget{600, 300});
        const QByteArray text = QJsonDocument(o).toJson();
        QVERIFY(!text.contains("secret-rtkn"));
        QCOMPARE(o.value(QLatin1String("requests")).toInt(), 2);
        QCOMPARE(o.value(QLatin1String("seconds")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("counts")).toObject().value(QLatin1String("move")).toInt(), 1);
        QCOMPARE(o.value(QLatin1String("budget")).toObject().value(QLatin1String("requests")).toInt(), 600);
        const QJsonObject change = o.value(QLatin1String("changes")).toArray().at(0).toObject();
        QCOMPARE(change.value(QLatin1String("kind")).toString(), QStringLiteral("move"));
        QCOMPARE(change.value(QLatin1String("from_railgun_id")).toString(), QStringLiteral("1"));
        QCOMPARE(change.value(QLatin1String("to_railgun_id")).toString(), QStringLiteral("2"));
        QCOMPARE(change.value(QLatin1String("line")).toInt(), 2);
        const QJsonObject problem = o.value(QLatin1String("problems")).toArray().at(0).toObject();
        QCOMPARE(problem.value(QLatin1String("line")).toInt(), 3);
        QCOMPARE(problem.value(QLatin1String("domain")).toString(), QStringLiteral("b.example"));
    }
};

QTEST_GUILESS_MAIN(TestDesiredPlan)
#include "tst_desiredplan.moc"
