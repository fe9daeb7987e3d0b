// railgunctl end to end: the real binary ($RAILGUNCTL) run with QProcess against the real emulator.
#include "EmulatorProcess.h"
#include "TestAccounts.h"
#include "TestTmp.h"
#include "storage/SettingsStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <csignal>

using Env = QList<QPair<QString, QString>>;

namespace {
const QString kEmail = QLatin1String(TestAccounts::kDemoEmail);
const QString kToken = QLatin1String(TestAccounts::kDemoToken);
const QString kHostKey = QLatin1String(TestAccounts::kDemoHostKey);

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString allowedSecret; // create prints its own new rtkn once

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString text() const { return QString::fromUtf8(out + err); }
};
} // namespace

class TestRailgunctl final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void version();
    void help();
    void exitCodes_data();
    void exitCodes();
    void railgunsTable();
    void railgunsJson_data();
    void railgunsJson();
    void statusJsonShape();
    void statusTable();
    void stdinDomains();
    void stdinAllDemoDomains();
    void getInsteadOfPost();
    void concurrency();
    void fullCycle();
    void connectWithEnable();
    void rtknLookupNotConnected();
    void rtknLookupUnknownRailgun();
    void deleteFailures();
    void serverFaultIsPerDomain();
    void readRetriedOnTransientFault();
    void lostAnswerIsReadBack_data();
    void lostAnswerIsReadBack();
    void successIsNotReadBack();
    void profileFromSettingsFile();
    void ctrlCCancelsCleanly();
    void noSecretsInAnyOutput();

private:
    Run run(const QStringList &args, const Env &env, const QByteArray &input = {});
    Env clientEnv() const;
    Env partnerEnv() const;
    QString rtknOf(const QString &railgunId) const;
    QJsonObject railgunById(const QString &railgunId) const;
    QStringList unconnectedDomains(int count) const;

    EmulatorProcess m_emulator;
    QString m_ctl;
    QList<Run> m_runs; // every run, checked for secrets at the end
};

Run TestRailgunctl::run(const QStringList &args, const Env &env, const QByteArray &input)
{
    QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
    for (const QString &key : pe.keys()) {
        if (key.startsWith(QLatin1String("RAILGUN_")))
            pe.remove(key);
    }
    for (const auto &[key, value] : env)
        pe.insert(key, value);

    QProcess p;
    p.setProcessEnvironment(pe);
    p.start(m_ctl, args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    m_runs.append(r);
    return r;
}

Env TestRailgunctl::clientEnv() const
{
    return {{QStringLiteral("RAILGUN_API_URL"), m_emulator.apiBase().toString()},
            {QStringLiteral("RAILGUN_EMAIL"), kEmail},
            {QStringLiteral("RAILGUN_TOKEN"), kToken},
            {QStringLiteral("RAILGUN_RATE_LIMIT"), QStringLiteral("0")}};
}

Env TestRailgunctl::partnerEnv() const
{
    return {{QStringLiteral("RAILGUN_API_URL"), m_emulator.apiBase().toString()},
            {QStringLiteral("RAILGUN_HOST_KEY"), kHostKey},
            {QStringLiteral("RAILGUN_RATE_LIMIT"), QStringLiteral("0")}};
}

QJsonObject TestRailgunctl::railgunById(const QString &railgunId) const
{
    const QJsonArray railguns = m_emulator.state().value(QLatin1String("railguns")).toArray();
    for (const QJsonValue &r : railguns) {
        if (r.toObject().value(QLatin1String("railgun_id")).toString() == railgunId)
            return r.toObject();
    }
    return {};
}

QString TestRailgunctl::rtknOf(const QString &railgunId) const
{
    return railgunById(railgunId).value(QLatin1String("rtkn")).toString();
}

// Demo-account domains that have no connection now.
QStringList TestRailgunctl::unconnectedDomains(int count) const
{
    const QJsonObject state = m_emulator.state();
    QSet<QString> connected;
    for (const QJsonValue &c : state.value(QLatin1String("connections")).toArray())
        connected.insert(c.toObject().value(QLatin1String("domain")).toString());
    QStringList result;
    for (const QJsonValue &a : state.value(QLatin1String("accounts")).toArray()) {
        if (a.toObject().value(QLatin1String("email")).toString() != kEmail)
            continue;
        for (const QJsonValue &d : a.toObject().value(QLatin1String("domains")).toArray()) {
            if (!connected.contains(d.toString()) && result.size() < count)
                result.append(d.toString());
        }
    }
    return result;
}

void TestRailgunctl::initTestCase()
{
    m_ctl = qEnvironmentVariable("RAILGUNCTL");
    QVERIFY2(!m_ctl.isEmpty(), "RAILGUNCTL is not set");
    QString error;
    QVERIFY2(m_emulator.start(&error), qPrintable(error));
    QVERIFY(!rtknOf(QLatin1String(TestAccounts::kActiveRailgunId)).isEmpty());
}

void TestRailgunctl::init()
{
    QVERIFY(m_emulator.resetFaults());
}

void TestRailgunctl::cleanupTestCase()
{
    m_emulator.stop();
}

void TestRailgunctl::version()
{
    const Run r = run({QStringLiteral("--version")}, {});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out).trimmed(), QStringLiteral("railgunctl " RAILGUN_VERSION));
}

void TestRailgunctl::help()
{
    const Run r = run({QStringLiteral("--help")}, {});
    QCOMPARE(r.exitCode, 0);
    for (const char *word :
         {"railguns", "create NAME PUBNAME", "delete RTKN", "status DOMAIN", "connect --rtkn",
          "enable DOMAIN", "disable DOMAIN", "disconnect DOMAIN", "--json", "--concurrency", "--get",
          "--profile", "RAILGUN_API_URL", "RAILGUN_HOST_KEY"})
        QVERIFY2(r.out.contains(word), word);
}

void TestRailgunctl::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("envKind"); // client, partner, none, or a tweak of client: NAME=VALUE
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("stderrHas");

    const QString ok;
    QTest::newRow("railguns") << QStringList{QStringLiteral("railguns")} << "client" << QByteArray() << 0
                              << ok;
    QTest::newRow("railguns partner")
        << QStringList{QStringLiteral("railguns")} << "partner" << QByteArray() << 0 << ok;
    QTest::newRow("status ok") << QStringList{QStringLiteral("status"), QStringLiteral("example.com")}
                               << "client" << QByteArray() << 0 << ok;
    QTest::newRow("status invalid domain")
        << QStringList{QStringLiteral("status"), QStringLiteral("example.com"),
                       QStringLiteral("bad_name.com")}
        << "client" << QByteArray() << 1 << QStringLiteral("bad_name.com:");
    QTest::newRow("status unknown domain")
        << QStringList{QStringLiteral("status"), QStringLiteral("not-in-account.example")} << "client"
        << QByteArray() << 1 << QStringLiteral("E_NOT_FOUND");
    QTest::newRow("wrong token") << QStringList{QStringLiteral("railguns")} << "RAILGUN_TOKEN=wrong-token"
                                 << QByteArray() << 1 << QStringLiteral("E_UNAUTH");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "client" << QByteArray()
                                     << 2 << QStringLiteral("Unknown command");
    QTest::newRow("no command") << QStringList{} << "client" << QByteArray() << 2
                                << QStringLiteral("No command");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frob"), QStringLiteral("railguns")}
                                    << "client" << QByteArray() << 2 << QStringLiteral("Unknown option");
    QTest::newRow("no credentials") << QStringList{QStringLiteral("railguns")} << "none" << QByteArray() << 2
                                    << QStringLiteral("No credentials");
    QTest::newRow("email without token")
        << QStringList{QStringLiteral("railguns")} << "RAILGUN_TOKEN=" << QByteArray() << 2
        << QStringLiteral("RAILGUN_TOKEN is missing");
    QTest::newRow("both credential kinds")
        << QStringList{QStringLiteral("railguns")} << "RAILGUN_HOST_KEY=some-host-key" << QByteArray() << 2
        << QStringLiteral("RAILGUN_HOST_KEY");
    QTest::newRow("bad url") << QStringList{QStringLiteral("railguns")}
                             << "RAILGUN_API_URL=ftp://example.org/x/" << QByteArray() << 2
                             << QStringLiteral("RAILGUN_API_URL");
    QTest::newRow("not a url") << QStringList{QStringLiteral("railguns")} << "RAILGUN_API_URL=::nonsense"
                               << QByteArray() << 2 << QStringLiteral("RAILGUN_API_URL");
    QTest::newRow("url with a user name")
        << QStringList{QStringLiteral("railguns")} << "RAILGUN_API_URL=https://me@example.org/api/v2/railgun/"
        << QByteArray() << 2 << QStringLiteral("RAILGUN_API_URL: The API base URL must not contain");
    QTest::newRow("plain http elsewhere")
        << QStringList{QStringLiteral("railguns")} << "RAILGUN_API_URL=http://example.org/api/v2/railgun/"
        << QByteArray() << 2 << QStringLiteral("RAILGUN_ALLOW_INSECURE");
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("railguns")} << "RAILGUN_TIMEOUT_MS=soon"
                                 << QByteArray() << 2 << QStringLiteral("RAILGUN_TIMEOUT_MS");
    QTest::newRow("missing CA file") << QStringList{QStringLiteral("railguns")}
                                     << "RAILGUN_CA_FILE=/nonexistent/ca.pem" << QByteArray() << 2
                                     << QStringLiteral("RAILGUN_CA_FILE");
    QTest::newRow("secret as argument")
        << QStringList{QStringLiteral("--token"), QStringLiteral("x"), QStringLiteral("railguns")} << "none"
        << QByteArray() << 2 << QStringLiteral("never taken");
    QTest::newRow("status without domains")
        << QStringList{QStringLiteral("status")} << "client" << QByteArray() << 2 << QStringLiteral("DOMAIN");
    QTest::newRow("create one argument") << QStringList{QStringLiteral("create"), QStringLiteral("x")}
                                         << "client" << QByteArray() << 2 << QStringLiteral("NAME PUBNAME");
    QTest::newRow("railguns with argument")
        << QStringList{QStringLiteral("railguns"), QStringLiteral("x")} << "client" << QByteArray() << 2
        << QStringLiteral("no arguments");
    QTest::newRow("connect without rtkn")
        << QStringList{QStringLiteral("connect"), QStringLiteral("example.com")} << "client" << QByteArray()
        << 2 << QStringLiteral("RAILGUN_RTKN");
    QTest::newRow("delete without rtkn") << QStringList{QStringLiteral("delete")} << "client" << QByteArray()
                                         << 2 << QStringLiteral("RAILGUN_RTKN");
    QTest::newRow("enable option elsewhere")
        << QStringList{QStringLiteral("status"), QStringLiteral("--enable"), QStringLiteral("example.com")}
        << "client" << QByteArray() << 2 << QStringLiteral("--enable");
    QTest::newRow("concurrency zero") << QStringList{QStringLiteral("--concurrency"), QStringLiteral("0"),
                                                     QStringLiteral("status"), QStringLiteral("example.com")}
                                      << "client" << QByteArray() << 2 << QStringLiteral("--concurrency");
    QTest::newRow("dash with other domains")
        << QStringList{QStringLiteral("status"), QStringLiteral("-"), QStringLiteral("example.com")}
        << "client" << QByteArray() << 2 << QStringLiteral("only DOMAIN");
    QTest::newRow("empty stdin") << QStringList{QStringLiteral("status"), QStringLiteral("-")} << "client"
                                 << QByteArray("\n# nothing\n") << 2 << QStringLiteral("No domains");
    QTest::newRow("unknown profile") << QStringList{QStringLiteral("--profile"), QStringLiteral("nobody"),
                                                    QStringLiteral("--settings"),
                                                    QStringLiteral("/nonexistent.ini"),
                                                    QStringLiteral("railguns")}
                                     << "none" << QByteArray() << 2 << QStringLiteral("settings file");
}

void TestRailgunctl::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(QString, envKind);
    QFETCH(QByteArray, input);
    QFETCH(int, expected);
    QFETCH(QString, stderrHas);

    Env env;
    if (envKind == QLatin1String("client")) {
        env = clientEnv();
    } else if (envKind == QLatin1String("partner")) {
        env = partnerEnv();
    } else if (envKind.contains(QLatin1Char('='))) {
        env = clientEnv();
        const QString name = envKind.section(QLatin1Char('='), 0, 0);
        const QString value = envKind.section(QLatin1Char('='), 1);
        env.removeIf([&](const QPair<QString, QString> &p) { return p.first == name; });
        env.append({name, value});
    }
    const Run r = run(args, env, input);
    QVERIFY2(r.exitCode == expected,
             qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
    if (!stderrHas.isEmpty())
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrHas), r.err.constData());
    if (expected == 0)
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    if (expected == 2)
        QVERIFY(r.out.isEmpty()); // no half a document for scripts to parse
}

void TestRailgunctl::railgunsTable()
{
    const Run r = run({QStringLiteral("railguns")}, clientEnv());
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 5);
    QVERIFY(lines.at(0).startsWith(QLatin1String("ID")));
    QVERIFY(lines.at(0).contains(QLatin1String("PUBNAME")));
    QVERIFY(r.out.contains("rg-fra-1"));
    QVERIFY(r.out.contains("Frankfurt edge"));
    QVERIFY(r.out.contains("Initializing (INI)"));
    QVERIFY(r.out.contains("Active (V)"));
    // Columns are aligned: "NAME" starts at the same offset as every name.
    const int nameColumn = lines.at(0).indexOf(QLatin1String("NAME"));
    const QString fraLine = lines.filter(QStringLiteral("rg-fra-1")).value(0);
    QCOMPARE(fraLine.indexOf(QLatin1String("rg-fra-1")), nameColumn);
}

void TestRailgunctl::railgunsJson_data()
{
    QTest::addColumn<bool>("partner");
    QTest::newRow("client") << false;
    QTest::newRow("partner") << true;
}

void TestRailgunctl::railgunsJson()
{
    QFETCH(bool, partner);
    const Run r =
        run({QStringLiteral("--json"), QStringLiteral("railguns")}, partner ? partnerEnv() : clientEnv());
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray list = doc.array();
    QVERIFY(list.size() >= 4);
    bool sawInactive = false;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"id", "name", "pubname", "status"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(!o.contains(QLatin1String("railgun_api_key")));
        QVERIFY(!o.contains(QLatin1String("rtkn")));
        if (o.value(QLatin1String("id")).toString() == QLatin1String(TestAccounts::kInactiveRailgunId)) {
            QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("INI"));
            sawInactive = true;
        }
    }
    QVERIFY(sawInactive);
}

void TestRailgunctl::statusJsonShape()
{
    const QString free = unconnectedDomains(1).value(0);
    QVERIFY(!free.isEmpty());
    const Run r = run({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("EXAMPLE.com."),
                       free, QStringLiteral("no spaces.com")},
                      clientEnv());
    QCOMPARE(r.exitCode, 1); // the invalid one fails
    const QJsonArray a = r.json().array();
    QCOMPARE(a.size(), 3);

    const QJsonObject connected = a.at(0).toObject();
    QCOMPARE(connected.value(QLatin1String("domain")).toString(), QStringLiteral("example.com"));
    QCOMPARE(connected.value(QLatin1String("ok")).toBool(), true);
    QVERIFY(!connected.contains(QLatin1String("error")));
    const QJsonObject state = connected.value(QLatin1String("state")).toObject();
    const auto server = m_emulator.connectionOf(QStringLiteral("example.com"));
    QVERIFY(server.has_value());
    QCOMPARE(state.value(QLatin1String("connected")).toBool(), true);
    QCOMPARE(state.value(QLatin1String("railgun_id")).toString(),
             server->value(QLatin1String("railgun_id")).toString());
    QCOMPARE(state.value(QLatin1String("enabled")).toBool(),
             server->value(QLatin1String("enabled")).toString() == QLatin1String("t"));
    QCOMPARE(state.value(QLatin1String("mode")).toInt(),
             server->value(QLatin1String("mode")).toString().toInt());

    const QJsonObject unconnected = a.at(1).toObject();
    QCOMPARE(unconnected.value(QLatin1String("domain")).toString(), free);
    QCOMPARE(unconnected.value(QLatin1String("ok")).toBool(), true);
    const QJsonObject none = unconnected.value(QLatin1String("state")).toObject();
    QCOMPARE(none.value(QLatin1String("connected")).toBool(), false);
    QVERIFY(none.value(QLatin1String("railgun_id")).isNull());
    QCOMPARE(none.value(QLatin1String("enabled")).toBool(), false);

    const QJsonObject invalid = a.at(2).toObject();
    QCOMPARE(invalid.value(QLatin1String("domain")).toString(), QStringLiteral("no spaces.com"));
    QCOMPARE(invalid.value(QLatin1String("ok")).toBool(), false);
    QVERIFY(!invalid.contains(QLatin1String("state")));
    const QJsonObject error = invalid.value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("invalid_input"));
    QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
    QVERIFY(error.contains(QLatin1String("code")));
    // The reason is on stderr too, in words.
    QVERIFY(r.err.contains("no spaces.com: "));
}

void TestRailgunctl::statusTable()
{
    const Run r = run({QStringLiteral("status"), QStringLiteral("example.com")}, clientEnv());
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QLatin1String("DOMAIN")));
    QVERIFY(lines.at(1).startsWith(QLatin1String("example.com")));
    QVERIFY(lines.at(1).contains(QLatin1String(" ok ")));
    QVERIFY(lines.at(1).contains(QLatin1String(" yes ")));
}

void TestRailgunctl::stdinDomains()
{
    const QByteArray input = "# my domains\n\nexample.com\r\n  Example.COM  \nbad_name.org\n"
                             "not-in-account.example # a comment\n";
    const Run r =
        run({QStringLiteral("--json"), QStringLiteral("status"), QStringLiteral("-")}, clientEnv(), input);
    QCOMPARE(r.exitCode, 1);
    const QJsonArray a = r.json().array();
    QCOMPARE(a.size(), 3); // example.com once, the invalid name, the unknown one
    QCOMPARE(a.at(0).toObject().value(QLatin1String("domain")).toString(), QStringLiteral("example.com"));
    QCOMPARE(a.at(0).toObject().value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(
        a.at(1).toObject().value(QLatin1String("error")).toObject().value(QLatin1String("kind")).toString(),
        QStringLiteral("invalid_input"));
    const QJsonObject unknown = a.at(2).toObject().value(QLatin1String("error")).toObject();
    QCOMPARE(unknown.value(QLatin1String("kind")).toString(), QStringLiteral("api_error"));
    QCOMPARE(unknown.value(QLatin1String("code")).toString(), QStringLiteral("E_NOT_FOUND"));
}

void TestRailgunctl::stdinAllDemoDomains()
{
    QStringList domains;
    for (const QJsonValue &acc : m_emulator.state().value(QLatin1String("accounts")).toArray()) {
        if (acc.toObject().value(QLatin1String("email")).toString() == kEmail) {
            for (const QJsonValue &d : acc.toObject().value(QLatin1String("domains")).toArray())
                domains.append(d.toString());
        }
    }
    QCOMPARE(domains.size(), TestAccounts::kDemoDomainCount);
    const Run r = run({QStringLiteral("--json"), QStringLiteral("--concurrency"), QStringLiteral("16"),
                       QStringLiteral("status"), QStringLiteral("-")},
                      clientEnv(), domains.join(QLatin1Char('\n')).toUtf8());
    QCOMPARE(r.exitCode, 0);
    const QJsonArray a = r.json().array();
    QCOMPARE(a.size(), domains.size());
    int connected = 0;
    for (int i = 0; i < a.size(); ++i) {
        const QJsonObject o = a.at(i).toObject();
        QCOMPARE(o.value(QLatin1String("domain")).toString(), domains.at(i)); // input order kept
        QVERIFY(o.value(QLatin1String("ok")).toBool());
        connected +=
            o.value(QLatin1String("state")).toObject().value(QLatin1String("connected")).toBool() ? 1 : 0;
    }
    QCOMPARE(connected, m_emulator.state().value(QLatin1String("connections")).toArray().size());
}

void TestRailgunctl::getInsteadOfPost()
{
    EmulatorProcess verbose({QStringLiteral("--demo"), QStringLiteral("--verbose")});
    QString error;
    QVERIFY2(verbose.start(&error), qPrintable(error));
    Env env = clientEnv();
    env[0].second = verbose.apiBase().toString();

    Run r = run({QStringLiteral("--get"), QStringLiteral("status"), QStringLiteral("example.com")}, env);
    QCOMPARE(r.exitCode, 0);
    QTRY_VERIFY(verbose.standardError().contains(QLatin1String("GET /api/v2/railgun/zone_conn_get_active")));
    QVERIFY(!verbose.standardError().contains(QLatin1String("POST /api/v2/railgun/zone_conn_get_active")));

    r = run({QStringLiteral("status"), QStringLiteral("example.com")}, env);
    QCOMPARE(r.exitCode, 0);
    QTRY_VERIFY(verbose.standardError().contains(QLatin1String("POST /api/v2/railgun/zone_conn_get_active")));
    verbose.stop();
}

void TestRailgunctl::concurrency()
{
    // Every answer takes 300 ms: one at a time, 6 domains cannot finish in less than 1.8 s; six at a time
    // they take about one answer's time.
    constexpr int latencyMs = 300;
    QVERIFY(m_emulator.setFaults({{QStringLiteral("latency_ms"), QString::number(latencyMs)}}));
    QStringList domains = unconnectedDomains(6);
    QCOMPARE(domains.size(), 6);

    QElapsedTimer timer;
    timer.start();
    Run r = run(QStringList{QStringLiteral("--concurrency"), QStringLiteral("1"), QStringLiteral("status")} +
                    domains,
                clientEnv());
    const qint64 serial = timer.elapsed();
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(serial >= 6 * latencyMs, qPrintable(QString::number(serial)));

    timer.restart();
    r = run(QStringList{QStringLiteral("--concurrency=6"), QStringLiteral("status")} + domains, clientEnv());
    const qint64 parallel = timer.elapsed();
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(parallel < 6 * latencyMs, qPrintable(QString::number(parallel)));
}

void TestRailgunctl::fullCycle()
{
    // create
    Run r = run({QStringLiteral("--json"), QStringLiteral("create"), QStringLiteral("cycle-1"),
                 QStringLiteral("Cycle edge")},
                clientEnv());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject created = r.json().object();
    const QString id = created.value(QLatin1String("id")).toString();
    const QString rtkn = created.value(QLatin1String("rtkn")).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(!rtkn.isEmpty());
    m_runs.last().allowedSecret = rtkn;
    QCOMPARE(created.value(QLatin1String("name")).toString(), QStringLiteral("cycle-1"));
    QCOMPARE(created.value(QLatin1String("status")).toString(), QStringLiteral("INI"));
    QCOMPARE(railgunById(id).value(QLatin1String("status")).toString(), QStringLiteral("INI"));
    QCOMPARE(railgunById(id).value(QLatin1String("rtkn")).toString(), rtkn);

    // Not active yet: connect fails per domain, nothing changes.
    const QStringList domains = unconnectedDomains(2);
    QCOMPARE(domains.size(), 2);
    const Env withRtkn = clientEnv() + Env{{QStringLiteral("RAILGUN_RTKN"), rtkn}};
    r = run(QStringList{QStringLiteral("connect")} + domains, withRtkn);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!m_emulator.connectionOf(domains.at(0)).has_value());

    // activate, as the daemon would
    QVERIFY(m_emulator.activate(rtkn));
    QCOMPARE(railgunById(id).value(QLatin1String("status")).toString(), QStringLiteral("V"));

    // connect (mode 0), the token from RAILGUN_RTKN
    r = run(QStringList{QStringLiteral("--json"), QStringLiteral("connect")} + domains, withRtkn);
    QCOMPARE(r.exitCode, 0);
    for (const QJsonValue &v : r.json().array()) {
        const QJsonObject state = v.toObject().value(QLatin1String("state")).toObject();
        QCOMPARE(state.value(QLatin1String("connected")).toBool(), true);
        QCOMPARE(state.value(QLatin1String("railgun_id")).toString(), id);
        QCOMPARE(state.value(QLatin1String("enabled")).toBool(), false);
    }
    for (const QString &d : domains) {
        const auto c = m_emulator.connectionOf(d);
        QVERIFY(c.has_value());
        QCOMPARE(c->value(QLatin1String("railgun_id")).toString(), id);
        QCOMPARE(c->value(QLatin1String("enabled")).toString(), QStringLiteral("f"));
    }

    // enable: the token is looked up (no --rtkn, no RAILGUN_RTKN)
    r = run(QStringList{QStringLiteral("--json"), QStringLiteral("enable")} + domains, clientEnv());
    QCOMPARE(r.exitCode, 0);
    for (const QJsonValue &v : r.json().array())
        QCOMPARE(
            v.toObject().value(QLatin1String("state")).toObject().value(QLatin1String("enabled")).toBool(),
            true);
    for (const QString &d : domains)
        QCOMPARE(m_emulator.connectionOf(d)->value(QLatin1String("enabled")).toString(), QStringLiteral("t"));

    // disable, domains from stdin
    r = run({QStringLiteral("disable"), QStringLiteral("-")}, clientEnv(),
            domains.join(QLatin1Char('\n')).toUtf8());
    QCOMPARE(r.exitCode, 0);
    for (const QString &d : domains)
        QCOMPARE(m_emulator.connectionOf(d)->value(QLatin1String("enabled")).toString(), QStringLiteral("f"));

    // disconnect
    r = run(QStringList{QStringLiteral("--json"), QStringLiteral("disconnect")} + domains, clientEnv());
    QCOMPARE(r.exitCode, 0);
    for (const QJsonValue &v : r.json().array())
        QCOMPARE(
            v.toObject().value(QLatin1String("state")).toObject().value(QLatin1String("connected")).toBool(),
            false);
    for (const QString &d : domains)
        QVERIFY(!m_emulator.connectionOf(d).has_value());

    // delete, the token read from stdin
    r = run({QStringLiteral("--json"), QStringLiteral("delete"), QStringLiteral("-")}, clientEnv(),
            rtkn.toUtf8() + "\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().object().value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(r.json().object().value(QLatin1String("id")).toString(), id);
    QCOMPARE(railgunById(id).value(QLatin1String("status")).toString(), QStringLiteral("D"));
}

void TestRailgunctl::connectWithEnable()
{
    const QString rtkn = rtknOf(QLatin1String(TestAccounts::kActiveRailgunId));
    const QString domain = unconnectedDomains(1).value(0);
    // The contract accepts the token as --rtkn; it is not echoed anywhere.
    Run r =
        run({QStringLiteral("connect"), QStringLiteral("--rtkn"), rtkn, QStringLiteral("--enable"), domain},
            clientEnv());
    QCOMPARE(r.exitCode, 0);
    auto c = m_emulator.connectionOf(domain);
    QVERIFY(c.has_value());
    QCOMPARE(c->value(QLatin1String("railgun_id")).toString(), QLatin1String(TestAccounts::kActiveRailgunId));
    QCOMPARE(c->value(QLatin1String("enabled")).toString(), QStringLiteral("t"));
    QCOMPARE(c->value(QLatin1String("mode")).toString(), QStringLiteral("1"));

    // Partner credentials work for the changes too; --rtkn overrides the lookup.
    r = run({QStringLiteral("disconnect"), QStringLiteral("--rtkn=") + rtkn, domain}, partnerEnv());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!m_emulator.connectionOf(domain).has_value());
}

void TestRailgunctl::rtknLookupNotConnected()
{
    const QString domain = unconnectedDomains(1).value(0);
    for (const QString &command :
         {QStringLiteral("enable"), QStringLiteral("disable"), QStringLiteral("disconnect")}) {
        const Run r = run({QStringLiteral("--json"), command, domain}, clientEnv());
        QCOMPARE(r.exitCode, 1);
        const QJsonObject error = r.json().array().at(0).toObject().value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("not_connected"));
        QVERIFY(r.err.contains(domain.toUtf8() + ": Not connected to a Railgun"));
    }
    QVERIFY(!m_emulator.connectionOf(domain).has_value());
}

void TestRailgunctl::rtknLookupUnknownRailgun()
{
    // The partner connects a customer's domain to the partner's own Railgun; the customer cannot see that
    // Railgun in its list, so its token cannot be looked up.
    QString customerDomain;
    for (const QJsonValue &acc : m_emulator.state().value(QLatin1String("accounts")).toArray()) {
        if (acc.toObject().value(QLatin1String("email")).toString() ==
            QLatin1String(TestAccounts::kCustomerEmail))
            customerDomain = acc.toObject().value(QLatin1String("domains")).toArray().at(0).toString();
    }
    QVERIFY(!customerDomain.isEmpty());
    const QString rtkn = rtknOf(QLatin1String(TestAccounts::kActiveRailgunId));
    Run r = run({QStringLiteral("connect"), customerDomain},
                partnerEnv() + Env{{QStringLiteral("RAILGUN_RTKN"), rtkn}});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(m_emulator.connectionOf(customerDomain).has_value());

    const Env customer{{QStringLiteral("RAILGUN_API_URL"), m_emulator.apiBase().toString()},
                       {QStringLiteral("RAILGUN_EMAIL"), QLatin1String(TestAccounts::kCustomerEmail)},
                       {QStringLiteral("RAILGUN_TOKEN"), QLatin1String(TestAccounts::kCustomerToken)}};
    r = run({QStringLiteral("--json"), QStringLiteral("disable"), customerDomain}, customer);
    QCOMPARE(r.exitCode, 1);
    const QJsonObject error = r.json().array().at(0).toObject().value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("unknown_railgun"));
    QVERIFY(r.err.contains("not in this account's list of Railguns"));
    QVERIFY(!r.text().contains(QLatin1String(TestAccounts::kCustomerToken)));

    // Clean up through the partner, which finds its own token.
    r = run({QStringLiteral("disconnect"), customerDomain}, partnerEnv());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!m_emulator.connectionOf(customerDomain).has_value());
}

void TestRailgunctl::deleteFailures()
{
    const QString bogus = QStringLiteral("00000000000000000000000000000000");
    Run r = run({QStringLiteral("--json"), QStringLiteral("delete"), bogus}, clientEnv());
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().object().value(QLatin1String("ok")).toBool(), false);
    QCOMPARE(
        r.json().object().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
        QStringLiteral("E_NOT_FOUND"));
    QVERIFY(!r.text().contains(bogus)); // the given token is not echoed

    r = run({QStringLiteral("delete")}, clientEnv() + Env{{QStringLiteral("RAILGUN_RTKN"), bogus}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("E_NOT_FOUND"));
    QVERIFY(!r.text().contains(bogus));
}

void TestRailgunctl::serverFaultIsPerDomain()
{
    // The change itself fails with an HTML 500 for one call: that domain fails, the other succeeds.
    const QString rtkn = rtknOf(QStringLiteral("2"));
    const QStringList domains = unconnectedDomains(2);
    QVERIFY(m_emulator.setFaults({{QStringLiteral("fail_actions"), QStringLiteral("conn_set")},
                                  {QStringLiteral("fail_kind"), QStringLiteral("http500")},
                                  {QStringLiteral("fail_next"), QStringLiteral("1")}}));
    const Run r =
        run(QStringList{QStringLiteral("--json"), QStringLiteral("--concurrency"), QStringLiteral("1"),
                        QStringLiteral("connect"), QStringLiteral("--rtkn"), rtkn} +
                domains,
            clientEnv());
    QCOMPARE(r.exitCode, 1);
    const QJsonArray a = r.json().array();
    QCOMPARE(a.size(), 2);
    const QJsonObject error = a.at(0).toObject().value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("kind")).toString(), QStringLiteral("http_status"));
    // A 500 may hide an applied change: the domain was read back and found unchanged.
    QCOMPARE(error.value(QLatin1String("outcome")).toString(), QStringLiteral("not_applied"));
    QVERIFY(!r.out.contains("<html")); // no HTML dumped
    QCOMPARE(a.at(1).toObject().value(QLatin1String("ok")).toBool(), true);
    QVERIFY(!m_emulator.connectionOf(domains.at(0)).has_value());
    QVERIFY(m_emulator.connectionOf(domains.at(1)).has_value());
    // Put it back.
    QVERIFY(m_emulator.resetFaults());
    QCOMPARE(run({QStringLiteral("disconnect"), domains.at(1)}, clientEnv()).exitCode, 0);
}

void TestRailgunctl::readRetriedOnTransientFault()
{
    QVERIFY(m_emulator.setFaults({{QStringLiteral("fail_actions"), QStringLiteral("zone_conn_get_active")},
                                  {QStringLiteral("fail_kind"), QStringLiteral("http503")},
                                  {QStringLiteral("fail_next"), QStringLiteral("1")}}));
    const Run r = run({QStringLiteral("status"), QStringLiteral("example.com")}, clientEnv());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject stats = m_emulator.state().value(QLatin1String("stats")).toObject();
    QVERIFY(stats.value(QLatin1String("by_action"))
                .toObject()
                .value(QLatin1String("zone_conn_get_active"))
                .toInt() >= 2);
}

namespace {
int requestsFor(const QJsonObject &state, const QString &action)
{
    return state.value(QLatin1String("stats"))
        .toObject()
        .value(QLatin1String("by_action"))
        .toObject()
        .value(action)
        .toInt();
}
} // namespace

void TestRailgunctl::lostAnswerIsReadBack_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("reset") << QStringLiteral("reset");
    QTest::newRow("truncated") << QStringLiteral("truncated");
    QTest::newRow("slow (timeout)") << QStringLiteral("slow");
}

void TestRailgunctl::lostAnswerIsReadBack()
{
    // The server applies the change and its answer is lost (cut, truncated, too slow): railgunctl asks
    // the server and reports the change as applied (with how it knows), not as a failure.
    QFETCH(QString, kind);
    const QString rtkn = rtknOf(QStringLiteral("2"));
    const QString domain = unconnectedDomains(1).constFirst();
    QVERIFY(m_emulator.setFaults({{QStringLiteral("fail_actions"), QStringLiteral("conn_set")},
                                  {QStringLiteral("fail_kind"), kind},
                                  {QStringLiteral("slow_ms"), QStringLiteral("4000")},
                                  {QStringLiteral("fail_next"), QStringLiteral("1")}}));
    const int readsBefore = requestsFor(m_emulator.state(), QStringLiteral("zone_conn_get_active"));
    const Run r =
        run({QStringLiteral("--json"), QStringLiteral("connect"), QStringLiteral("--rtkn"), rtkn, domain},
            clientEnv() + Env{{QStringLiteral("RAILGUN_TIMEOUT_MS"), QStringLiteral("1000")}});
    QVERIFY(m_emulator.resetFaults());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject item = r.json().array().at(0).toObject();
    QCOMPARE(item.value(QLatin1String("ok")).toBool(), true);
    QVERIFY(!item.value(QLatin1String("note")).toString().isEmpty());
    QVERIFY(item.value(QLatin1String("state")).toObject().value(QLatin1String("connected")).toBool());
    QVERIFY(m_emulator.connectionOf(domain).has_value());
    // Exactly one read: the one that settled the outcome.
    QCOMPARE(requestsFor(m_emulator.state(), QStringLiteral("zone_conn_get_active")), readsBefore + 1);
    QCOMPARE(run({QStringLiteral("disconnect"), domain}, clientEnv()).exitCode, 0);
}

void TestRailgunctl::successIsNotReadBack()
{
    // A change the server confirmed costs exactly its own request: no read-back unless --verify.
    const QString rtkn = rtknOf(QStringLiteral("2"));
    const QStringList domains = unconnectedDomains(3);
    QJsonObject before = m_emulator.state();
    Run r =
        run(QStringList{QStringLiteral("connect"), QStringLiteral("--rtkn"), rtkn} + domains, clientEnv());
    QCOMPARE(r.exitCode, 0);
    QJsonObject after = m_emulator.state();
    QCOMPARE(requestsFor(after, QStringLiteral("conn_set")),
             requestsFor(before, QStringLiteral("conn_set")) + 3);
    QCOMPARE(requestsFor(after, QStringLiteral("zone_conn_get_active")),
             requestsFor(before, QStringLiteral("zone_conn_get_active")));
    for (const QString &d : domains)
        QVERIFY(m_emulator.connectionOf(d).has_value());

    before = after;
    r = run(QStringList{QStringLiteral("--verify"), QStringLiteral("disconnect")} + domains, clientEnv());
    QCOMPARE(r.exitCode, 0);
    after = m_emulator.state();
    QCOMPARE(requestsFor(after, QStringLiteral("conn_delete")),
             requestsFor(before, QStringLiteral("conn_delete")) + 3);
    // disconnect looks up each domain's connection first (3 reads), --verify reads each back (3 more).
    QCOMPARE(requestsFor(after, QStringLiteral("zone_conn_get_active")),
             requestsFor(before, QStringLiteral("zone_conn_get_active")) + 6);
    for (const QString &d : domains)
        QVERIFY(!m_emulator.connectionOf(d).has_value());
}

void TestRailgunctl::profileFromSettingsFile()
{
    auto tmp = TestTmp::create();
    QVERIFY(tmp && tmp->isValid());
    const QString settings = tmp->filePath(QStringLiteral("railgun-desk.ini"));
    {
        Railgun::SettingsStore store(settings);
        Railgun::Account account;
        account.name = QStringLiteral("Emulator demo");
        account.email = kEmail;
        account.baseUrl = m_emulator.apiBase();
        account.rateLimitRequests = 0;
        account.secretStorage = Railgun::Account::SecretStorage::SettingsFile;
        const QString id = store.save(account);
        QVERIFY(store.setPlainSecret(id, kToken));
        store.sync();
    }
    Run r = run({QStringLiteral("--profile"), QStringLiteral("Emulator demo"), QStringLiteral("--settings"),
                 settings, QStringLiteral("--json"), QStringLiteral("railguns")},
                {});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.json().array().size() >= 4);

    // The environment's URL does not redirect a saved account's secret elsewhere.
    r = run({QStringLiteral("--profile"), QStringLiteral("Emulator demo"), QStringLiteral("--settings"),
             settings, QStringLiteral("status"), QStringLiteral("example.com")},
            {{QStringLiteral("RAILGUN_API_URL"), QStringLiteral("http://127.0.0.1:1/api/v2/railgun/")}});
    QCOMPARE(r.exitCode, 0);

    r = run({QStringLiteral("--profile"), QStringLiteral("Someone else"), QStringLiteral("--settings"),
             settings, QStringLiteral("railguns")},
            {});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("Emulator demo")); // lists the saved accounts
}

void TestRailgunctl::ctrlCCancelsCleanly()
{
    // Ten enabled domains of one Railgun, disabled one at a time with 200 ms per answer; Ctrl-C after a few.
    QString railgunId;
    QStringList domains;
    for (const QJsonValue &v : m_emulator.state().value(QStringLiteral("connections")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("enabled")).toString() != QLatin1String("t"))
            continue;
        if (railgunId.isEmpty())
            railgunId = c.value(QStringLiteral("railgun_id")).toString();
        if (c.value(QStringLiteral("railgun_id")).toString() == railgunId && domains.size() < 10)
            domains.append(c.value(QStringLiteral("domain")).toString());
    }
    QCOMPARE(domains.size(), 10);
    QVERIFY(m_emulator.setFaults({{QStringLiteral("latency_ms"), QStringLiteral("200")}}));
    const int before = m_emulator.state()
                           .value(QStringLiteral("stats"))
                           .toObject()
                           .value(QStringLiteral("requests"))
                           .toInt();

    QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
    for (const QString &key : pe.keys()) {
        if (key.startsWith(QLatin1String("RAILGUN_")))
            pe.remove(key);
    }
    for (const auto &[key, value] : clientEnv())
        pe.insert(key, value);
    pe.insert(QStringLiteral("RAILGUN_RTKN"), rtknOf(railgunId));
    QProcess p;
    p.setProcessEnvironment(pe);
    p.start(m_ctl, QStringList{QStringLiteral("--concurrency"), QStringLiteral("1"), QStringLiteral("--json"),
                               QStringLiteral("disable")} +
                       domains);
    QVERIFY(p.waitForStarted(10000));
    // Three changes answered, then the interrupt.
    QTRY_VERIFY_WITH_TIMEOUT(m_emulator.state()
                                     .value(QStringLiteral("stats"))
                                     .toObject()
                                     .value(QStringLiteral("requests"))
                                     .toInt() >= before + 3,
                             10000);
    QCOMPARE(::kill(static_cast<pid_t>(p.processId()), SIGINT), 0);
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit); // not killed by the signal: it ended cleanly
    QCOMPARE(p.exitCode(), 1);
    Run r;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    m_runs.append(r);
    QVERIFY(r.text().contains(QLatin1String("Cancelling")));

    // One document with every domain: done ones equal the server, cancelled ones were never sent.
    const QJsonArray results = r.json().array();
    QCOMPARE(results.size(), domains.size());
    int done = 0;
    int cancelled = 0;
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        const auto server = m_emulator.connectionOf(o.value(QStringLiteral("domain")).toString());
        QVERIFY(server.has_value());
        const bool enabledOnServer =
            server->value(QStringLiteral("enabled")).toString() == QLatin1String("t");
        if (o.value(QStringLiteral("ok")).toBool()) {
            ++done;
            QCOMPARE(o.value(QStringLiteral("state")).toObject().value(QStringLiteral("enabled")).toBool(),
                     false);
            QVERIFY(!enabledOnServer);
        } else {
            QCOMPARE(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
                     QStringLiteral("cancelled"));
            ++cancelled;
            QVERIFY(enabledOnServer);
        }
    }
    QVERIFY2(done >= 1 && cancelled >= 1,
             qPrintable(QStringLiteral("%1 done, %2 cancelled").arg(done).arg(cancelled)));
    QVERIFY(m_emulator.resetFaults());
}

void TestRailgunctl::noSecretsInAnyOutput()
{
    if (m_runs.size() < 20)
        QSKIP("needs the runs of the other tests (run the whole test case)");
    QStringList secrets{kToken, kHostKey, QLatin1String(TestAccounts::kCustomerToken)};
    for (const QJsonValue &r : m_emulator.state().value(QLatin1String("railguns")).toArray())
        secrets.append(r.toObject().value(QLatin1String("rtkn")).toString());
    secrets.removeAll(QString());
    QVERIFY(secrets.size() >= 6);
    int createdShown = 0;
    for (int i = 0; i < m_runs.size(); ++i) {
        const Run &run = m_runs.at(i);
        for (const QString &secret : std::as_const(secrets)) {
            if (secret == run.allowedSecret) {
                createdShown += run.out.contains(secret.toUtf8()) ? 1 : 0;
                QVERIFY(!run.err.contains(secret.toUtf8()));
                continue;
            }
            QVERIFY2(!run.out.contains(secret.toUtf8()) && !run.err.contains(secret.toUtf8()),
                     qPrintable(QStringLiteral("a secret appeared in the output of run %1").arg(i)));
        }
    }
    QCOMPARE(createdShown, 1); // create printed its own token, once
}

QTEST_GUILESS_MAIN(TestRailgunctl)
#include "tst_railgunctl.moc"
