// The models and the proxy under QAbstractItemModelTester, with the operations the app performs.
#include "models/ActivityLogModel.h"
#include "models/DomainFilterProxy.h"
#include "models/DomainTableModel.h"
#include "models/RailgunListModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Railgun;

namespace {
RailgunInfo railgun(const QString &id, const QString &pub, const QString &status = QStringLiteral("V"))
{
    RailgunInfo r;
    r.id = id;
    r.name = QStringLiteral("name-") + id;
    r.pubname = pub;
    r.status = status;
    r.apiKey = QStringLiteral("rtkn-") + id;
    return r;
}
Connection conn(const QString &railgunId, bool enabled)
{
    Connection c;
    c.connId = QStringLiteral("c-") + railgunId;
    c.railgunId = railgunId;
    c.status = QStringLiteral("V");
    c.enabled = enabled;
    c.modeActive = enabled;
    return c;
}
QStringList names(int n, const QString &prefix = QStringLiteral("site"))
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QStringLiteral("%1%2.example.com").arg(prefix).arg(i, 5, 10, QLatin1Char('0'));
    return out;
}
} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void domainModelOperations()
    {
        DomainTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(DomainTableModel::ColumnCount));

        model.setDomains(names(10));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.addDomains({QStringLiteral("site00001.example.com"), QStringLiteral("new.example.com"),
                                   QStringLiteral("new.example.com")}),
                 1);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.rowOf(QStringLiteral("new.example.com")), 10);

        model.setRailguns({railgun(QStringLiteral("1"), QStringLiteral("Web 1"))});
        model.applyConnection(QStringLiteral("site00002.example.com"), conn(QStringLiteral("1"), true));
        const QModelIndex en = model.index(2, DomainTableModel::EnabledColumn);
        QCOMPARE(en.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.index(2, DomainTableModel::RailgunColumn).data().toString(), QStringLiteral("Web 1"));
        QCOMPARE(model.index(2, DomainTableModel::RailgunColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("name-1"));
        QCOMPARE(model.index(2, DomainTableModel::RailgunStatusColumn).data().toString(),
                 QStringLiteral("Active"));

        // One row changes: one dataChanged for that row only.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setPending(QStringLiteral("site00002.example.com"), true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        QVERIFY(model.index(2, 0).data(DomainTableModel::PendingRole).toBool());

        // A batch: contiguous rows grouped into ranges.
        changed.clear();
        model.beginBatch();
        for (int r : {5, 3, 4, 8})
            model.applyConnection(model.domainAt(r), std::nullopt);
        model.endBatch();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 5);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 8);

        // Remove non-contiguous rows; the index stays right.
        QCOMPARE(
            model.removeDomains({model.domainAt(1), model.domainAt(4), model.domainAt(5), model.domainAt(9)}),
            4);
        QCOMPARE(model.rowCount(), 7);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.rowOf(model.domainAt(r)), r);
        const auto row = model.rowFor(QStringLiteral("site00002.example.com"));
        QVERIFY(row);
        model.removeDomains({row->domain});
        model.restoreRows({*row, *row});
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.rowFor(row->domain)->railgunId, QStringLiteral("1"));
        QVERIFY(!model.rowFor(row->domain)->pending);

        model.setError(QStringLiteral("new.example.com"), QStringLiteral("boom"));
        QVERIFY(model.rowFor(QStringLiteral("new.example.com"))->error);
        model.setUnknown(row->domain, QStringLiteral("?"));
        QCOMPARE(model.rowFor(row->domain)->state, DomainTableModel::ConnectionState::Unknown);
        for (int c = 0; c < model.columnCount(); ++c) {
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
            for (int r = 0; r < model.rowCount(); ++r)
                model.index(r, c).data(DomainTableModel::RawValueRole);
        }
        model.setDomains({});
        QCOMPARE(model.rowCount(), 0);
    }

    void proxyFilters()
    {
        DomainTableModel model;
        DomainFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.setDomains(names(20));
        model.setRailguns({railgun(QStringLiteral("1"), QStringLiteral("Alpha")),
                           railgun(QStringLiteral("2"), QStringLiteral("Beta"))});
        for (int i = 0; i < 20; ++i) {
            const QString d = model.domainAt(i);
            if (i < 5)
                model.applyConnection(d, conn(QStringLiteral("1"), true));
            else if (i < 10)
                model.applyConnection(d, conn(QStringLiteral("2"), false));
            else if (i < 15)
                model.applyConnection(d, std::nullopt);
        } // 15..19 unknown
        proxy.sort(DomainTableModel::DomainColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("site00019.example.com"));

        proxy.setStateFilter(DomainFilterProxy::StateFilter::Enabled);
        QCOMPARE(proxy.rowCount(), 5);
        proxy.setStateFilter(DomainFilterProxy::StateFilter::Disabled);
        QCOMPARE(proxy.rowCount(), 5);
        proxy.setStateFilter(DomainFilterProxy::StateFilter::NotConnected);
        QCOMPARE(proxy.rowCount(), 5);
        // A row changing state leaves the filtered view.
        model.applyConnection(QStringLiteral("site00010.example.com"), conn(QStringLiteral("1"), false));
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setStateFilter(DomainFilterProxy::StateFilter::Pending);
        QCOMPARE(proxy.rowCount(), 0);
        model.setPending(QStringLiteral("site00003.example.com"), true);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStateFilter(DomainFilterProxy::StateFilter::Errors);
        model.setError(QStringLiteral("site00003.example.com"), QStringLiteral("HTTP 500"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStateFilter(DomainFilterProxy::StateFilter::All);

        proxy.setRailgunFilter(QStringLiteral("2"));
        QCOMPARE(proxy.rowCount(), 5);
        proxy.setRailgunFilter({});
        proxy.setSearchText(QStringLiteral("  SITE0001 "));
        QCOMPARE(proxy.rowCount(), 10);
        proxy.setSearchText(QStringLiteral("beta"));
        QCOMPARE(proxy.rowCount(), 5);
        proxy.setSearchText({});
        proxy.setDomainSetFilter(
            {QStringLiteral("site00000.example.com"), QStringLiteral("site00001.example.com")});
        QCOMPARE(proxy.rowCount(), 2);
        model.removeDomains({QStringLiteral("site00000.example.com")});
        QCOMPARE(proxy.rowCount(), 1);
        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), 19);

        // Sorting on the raw values of every column, with inserts while sorted.
        for (int c = 0; c < DomainTableModel::ColumnCount; ++c) {
            proxy.sort(c, Qt::AscendingOrder);
            model.addDomains({QStringLiteral("zz%1.example.org").arg(c)});
            proxy.sort(c, Qt::DescendingOrder);
        }
        proxy.sort(DomainTableModel::EnabledColumn, Qt::DescendingOrder);
        QVERIFY(proxy.index(0, 0).data(DomainTableModel::EnabledRole).toBool());
    }

    void railgunListModel()
    {
        RailgunListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRailguns({railgun(QStringLiteral("1"), QStringLiteral("Alpha")),
                           railgun(QStringLiteral("2"), QStringLiteral("Beta"), QStringLiteral("INI"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.apiKeyFor(QStringLiteral("2")), QStringLiteral("rtkn-2"));
        QCOMPARE(model.idForApiKey(QStringLiteral("rtkn-1")), QStringLiteral("1"));
        QCOMPARE(model.index(1, RailgunListModel::StatusColumn).data().toString(),
                 QStringLiteral("Initializing"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setDomainCounts({{QStringLiteral("1"), 3}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, RailgunListModel::DomainsColumn).data().toInt(), 3);
        // The token never reaches a view.
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < model.columnCount(); ++c)
                for (int role :
                     {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(RailgunListModel::RawValueRole)})
                    QVERIFY(!model.index(r, c).data(role).toString().contains(QStringLiteral("rtkn")));
        model.setRailguns({});
        QCOMPARE(model.rowCount(), 0);
    }

    void activityLogIsBounded()
    {
        ActivityLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(50);
        for (int i = 0; i < 120; ++i) {
            CallRecord rec;
            rec.startedAt = QDateTime::currentDateTime();
            rec.action = Action::ConnSetModeEnabled;
            rec.domain = QStringLiteral("d%1.example.com").arg(i);
            rec.ok = i % 3 != 0;
            rec.outcome = rec.ok ? QStringLiteral("ok") : QStringLiteral("HTTP 500");
            rec.httpStatus = rec.ok ? 200 : 500;
            rec.request = QStringLiteral("POST conn_setmode_enabled z=d.example.com&rtkn=***");
            model.addRecord(QStringLiteral("Demo"), rec);
            QVERIFY(model.rowCount() <= 50);
        }
        QCOMPARE(model.index(model.rowCount() - 1, ActivityLogModel::DomainColumn).data().toString(),
                 QStringLiteral("d119.example.com"));
        const QString text = model.toText();
        QVERIFY(text.startsWith(QStringLiteral("Time\t")));
        QVERIFY(!text.contains(QStringLiteral("rtkn=")) || text.contains(QStringLiteral("rtkn=***")));
        model.setCapacity(10);
        QCOMPARE(model.rowCount(), 10);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void scalesTo100kRows()
    {
        DomainTableModel model;
        DomainFilterProxy proxy;
        proxy.setSourceModel(&model);
        QElapsedTimer timer;
        timer.start();
        model.setDomains(names(100000, QStringLiteral("d")));
        QCOMPARE(model.rowCount(), 100000);
        model.setRailguns({railgun(QStringLiteral("1"), QStringLiteral("Alpha"))});
        model.beginBatch();
        for (int i = 0; i < 100000; i += 2)
            model.applyConnection(model.domainAt(i), conn(QStringLiteral("1"), i % 4 == 0));
        model.endBatch();
        proxy.setStateFilter(DomainFilterProxy::StateFilter::Enabled);
        QCOMPARE(proxy.rowCount(), 25000);
        QCOMPARE(model.rowOf(QStringLiteral("d99999.example.com")), 99999);
        model.removeDomains(names(1000, QStringLiteral("d")));
        QCOMPARE(model.rowOf(QStringLiteral("d99999.example.com")), 98999);
        qInfo("100k rows: load, update, filter and remove in %lld ms", timer.elapsed());
        QVERIFY(timer.elapsed() < 30000);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
