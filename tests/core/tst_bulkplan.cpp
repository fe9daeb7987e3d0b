// BulkPlan: which calls a bulk operation sends and which domains it skips (and why), the target check
// and the undo inverse, on real models without a server.
#include "models/DomainTableModel.h"
#include "models/RailgunListModel.h"
#include "operations/BulkPlan.h"

#include <QTest>

using namespace Railgun;

namespace {

RailgunInfo railgun(const QString &id, const QString &key)
{
    RailgunInfo info;
    info.id = id;
    info.apiKey = key;
    return info;
}

QStringList describe(const QList<BulkItem> &items)
{
    QStringList out;
    for (const BulkItem &i : items)
        out.append(QStringLiteral("%1 %2 %3 %4")
                       .arg(i.domain, actionName(i.action), i.rtkn,
                            i.flag ? QStringLiteral("on") : QStringLiteral("off")));
    return out;
}

QStringList describe(const QList<DomainReason> &skipped)
{
    QStringList out;
    for (const DomainReason &s : skipped)
        out.append(s.domain + QStringLiteral(": ") + s.reason);
    return out;
}

} // namespace

class TestBulkPlan : public QObject
{
    Q_OBJECT

private:
    DomainTableModel m_domains;
    RailgunListModel m_railguns;
    // every domain of the table, plus one that is not listed (ignored by every plan)
    const QStringList m_all{QStringLiteral("on.r1"),     QStringLiteral("off.r1"),  QStringLiteral("free"),
                            QStringLiteral("unknown"),   QStringLiteral("pending"), QStringLiteral("on.r2"),
                            QStringLiteral("not.listed")};

    static QString s(const char *text) { return QString::fromLatin1(text); }

private slots:
    void initTestCase()
    {
        m_railguns.setRailguns({railgun(s("r1"), s("k1")), railgun(s("r2"), s("k2"))});
        m_domains.addDomains(m_all.mid(0, 6));
        m_domains.applyConnected(s("on.r1"), s("r1"), true);
        m_domains.applyConnected(s("off.r1"), s("r1"), false);
        m_domains.applyDisconnected(s("free"));
        m_domains.applyConnected(s("pending"), s("r1"), true);
        m_domains.setPending(s("pending"), true);
        m_domains.applyConnected(s("on.r2"), s("r2"), true);
    }

    void reads()
    {
        QCOMPARE(describe(BulkPlan::readAll(m_domains).items),
                 // the never-read row first (the stalest), then the others in the table's order
                 QStringList({s("unknown zone_conn_get_active  off"), s("on.r1 zone_conn_get_active  off"),
                              s("off.r1 zone_conn_get_active  off"), s("free zone_conn_get_active  off"),
                              s("on.r2 zone_conn_get_active  off")}));
        QVERIFY(BulkPlan::readAll(m_domains).skipped.isEmpty());

        const BulkPlan plan = BulkPlan::read(m_domains, {s("free"), s("pending"), s("not.listed")});
        QCOMPARE(describe(plan.items), QStringList({s("free zone_conn_get_active  off")}));
        QCOMPARE(describe(plan.skipped), QStringList({s("pending: A call for this domain is in progress.")}));
    }

    void enable()
    {
        const BulkPlan plan = BulkPlan::setEnabled(m_domains, m_railguns, m_all, true);
        QCOMPARE(describe(plan.items), QStringList({s("off.r1 conn_setmode_enabled k1 off")}));
        QCOMPARE(describe(plan.skipped),
                 QStringList({s("on.r1: Already enabled."), s("free: Not connected to a Railgun."),
                              s("unknown: Not connected to a Railgun."),
                              s("pending: A call for this domain is in progress."),
                              s("on.r2: Already enabled.")}));
    }

    void disable()
    {
        const BulkPlan plan = BulkPlan::setEnabled(m_domains, m_railguns, m_all, false);
        QCOMPARE(describe(plan.items), QStringList({s("on.r1 conn_setmode_disabled k1 off"),
                                                    s("on.r2 conn_setmode_disabled k2 off")}));
        QCOMPARE(describe(plan.skipped),
                 QStringList({s("off.r1: Already disabled."), s("free: Not connected to a Railgun."),
                              s("unknown: Not connected to a Railgun."),
                              s("pending: A call for this domain is in progress.")}));
    }

    void connectTo()
    {
        const BulkPlan plan = BulkPlan::connectTo(m_domains, m_railguns, m_all, s("r1"), true);
        QCOMPARE(describe(plan.items), QStringList({s("off.r1 conn_set k1 on"), s("free conn_set k1 on"),
                                                    s("unknown conn_set k1 on")}));
        QCOMPARE(describe(plan.skipped),
                 QStringList({s("on.r1: Already connected in this mode."),
                              s("pending: A call for this domain is in progress."),
                              s("on.r2: Connected to another Railgun: disconnect it first.")}));
    }

    void disconnect()
    {
        const BulkPlan plan = BulkPlan::disconnect(m_domains, m_railguns, m_all);
        QCOMPARE(describe(plan.items),
                 QStringList({s("on.r1 conn_delete k1 off"), s("off.r1 conn_delete k1 off"),
                              s("on.r2 conn_delete k2 off")}));
        QCOMPARE(describe(plan.skipped),
                 QStringList({s("free: Not connected."), s("unknown: State unknown: refresh first."),
                              s("pending: A call for this domain is in progress.")}));
    }

    void undo()
    {
        const QList<BulkItem> inverse{{s("on.r1"), Action::ConnSetModeDisabled, s("k1"), false, {}, {}},
                                      {s("pending"), Action::ConnDelete, s("k1"), false, {}, {}},
                                      {s("not.listed"), Action::ConnDelete, s("k1"), false, {}, {}}};
        const BulkPlan plan = BulkPlan::undo(m_domains, inverse);
        QCOMPARE(describe(plan.items), QStringList({s("on.r1 conn_setmode_disabled k1 off")}));
        QCOMPARE(describe(plan.skipped), QStringList({s("pending: A call for this domain is in progress."),
                                                      s("not.listed: No longer in the list.")}));
    }

    void reachedTarget()
    {
        const auto row = [this](const char *d) {
            return *m_domains.rowFor(s(d));
        };
        const auto item = [](Action a, const char *key = "", bool flag = false) {
            return BulkItem{QString(), a, QString::fromLatin1(key), flag, {}, {}};
        };
        QVERIFY(BulkPlan::reachedTarget(item(Action::ConnSetModeEnabled), row("on.r1"), m_railguns));
        QVERIFY(!BulkPlan::reachedTarget(item(Action::ConnSetModeEnabled), row("off.r1"), m_railguns));
        QVERIFY(!BulkPlan::reachedTarget(item(Action::ConnSetModeDisabled), row("free"), m_railguns));
        QVERIFY(BulkPlan::reachedTarget(item(Action::ConnSetModeDisabled), row("off.r1"), m_railguns));
        QVERIFY(BulkPlan::reachedTarget(item(Action::ConnSet, "k1", true), row("on.r1"), m_railguns));
        QVERIFY(!BulkPlan::reachedTarget(item(Action::ConnSet, "k1", false), row("on.r1"), m_railguns));
        QVERIFY(!BulkPlan::reachedTarget(item(Action::ConnSet, "k1", true), row("on.r2"), m_railguns));
        QVERIFY(BulkPlan::reachedTarget(item(Action::ConnDelete, "k1"), row("free"), m_railguns));
        QVERIFY(!BulkPlan::reachedTarget(item(Action::ConnDelete, "k1"), row("unknown"), m_railguns));
        QVERIFY(BulkPlan::reachedTarget(item(Action::ZoneConnGetActive), row("unknown"), m_railguns));
    }

    void inverseOf_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("inverse"); // empty: nothing to undo
        QTest::newRow("enabled") << s("off.r1") << s("on.r1") << s("d conn_setmode_disabled k1 off");
        QTest::newRow("disabled") << s("on.r1") << s("off.r1") << s("d conn_setmode_enabled k1 off");
        QTest::newRow("connected") << s("free") << s("on.r2") << s("d conn_delete k2 off");
        QTest::newRow("disconnected (was on)") << s("on.r2") << s("free") << s("d conn_set k2 on");
        QTest::newRow("disconnected (was off)") << s("off.r1") << s("free") << s("d conn_set k1 off");
        QTest::newRow("unchanged") << s("on.r1") << s("on.r1") << QString();
        QTest::newRow("other Railgun") << s("on.r1") << s("on.r2") << QString();
        QTest::newRow("became unknown") << s("on.r1") << s("unknown") << QString();
        QTest::newRow("was unknown") << s("unknown") << s("on.r1") << QString();
    }

    void inverseOf()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, inverse);
        DomainTableModel::Row afterRow = *m_domains.rowFor(after);
        afterRow.domain = s("d");
        const auto item = BulkPlan::inverseOf(*m_domains.rowFor(before), afterRow, m_railguns);
        QCOMPARE(item ? describe({*item}).value(0) : QString(), inverse);
    }
};

QTEST_GUILESS_MAIN(TestBulkPlan)
#include "tst_bulkplan.moc"
