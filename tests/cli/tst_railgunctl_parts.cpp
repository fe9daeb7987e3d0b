// railgunctl's parts without a process: argument parsing, domain input, table and JSON output.
#include "CommandLine.h"
#include "DomainInput.h"
#include "JsonOutput.h"
#include "TextTable.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using RailgunCtl::Invocation;

namespace {
QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out.append(QString::fromUtf8(s));
    return out;
}
} // namespace

class TestRailgunctlParts final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseValues();
    void collectNormalisesAndDedupes();
    void readFirstLineKeepsToken();
    void textTableAligns();
    void jsonDomainsShape();
    void jsonRailgunsHasNoKey();
};

void TestRailgunctlParts::parse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("command");

    const auto C = [](Invocation::Command c) {
        return int(c);
    };
    QTest::newRow("railguns") << args({"railguns"}) << true << C(Invocation::Command::Railguns);
    QTest::newRow("options anywhere")
        << args({"status", "a.com", "--json"}) << true << C(Invocation::Command::Status);
    QTest::newRow("dash is a domain") << args({"enable", "-"}) << true << C(Invocation::Command::Enable);
    QTest::newRow("double dash") << args({"status", "--", "-weird.com"}) << true
                                 << C(Invocation::Command::Status);
    QTest::newRow("connect") << args({"connect", "--rtkn", "t", "--enable", "a.com"}) << true
                             << C(Invocation::Command::Connect);
    QTest::newRow("help alone") << args({"--help"}) << true << C(Invocation::Command::None);
    QTest::newRow("nothing") << args({}) << false << C(Invocation::Command::None);
    QTest::newRow("unknown") << args({"list"}) << false << C(Invocation::Command::None);
    QTest::newRow("rtkn on status") << args({"status", "--rtkn", "t", "a.com"}) << false
                                    << C(Invocation::Command::Status);
    QTest::newRow("rtkn dash") << args({"enable", "--rtkn", "-", "a.com"}) << false
                               << C(Invocation::Command::Enable);
    QTest::newRow("rtkn no value") << args({"enable", "a.com", "--rtkn"}) << false
                                   << C(Invocation::Command::Enable);
    QTest::newRow("json with value") << args({"--json=yes", "railguns"}) << false
                                     << C(Invocation::Command::None);
    QTest::newRow("concurrency 65") << args({"--concurrency", "65", "railguns"}) << false
                                    << C(Invocation::Command::None);
    QTest::newRow("host key option") << args({"--host-key", "k", "railguns"}) << false
                                     << C(Invocation::Command::None);
    QTest::newRow("delete two") << args({"delete", "a", "b"}) << false << C(Invocation::Command::Delete);
    QTest::newRow("delete none") << args({"delete"}) << true << C(Invocation::Command::Delete);
}

void TestRailgunctlParts::parse()
{
    QFETCH(QStringList, args);
    QFETCH(bool, ok);
    QFETCH(int, command);
    const RailgunCtl::ParseResult r = RailgunCtl::CommandLine::parse(args);
    QVERIFY2(r.ok() == ok, qPrintable(r.error));
    QCOMPARE(int(r.invocation.command), command);
    if (!ok)
        QVERIFY(!r.error.isEmpty());
}

void TestRailgunctlParts::parseValues()
{
    const RailgunCtl::ParseResult r = RailgunCtl::CommandLine::parse(
        args({"--concurrency=7", "--get", "connect", "--rtkn=abc", "--enable", "--json", "a.com", "b.com"}));
    QVERIFY(r.ok());
    QCOMPARE(r.invocation.concurrency, 7);
    QVERIFY(r.invocation.useGet);
    QVERIFY(r.invocation.json);
    QVERIFY(r.invocation.enable);
    QCOMPARE(r.invocation.rtkn, QStringLiteral("abc"));
    QCOMPARE(r.invocation.arguments, args({"a.com", "b.com"}));
    QCOMPARE(RailgunCtl::ParseResult().invocation.concurrency, 4); // the default
}

void TestRailgunctlParts::collectNormalisesAndDedupes()
{
    // "-" reads standard input with the core's rules (tests/core/tst_domainlist); arguments are taken one by
    // one.
    QBuffer in;
    in.setData("Example.COM.\nexample.com # again\nbad_name.de\nbücher.de\n");
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QList<RailgunCtl::DomainEntry> e = RailgunCtl::DomainInput::collect({QStringLiteral("-")}, &in);
    QCOMPARE(e.size(), 3);
    QCOMPARE(e.at(0).name, QStringLiteral("example.com"));
    QVERIFY(!e.at(1).isValid());
    QCOMPARE(e.at(1).input, QStringLiteral("bad_name.de"));
    QVERIFY(!e.at(1).error.isEmpty());
    QCOMPARE(e.at(2).name, QStringLiteral("xn--bcher-kva.de"));
    const QList<RailgunCtl::DomainEntry> args =
        RailgunCtl::DomainInput::collect({QStringLiteral("a.com"), QStringLiteral("b c.com")}, nullptr);
    QCOMPARE(args.size(), 2);
    QCOMPARE(args.at(1).input, QStringLiteral("b c.com"));
}

void TestRailgunctlParts::readFirstLineKeepsToken()
{
    QBuffer in;
    in.setData("\n  abc#def  \nsecond\n");
    QVERIFY(in.open(QIODevice::ReadOnly));
    QCOMPARE(RailgunCtl::DomainInput::readFirstLine(&in), QStringLiteral("abc#def"));
}

void TestRailgunctlParts::textTableAligns()
{
    RailgunCtl::TextTable t({QStringLiteral("A"), QStringLiteral("BB"), QStringLiteral("C")});
    t.addRow({QStringLiteral("long-cell"), QStringLiteral("x"), QString()});
    QCOMPARE(t.toString(), QStringLiteral("A          BB  C\nlong-cell  x\n"));
}

void TestRailgunctlParts::jsonDomainsShape()
{
    RailgunCtl::DomainOutcome ok;
    ok.domain = QStringLiteral("a.com");
    ok.ok = true;
    Railgun::Connection c;
    c.railgunId = QStringLiteral("7");
    c.enabled = true;
    c.modeActive = true;
    ok.connection = c;
    RailgunCtl::DomainOutcome failed;
    failed.domain = QStringLiteral("b.com");
    failed.failure = {QStringLiteral("api_error"), QStringLiteral("Nope."), QString(), {}};

    const QJsonArray a = QJsonDocument::fromJson(RailgunCtl::JsonOutput::domains({ok, failed})).array();
    QCOMPARE(a.size(), 2);
    const QJsonObject state = a.at(0).toObject().value(QLatin1String("state")).toObject();
    QCOMPARE(state.value(QLatin1String("connected")).toBool(), true);
    QCOMPARE(state.value(QLatin1String("railgun_id")).toString(), QStringLiteral("7"));
    QCOMPARE(state.value(QLatin1String("enabled")).toBool(), true);
    QCOMPARE(state.value(QLatin1String("mode")).toInt(), 1);
    const QJsonObject error = a.at(1).toObject().value(QLatin1String("error")).toObject();
    QCOMPARE(a.at(1).toObject().value(QLatin1String("ok")).toBool(), false);
    QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("api_error"));
    QVERIFY(error.value(QLatin1String("code")).isNull());
}

void TestRailgunctlParts::jsonRailgunsHasNoKey()
{
    Railgun::RailgunInfo r;
    r.id = QStringLiteral("1");
    r.apiKey = QStringLiteral("very-secret-key");
    const QByteArray json = RailgunCtl::JsonOutput::railguns({r});
    QVERIFY(!json.contains("very-secret-key"));
    QCOMPARE(QJsonDocument::fromJson(json).array().at(0).toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestRailgunctlParts)
#include "tst_railgunctl_parts.moc"
