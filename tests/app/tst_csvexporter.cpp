// The table out: CSV export of what is shown. (Domain lists coming in: tests/core/tst_domainlist.)
#include "CsvExporter.h"
#include "models/DomainFilterProxy.h"
#include "models/DomainTableModel.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Railgun;

class TestCsvExporter : public QObject
{
    Q_OBJECT

private slots:
    void exportWritesWhatIsShown()
    {
        DomainTableModel model;
        model.setDomains({QStringLiteral("alpha.example"), QStringLiteral("beta.example"),
                          QStringLiteral("gamma.example")});
        RailgunInfo railgun;
        railgun.id = QStringLiteral("7");
        railgun.pubname = QStringLiteral("Edge, \"Frankfurt\"");
        railgun.status = QStringLiteral("V");
        railgun.apiKey = QStringLiteral("SECRET-RTKN-0123456789");
        model.setRailguns({railgun});
        model.applyConnected(QStringLiteral("alpha.example"), QStringLiteral("7"), true);
        model.applyConnected(QStringLiteral("beta.example"), QStringLiteral("7"), false);
        model.setError(QStringLiteral("gamma.example"), QStringLiteral("=HYPERLINK(\"http://evil\")"));

        DomainFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setStateFilter(DomainFilterProxy::StateFilter::Enabled);
        QCOMPARE(proxy.rowCount(), 1);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shown.csv"));
        QString error;
        QVERIFY2(CsvExporter::write(&proxy, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // header + the one enabled row
        QVERIFY(lines.at(1).startsWith(QLatin1String("alpha.example,")));
        QVERIFY(csv.contains(QLatin1String("\"Edge, \"\"Frankfurt\"\"\""))); // RFC 4180 quoting
        QVERIFY(!csv.contains(QLatin1String("SECRET-RTKN")));
        QVERIFY(!csv.contains(QLatin1String("beta.example")));

        // Everything shown: the error row is exported with its formula defused.
        proxy.setStateFilter(DomainFilterProxy::StateFilter::All);
        const QString all = CsvExporter::toCsv(&proxy);
        QCOMPARE(all.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 4);
        QVERIFY(all.contains(QLatin1String("'=HYPERLINK")));
        QVERIFY(!all.contains(QLatin1String(",=HYPERLINK")));
        QVERIFY(!all.contains(QLatin1String("SECRET-RTKN")));
    }

    void exportFailureLeavesOldFile()
    {
        DomainTableModel model;
        model.setDomains({QStringLiteral("alpha.example")});
        QString error;
        QVERIFY(!CsvExporter::write(&model, QStringLiteral("/nonexistent-dir/x/y.csv"), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
