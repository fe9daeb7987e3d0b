// The desired-state file (DesiredStateFile): CSV and JSON, every malformed case reported on its line,
// domains normalised by the core's one set of rules, and an export that reads back as it was written.
#include "desired/DesiredStateFile.h"

#include <QTest>

using namespace Railgun;
using namespace Railgun::DesiredStateFile;

Q_DECLARE_METATYPE(Railgun::DesiredStateFile::Format)

namespace {
ParseResult csv(const char *text)
{
    return parse(QByteArray(text), Format::Csv);
}
ParseResult json(const char *text)
{
    return parse(QByteArray(text), Format::Json);
}
QString problemsText(const ParseResult &r)
{
    QStringList out;
    for (const LineProblem &p : r.problems)
        out.append(QStringLiteral("%1: %2").arg(p.line).arg(p.message));
    return out.join(QLatin1Char('\n'));
}
} // namespace

class TestDesiredStateFile final : public QObject
{
    Q_OBJECT

private slots:
    void csvBasics()
    {
        const ParseResult r = csv("domain,railgun,enabled\n"
                                  "Example.COM,rg-fra-1,on\n"
                                  "# a comment\n"
                                  "\n"
                                  "shop.example.,\"Frankfurt edge\",off\r\n"
                                  "b\xC3\xBC"
                                  "cher.example,,off\n"
                                  "https://Cart.example/checkout?x=1,2,YES\n"
                                  "none.example,,\n");
        QVERIFY2(r.ok(), qPrintable(problemsText(r)));
        QCOMPARE(r.entries.size(), 5);
        QCOMPARE(r.entries.at(0).domain, QStringLiteral("example.com"));
        QCOMPARE(r.entries.at(0).railgun, QStringLiteral("rg-fra-1"));
        QCOMPARE(r.entries.at(0).enabled, true);
        QCOMPARE(r.entries.at(0).line, 2);
        QCOMPARE(r.entries.at(1).domain, QStringLiteral("shop.example"));
        QCOMPARE(r.entries.at(1).railgun, QStringLiteral("Frankfurt edge"));
        QCOMPARE(r.entries.at(1).enabled, false);
        QCOMPARE(r.entries.at(1).line, 5);
        QCOMPARE(r.entries.at(2).domain, QStringLiteral("xn--bcher-kva.example"));
        QVERIFY(!r.entries.at(2).connected());
        QCOMPARE(r.entries.at(3).domain, QStringLiteral("cart.example"));
        QCOMPARE(r.entries.at(3).railgun, QStringLiteral("2"));
        QCOMPARE(r.entries.at(3).enabled, true);
        QCOMPARE(r.entries.at(4).domain, QStringLiteral("none.example"));
        QVERIFY(!r.entries.at(4).connected());
        QCOMPARE(r.entries.at(4).line, 8);
    }

    void csvHeaderOrderSeparatorsAndBom()
    {
        const ParseResult r = csv("\xEF\xBB\xBF"
                                  "# exported\nEnabled;Domain;RAILGUN\n1;a.example;3\n0;b.example;\n");
        QVERIFY2(r.ok(), qPrintable(problemsText(r)));
        QCOMPARE(r.entries.size(), 2);
        QCOMPARE(r.entries.at(0).domain, QStringLiteral("a.example"));
        QCOMPARE(r.entries.at(0).railgun, QStringLiteral("3"));
        QVERIFY(r.entries.at(0).enabled);
        QCOMPARE(r.entries.at(0).line, 3);
        const ParseResult tabs = csv("domain\trailgun\tenabled\na.example\trg 1\toff\n");
        QVERIFY2(tabs.ok(), qPrintable(problemsText(tabs)));
        QCOMPARE(tabs.entries.at(0).railgun, QStringLiteral("rg 1"));
        // A spreadsheet's trailing empty cells are fine.
        const ParseResult trailing = csv("domain,railgun,enabled,\na.example,1,on,,\n");
        QVERIFY2(trailing.ok(), qPrintable(problemsText(trailing)));
    }

    void csvQuotes()
    {
        const ParseResult r = csv("domain,railgun,enabled\n"
                                  "\"a.example\",\"Edge, \"\"main\"\"\",\"on\"\n");
        QVERIFY2(r.ok(), qPrintable(problemsText(r)));
        QCOMPARE(r.entries.at(0).railgun, QStringLiteral("Edge, \"main\""));
    }

    void csvProblems_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");

        QTest::newRow("empty") << QByteArray("") << 1 << "header";
        QTest::newRow("only comments") << QByteArray("# x\n\n") << 1 << "header";
        QTest::newRow("no header") << QByteArray("a.example,1,on\n") << 1 << "header";
        QTest::newRow("header missing a column") << QByteArray("\n\ndomain,railgun\n") << 3 << "header";
        QTest::newRow("header unknown column")
            << QByteArray("domain,railgun,enabled,note\n") << 1 << "header";
        QTest::newRow("header twice a column")
            << QByteArray("domain,railgun,enabled,domain\n") << 1 << "header";
        QTest::newRow("too few") << QByteArray("domain,railgun,enabled\na.example,1\n") << 2 << "found 2";
        QTest::newRow("too many") << QByteArray("domain,railgun,enabled\na.example,1,on,x\n") << 2
                                  << "found 4";
        QTest::newRow("bad enabled") << QByteArray("domain,railgun,enabled\n\na.example,1,maybe\n") << 3
                                     << "maybe";
        QTest::newRow("enabled missing")
            << QByteArray("domain,railgun,enabled\na.example,1,\n") << 2 << "on or off";
        QTest::newRow("enabled without railgun")
            << QByteArray("domain,railgun,enabled\na.example,,on\n") << 2 << "without a Railgun";
        QTest::newRow("empty domain") << QByteArray("domain,railgun,enabled\n,1,on\n") << 2 << "empty";
        QTest::newRow("invalid domain")
            << QByteArray("domain,railgun,enabled\nbad..example,1,on\n") << 2 << "bad..example";
        QTest::newRow("e-mail") << QByteArray("domain,railgun,enabled\nme@example.com,1,on\n") << 2
                                << "e-mail";
        QTest::newRow("unclosed quote")
            << QByteArray("domain,railgun,enabled\n\"a.example,1,on\n") << 2 << "not closed";
        QTest::newRow("text after quote")
            << QByteArray("domain,railgun,enabled\n\"a.example\"x,1,on\n") << 2 << "closing quote";
        QTest::newRow("duplicate") << QByteArray("domain,railgun,enabled\na.example,1,on\nb.example,1,on\n"
                                                 "A.Example.,2,off\n")
                                   << 4 << "already on line 2";
        QTest::newRow("duplicate via idn") << QByteArray("domain,railgun,enabled\nb\xC3\xBC"
                                                         "cher.example,,off\n"
                                                         "xn--bcher-kva.example,,off\n")
                                           << 3 << "already on line 2";
        QTest::newRow("not utf-8") << QByteArray("domain,railgun,enabled\n\xFF\xFE,1,on\n") << 0 << "UTF-8";
    }
    void csvProblems()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, words);
        const ParseResult r = parse(text, Format::Csv);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.at(0).line, line);
        QVERIFY2(r.problems.at(0).message.contains(words, Qt::CaseInsensitive),
                 qPrintable(r.problems.at(0).message));
    }

    void everyProblemIsReportedAndTheRestKept()
    {
        const ParseResult r = csv("domain,railgun,enabled\n"
                                  "a.example,1,on\n"
                                  "bad..example,1,on\n"
                                  "b.example,1,perhaps\n"
                                  "a.example,1,on\n"
                                  "c.example,,off\n");
        QCOMPARE(r.problems.size(), 3);
        QCOMPARE(r.problems.at(0).line, 3);
        QCOMPARE(r.problems.at(1).line, 4);
        QCOMPARE(r.problems.at(2).line, 5);
        QCOMPARE(r.problems.at(2).domain, QStringLiteral("a.example"));
        QCOMPARE(r.entries.size(), 2);
        QCOMPARE(r.entries.at(1).domain, QStringLiteral("c.example"));
    }

    void controlCharactersAreNeverEchoed()
    {
        const ParseResult r =
            csv("domain,railgun,enabled\na.example,1,o\x1b[31mn\n\x1b]0;x\x07.example,1,on\n");
        QCOMPARE(r.problems.size(), 2);
        for (const LineProblem &p : r.problems) {
            for (const QChar c : p.message)
                QVERIFY2(!c.isNull() && (c.unicode() >= 0x20 || c == QLatin1Char('\t')),
                         qPrintable(p.message));
        }
    }

    void jsonBasics()
    {
        const ParseResult r =
            json("[\n"
                 "  {\"domain\": \"A.example\", \"railgun\": \"rg-fra-1\", \"enabled\": true},\n"
                 "  {\"domain\": \"b.example\", \"railgun\": null, \"enabled\": false},\n"
                 "  {\"domain\": \"c.example\", \"railgun\": \"2\", \"enabled\": \"off\"},\n"
                 "  {\"domain\": \"d.example\", \"railgun\": \"2\", \"enabled\": 1},\n"
                 "  {\"domain\": \"e.example\"}\n"
                 "]\n");
        QVERIFY2(r.ok(), qPrintable(problemsText(r)));
        QCOMPARE(r.entries.size(), 5);
        QCOMPARE(r.entries.at(0).domain, QStringLiteral("a.example"));
        QCOMPARE(r.entries.at(0).line, 2);
        QVERIFY(r.entries.at(0).enabled);
        QVERIFY(!r.entries.at(1).connected());
        QCOMPARE(r.entries.at(2).enabled, false);
        QCOMPARE(r.entries.at(3).enabled, true);
        QCOMPARE(r.entries.at(4).line, 6);
        QVERIFY(!r.entries.at(4).connected());
    }

    void jsonObjectWithDomains()
    {
        const ParseResult r =
            json("{\"version\": 1, \"note\": \"[x]\",\n \"domains\": [\n"
                 "{\"domain\": \"a.example\", \"railgun\": \"1\", \"enabled\": false},\n\n"
                 "   {\"domain\": \"a.example\", \"railgun\": \"1\", \"enabled\": false}]}");
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.at(0).line, 5);
        QVERIFY(r.problems.at(0).message.contains(QStringLiteral("line 3")));
    }

    void jsonProblems_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("malformed") << QByteArray("[\n{\"domain\": \"a.example\",,}\n]") << 2 << "malformed";
        QTest::newRow("not an array") << QByteArray("{\"x\": 1}") << 1 << "array";
        QTest::newRow("scalar entry")
            << QByteArray("[\n{\"domain\":\"a.example\"},\n 3\n]") << 3 << "not an object";
        QTest::newRow("unknown field")
            << QByteArray("[\n\n{\"domain\":\"a.example\",\"rtkn\":\"x\"}]") << 3 << "unknown";
        QTest::newRow("no domain") << QByteArray("[{\"railgun\":\"1\",\"enabled\":true}]") << 1 << "domain";
        QTest::newRow("railgun number")
            << QByteArray("[{\"domain\":\"a.example\",\"railgun\":1,\"enabled\":true}]") << 1 << "railgun";
        QTest::newRow("enabled word")
            << QByteArray("[{\"domain\":\"a.example\",\"railgun\":\"1\",\"enabled\":\"x\"}]") << 1
            << "enabled";
        QTest::newRow("enabled 2") << QByteArray(
                                          "[{\"domain\":\"a.example\",\"railgun\":\"1\",\"enabled\":2}]")
                                   << 1 << "true or false";
        QTest::newRow("enabled missing")
            << QByteArray("[{\"domain\":\"a.example\",\"railgun\":\"1\"}]") << 1 << "on or off";
        QTest::newRow("invalid domain")
            << QByteArray("[{\"domain\":\"-a.example\",\"railgun\":null}]") << 1 << "not a domain";
        QTest::newRow("string with brackets")
            << QByteArray("[{\"domain\":\"a.example\",\"railgun\":\"[{\",\"enabled\":0},\n"
                          "{\"domain\":\"a.example\",\"railgun\":null}]")
            << 2 << "already";
    }
    void jsonProblems()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, words);
        const ParseResult r = parse(text, Format::Json);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.at(0).line, line);
        QVERIFY2(r.problems.at(0).message.contains(words, Qt::CaseInsensitive),
                 qPrintable(r.problems.at(0).message));
    }

    void formatDetection()
    {
        QCOMPARE(detect("  \n[{}]"), Format::Json);
        QCOMPARE(detect("{\"domains\":[]}"), Format::Json);
        QCOMPARE(detect("domain,railgun,enabled\n"), Format::Csv);
        QCOMPARE(formatFor(QStringLiteral("x.JSON"), "domain"), Format::Json);
        QCOMPARE(formatFor(QStringLiteral("x.csv"), "[]"), Format::Csv);
        QCOMPARE(formatFor(QStringLiteral("x.txt"), "[]"), Format::Json);
    }

    void roundTrip_data()
    {
        QTest::addColumn<Format>("format");
        QTest::newRow("csv") << Format::Csv;
        QTest::newRow("json") << Format::Json;
    }
    void roundTrip()
    {
        QFETCH(Format, format);
        const QList<DesiredEntry> entries{
            {0, QStringLiteral("a.example"), QStringLiteral("rg-fra-1"), true},
            {0, QStringLiteral("b.example"), QString(), false},
            {0, QStringLiteral("c.example"), QStringLiteral("Edge, \"main\" # 1"), false},
            {0, QStringLiteral("d.example"), QStringLiteral(" padded "), true},
        };
        const QByteArray bytes = format == Format::Csv ? toCsv(entries) : toJson(entries);
        QCOMPARE(detect(bytes), format);
        const ParseResult r = parse(bytes, format);
        QVERIFY2(r.ok(), qPrintable(problemsText(r)));
        QCOMPARE(r.entries.size(), entries.size());
        for (int i = 0; i < entries.size(); ++i) {
            QCOMPARE(r.entries.at(i).domain, entries.at(i).domain);
            QCOMPARE(r.entries.at(i).railgun, entries.at(i).railgun.trimmed());
            QCOMPARE(r.entries.at(i).enabled, entries.at(i).enabled);
            QCOMPARE(r.entries.at(i).line, i + 2); // one header line, or the '[' line
        }
        QCOMPARE(toCsv({}), QByteArray("domain,railgun,enabled\n"));
        QCOMPARE(parse(toJson({}), Format::Json).problems.size(), 0);
    }

    void enabledWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("enabled");
        for (const char *w : {"on", "ON", "yes", "Yes", "1", "true", " on "})
            QTest::newRow(w) << QString::fromLatin1(w) << true << true;
        for (const char *w : {"off", "no", "NO", "0", "false"})
            QTest::newRow(w) << QString::fromLatin1(w) << true << false;
        for (const char *w : {"", "enabled", "2", "y", "n", "onn", "t", "f"})
            QTest::newRow(w[0] ? w : "empty") << QString::fromLatin1(w) << false << false;
    }
    void enabledWords()
    {
        QFETCH(QString, word);
        QFETCH(bool, valid);
        QFETCH(bool, enabled);
        bool out = !enabled;
        QCOMPARE(parseEnabled(word, &out), valid);
        if (valid)
            QCOMPARE(out, enabled);
    }

    void readsAFile()
    {
        const ParseResult missing = read(QStringLiteral("/nonexistent/desired.csv"));
        QCOMPARE(missing.problems.size(), 1);
        QCOMPARE(missing.problems.at(0).line, 0);
    }
};

QTEST_GUILESS_MAIN(TestDesiredStateFile)
#include "tst_desiredstatefile.moc"
