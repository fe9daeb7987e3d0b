// The one set of rules for domain lists (DomainListParser), whatever brings them: pasted text, a text or
// CSV file, railgunctl's standard input or its arguments; and the precise reasons DomainName gives.
#include "api/DomainListParser.h"
#include "api/DomainName.h"

#include <QTest>

using namespace Railgun;
using namespace Railgun::DomainListParser;

namespace {
QStringList inputs(const QList<Entry> &entries)
{
    QStringList out;
    for (const Entry &e : entries)
        out.append(e.input);
    return out;
}
} // namespace

class TestDomainList final : public QObject
{
    Q_OBJECT

private slots:
    void commentsAndBlankLines_data()
    {
        QTest::addColumn<Format>("format");
        QTest::newRow("text") << Format::Text;
        QTest::newRow("csv") << Format::Csv;
    }
    void commentsAndBlankLines()
    {
        QFETCH(Format, format);
        const Result r = parse(QStringLiteral("# head\n\n a.example \r\nb.example # note\n#c.example\r"
                                              "\n   \nd.example#glued"),
                               format);
        QCOMPARE(r.valid(), (QStringList{QStringLiteral("a.example"), QStringLiteral("b.example"),
                                         QStringLiteral("d.example")}));
        QVERIFY(r.invalid().isEmpty());
    }

    void textSeparators()
    {
        const QStringList names = DomainListParser::names(
            QStringLiteral("a.example\nb.example, c.example;d.example\te.example  \"f.example\"\r\n\n"),
            Format::Text);
        QCOMPARE(names, (QStringList{QStringLiteral("a.example"), QStringLiteral("b.example"),
                                     QStringLiteral("c.example"), QStringLiteral("d.example"),
                                     QStringLiteral("e.example"), QStringLiteral("f.example")}));
    }

    void csvFirstCell()
    {
        const QStringList names = DomainListParser::names(
            QStringLiteral("domain,railgun,enabled\nA.example,rg-1,yes\n\"b.example\",rg-2,no\n"
                           "c.example;x\nd.example\tx\n# e.example,rg-1\n,empty first cell\n"),
            Format::Csv);
        QCOMPARE(names, (QStringList{QStringLiteral("A.example"), QStringLiteral("b.example"),
                                     QStringLiteral("c.example"), QStringLiteral("d.example")}));
    }

    void pastedUrlsGiveTheirHost_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("name");
        QTest::newRow("https with path and query") << "https://Shop.Example/cart?x=1#top"
                                                   << "shop.example";
        QTest::newRow("http with user and port") << "http://me@h.example:8080/x"
                                                 << "h.example";
        QTest::newRow("no scheme, a path") << "shop2.example/path/to"
                                           << "shop2.example";
        QTest::newRow("no scheme, a query") << "shop3.example?ref=mail"
                                            << "shop3.example";
        QTest::newRow("IDN") << "https://bücher.example/"
                             << "xn--bcher-kva.example";
        QTest::newRow("trailing slash") << "https://slash.example/"
                                        << "slash.example";
    }
    void pastedUrlsGiveTheirHost()
    {
        QFETCH(QString, input);
        QFETCH(QString, name);
        for (const Result &r : {parse(input, Format::Text), parse(input, Format::Csv), parseNames({input})}) {
            QCOMPARE(r.entries.size(), 1);
            QVERIFY2(r.entries.first().isValid(), qPrintable(r.entries.first().error));
            QCOMPARE(r.entries.first().name, name);
        }
        QCOMPARE(parseNames({input}).entries.first().input, input); // shown as written
    }

    void duplicatesAndOrder()
    {
        const Result r =
            parse(QStringLiteral("New.Example new.example listed.example bad_name.example "
                                 "localhost bücher.example https://NEW.example/ bad_name.example"),
                  Format::Text, QSet<QString>{QStringLiteral("listed.example")});
        QCOMPARE(r.valid(),
                 (QStringList{QStringLiteral("new.example"), QStringLiteral("xn--bcher-kva.example")}));
        QCOMPARE(r.duplicates, 3); // twice in the input (once as a URL), once already listed
        // Invalid inputs keep their place (railgunctl prints one row per input, in order) and each time
        // they appear.
        QCOMPARE(inputs(r.entries),
                 (QStringList{QStringLiteral("New.Example"), QStringLiteral("bad_name.example"),
                              QStringLiteral("localhost"), QStringLiteral("bücher.example"),
                              QStringLiteral("bad_name.example")}));
        QCOMPARE(r.invalid().size(), 3);
    }

    void argumentsAreNotSplit()
    {
        const Result r =
            parseNames({QStringLiteral("no spaces.example"), QStringLiteral("# not a comment.example"),
                        QStringLiteral("ok.example")});
        QCOMPARE(r.entries.size(), 3);
        QCOMPARE(r.entries.at(0).input, QStringLiteral("no spaces.example"));
        QVERIFY(r.entries.at(0).error.contains(QLatin1String("space")));
        QVERIFY(!r.entries.at(1).isValid());
        QCOMPARE(r.entries.at(2).name, QStringLiteral("ok.example"));
    }

    // Each rejection says what is wrong, not only that the name is not valid.
    void preciseReasons_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reasonHas");
        QTest::newRow("two dots") << "a..example.com"
                                  << "empty label (two dots in a row)";
        QTest::newRow("leading dot") << ".example.com"
                                     << "empty label (it starts with a dot)";
        QTest::newRow("ideographic dots") << "a\u3002\u3002example"
                                          << "empty label";
        QTest::newRow("underscore") << "ex_ample.com"
                                    << "contains “_”";
        QTest::newRow("bang") << "ex!ample.com"
                              << "contains “!”";
        QTest::newRow("one label") << "localhost"
                                   << "at least two labels";
        QTest::newRow("hyphen") << "-example.com"
                                << "starts or ends with a hyphen";
        QTest::newRow("long label") << QString(64, QLatin1Char('a')) + QStringLiteral(".com")
                                    << "longer than 63";
        QTest::newRow("e-mail") << "me@example.com"
                                << "e-mail address";
        QTest::newRow("wildcard") << "*.example.com"
                                  << "wildcard";
        QTest::newRow("space") << "exa mple.com"
                               << "space";
        QTest::newRow("control") << "exa\u0007mple.com"
                                 << "control character (U+0007)";
        QTest::newRow("escape sequence") << "\u001b[2Jevil.example"
                                         << "control character (U+001B)";
        QTest::newRow("bidi override") << "\u202Eelpmaxe.com"
                                       << "invisible character (U+202E)";
        QTest::newRow("ip") << "192.0.2.1"
                            << "IP address";
        QTest::newRow("broken punycode") << "xn--zz-.example"
                                         << "hyphen";
        QTest::newRow("empty") << ""
                               << "empty";
    }
    void preciseReasons()
    {
        QFETCH(QString, input);
        QFETCH(QString, reasonHas);
        const DomainName::Normalized n = DomainName::normalize(input);
        QVERIFY(!n.isValid());
        QVERIFY2(n.error.contains(reasonHas), qPrintable(n.error));
        QVERIFY2(!n.error.contains(QLatin1String("not a valid internationalised name")), qPrintable(n.error));
        // A reason never carries a control or invisible character of its own.
        for (const QChar c : n.error)
            QVERIFY(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format);
    }

    // What a file holds is echoed beside its reason: never a control character, never unbounded.
    void shownInputIsSafe()
    {
        const QString hostile = QStringLiteral("\u001b]0;pwned\u0007\u001b[2J\u202Ebad\u0085name\r.example");
        const Result r = parseNames({hostile, QString(5000, QLatin1Char('x'))});
        QCOMPARE(r.invalid().size(), 2);
        const QString shown = r.invalid().at(0).shownInput();
        QCOMPARE(shown, QStringLiteral("\\x1b]0;pwned\\x07\\x1b[2J\\u{202E}bad\\u{0085}name\\x0d.example"));
        for (const QChar c : shown)
            QVERIFY(c.isPrint() && c.category() != QChar::Other_Format);
        QCOMPARE(r.invalid().at(1).shownInput().size(), 81); // 80 characters and an ellipsis
    }
};

QTEST_GUILESS_MAIN(TestDomainList)
#include "tst_domainlist.moc"
