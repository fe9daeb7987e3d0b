// The emulator as a process: persistence across restarts (--state), fixtures, the partner docs' curl
// walk-through with the real curl binary, IPv6, TLS, --auto-activate and secret-free --verbose logs.
#include "ApiCall.h"
#include "EmulatorProcess.h"
#include "TestAccounts.h"
#include "TestCertificate.h"
#include "TestTmp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QtTest>

using namespace TestAccounts;

namespace {
const Fields kDemoAuth{{QStringLiteral("email"), QLatin1String(kDemoEmail)},
                       {QStringLiteral("tkn"), QLatin1String(kDemoToken)}};

QJsonObject railgunById(const QJsonObject &state, const QString &id)
{
    for (const QJsonValue &v : state.value(QLatin1String("railguns")).toArray()) {
        if (v.toObject().value(QLatin1String("railgun_id")).toString() == id)
            return v.toObject();
    }
    return {};
}

// Runs curl and returns its stdout parsed as a JSON object.
QJsonObject curlJson(const QStringList &args)
{
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               QStringList{QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("10")} + args);
    if (!curl.waitForFinished(15000) || curl.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(curl.readAllStandardOutput()).object();
}
} // namespace

class TestEmulatorProcess : public QObject
{
    Q_OBJECT

private slots:
    void persistenceAcrossRestart();
    void fixtureLoading();
    void curlWalkThrough();
    void autoActivate();
    void ipv6Listen();
    void tls();
    void verboseLogHasNoSecrets();
};

void TestEmulatorProcess::persistenceAcrossRestart()
{
    const auto dir = TestTmp::create();
    QVERIFY(dir->isValid());
    const QString stateFile = dir->filePath(QStringLiteral("state.json"));
    EmulatorProcess emu({QStringLiteral("--demo"), QStringLiteral("--state"), stateFile});
    QString error;
    QVERIFY2(emu.start(&error), qPrintable(error));
    QVERIFY(QFile::exists(stateFile));

    ApiAnswer a =
        ApiCall::action(emu.apiBase(), QStringLiteral("init"),
                        kDemoAuth + Fields{{QStringLiteral("name"), QStringLiteral("rg-persist")},
                                           {QStringLiteral("pubname"), QStringLiteral("Persisted")}});
    const QString id = a.response().value(QLatin1String("railgun_id")).toString();
    const QString rtkn = a.response().value(QLatin1String("rtkn")).toString();
    QVERIFY(!rtkn.isEmpty());
    // Every change is on disk at once, not only at exit.
    QFile saved(stateFile);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(!railgunById(QJsonDocument::fromJson(saved.readAll()).object(), id).isEmpty());
    QVERIFY(emu.activate(rtkn));
    const QString domain = QStringLiteral("example.com");
    QCOMPARE(
        ApiCall::action(
            emu.apiBase(), QStringLiteral("conn_delete"),
            kDemoAuth +
                Fields{
                    {QStringLiteral("z"), domain},
                    {QStringLiteral("rtkn"),
                     railgunById(emu.state(), QStringLiteral("1")).value(QLatin1String("rtkn")).toString()}})
            .result(),
        QStringLiteral("success"));
    QCOMPARE(ApiCall::action(emu.apiBase(), QStringLiteral("conn_set"),
                             kDemoAuth + Fields{{QStringLiteral("z"), domain},
                                                {QStringLiteral("rtkn"), rtkn},
                                                {QStringLiteral("mode"), QStringLiteral("0")}})
                 .result(),
             QStringLiteral("success"));
    QJsonObject before = emu.state();
    before.remove(QLatin1String("stats"));
    QVERIFY(emu.stop());

    // Start again from the same file: the same state, and new ids continue after the old ones.
    QVERIFY2(emu.start(&error), qPrintable(error));
    QJsonObject after = emu.state();
    after.remove(QLatin1String("stats"));
    QVERIFY(before == after);
    QCOMPARE(railgunById(after, id).value(QLatin1String("status")).toString(), QStringLiteral("V"));
    QCOMPARE(emu.connectionOf(domain)->value(QLatin1String("railgun_id")).toString(), id);
    a = ApiCall::action(emu.apiBase(), QStringLiteral("init"),
                        kDemoAuth + Fields{{QStringLiteral("name"), QStringLiteral("rg-later")},
                                           {QStringLiteral("pubname"), QStringLiteral("Later")}});
    QVERIFY(a.response().value(QLatin1String("railgun_id")).toString().toLongLong() > id.toLongLong());
    QVERIFY(a.response().value(QLatin1String("rtkn")).toString() != rtkn);
    QVERIFY(emu.stop());
}

void TestEmulatorProcess::fixtureLoading()
{
    const QString fixture =
        qEnvironmentVariable("RAILGUN_SOURCE_DIR") + QStringLiteral("/tests/fixtures/emulator-minimal.json");
    QVERIFY(QFile::exists(fixture));
    EmulatorProcess emu({QStringLiteral("--fixture"), fixture});
    QString error;
    QVERIFY2(emu.start(&error), qPrintable(error));
    const QJsonObject state = emu.state();
    QCOMPARE(state.value(QLatin1String("accounts")).toArray().size(), 2);
    QCOMPARE(state.value(QLatin1String("railguns")).toArray().size(), 2);
    QCOMPARE(state.value(QLatin1String("next_id")).toInteger(), 100);

    const Fields auth{{QStringLiteral("email"), QStringLiteral("fixture@example.org")},
                      {QStringLiteral("tkn"), QStringLiteral("fixture-token-abcdef0123456789")}};
    ApiAnswer a = ApiCall::action(emu.apiBase(), QStringLiteral("zone_conn_get_active"),
                                  auth + Fields{{QStringLiteral("z"), QStringLiteral("Alpha.Example.org")}});
    QCOMPARE(a.response()
                 .value(QLatin1String("railgun_conn"))
                 .toObject()
                 .value(QLatin1String("obj"))
                 .toObject()
                 .value(QLatin1String("railgun_conn_id"))
                 .toString(),
             QStringLiteral("30"));
    a = ApiCall::action(
        emu.apiBase(), QStringLiteral("conn_set"),
        auth + Fields{{QStringLiteral("z"), QStringLiteral("xn--bcher-kva.example")},
                      {QStringLiteral("rtkn"), QStringLiteral("fedcba9876543210fedcba9876543210")},
                      {QStringLiteral("mode"), QStringLiteral("1")}});
    QCOMPARE(a.errCode(), QStringLiteral("E_NOT_ACTIVE"));
    QVERIFY(emu.activate(QStringLiteral("fedcba9876543210fedcba9876543210")));
    a = ApiCall::action(
        emu.apiBase(), QStringLiteral("conn_set"),
        auth + Fields{{QStringLiteral("z"), QStringLiteral("xn--bcher-kva.example")},
                      {QStringLiteral("rtkn"), QStringLiteral("fedcba9876543210fedcba9876543210")},
                      {QStringLiteral("mode"), QStringLiteral("1")}});
    QCOMPARE(a.result(), QStringLiteral("success"));
    QCOMPARE(a.response().value(QLatin1String("railgun_conn_id")).toString(), QStringLiteral("100"));
}

void TestEmulatorProcess::curlWalkThrough()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed");
    EmulatorProcess emu;
    QString error;
    QVERIFY2(emu.start(&error), qPrintable(error));
    const QString api = emu.apiBase().toString();
    const QStringList auth{QStringLiteral("-d"), QStringLiteral("email=") + QLatin1String(kDemoEmail),
                           QStringLiteral("-d"), QStringLiteral("tkn=") + QLatin1String(kDemoToken)};
    const QString domain = QStringLiteral("example.com");

    // 1. init
    QJsonObject j = curlJson(QStringList{api + QStringLiteral("init")} + auth +
                             QStringList{QStringLiteral("-d"), QStringLiteral("name=rg-curl"),
                                         QStringLiteral("-d"), QStringLiteral("pubname=Curl+edge")});
    QCOMPARE(j.value(QLatin1String("result")).toString(), QStringLiteral("success"));
    const QJsonObject init = j.value(QLatin1String("response")).toObject();
    QCOMPARE(init.value(QLatin1String("railgun_status")).toString(), QStringLiteral("INI"));
    const QString rtkn = init.value(QLatin1String("rtkn")).toString();
    const QString id = init.value(QLatin1String("railgun_id")).toString();
    QCOMPARE(railgunById(emu.state(), id).value(QLatin1String("pubname")).toString(),
             QStringLiteral("Curl edge"));

    // 2. the daemon starts: /_emulator/activate
    j = curlJson({emu.url().toString() + QStringLiteral("_emulator/activate"), QStringLiteral("-d"),
                  QStringLiteral("rtkn=") + rtkn});
    QCOMPARE(j.value(QLatin1String("result")).toString(), QStringLiteral("success"));
    QCOMPARE(railgunById(emu.state(), id).value(QLatin1String("status")).toString(), QStringLiteral("V"));

    // 3. suggestion_set with the partner key (GET, as in the partner docs)
    j = curlJson({QStringLiteral("-G"), api + QStringLiteral("suggestion_set"),
                  QStringLiteral("--data-urlencode"),
                  QStringLiteral("host_key=") + QLatin1String(kDemoHostKey), QStringLiteral("-d"),
                  QStringLiteral("z=") + domain, QStringLiteral("-d"), QStringLiteral("rtkn=") + rtkn,
                  QStringLiteral("-d"), QStringLiteral("auto_enabled=0")});
    QCOMPARE(j.value(QLatin1String("result")).toString(), QStringLiteral("success"));
    QCOMPARE(j.value(QLatin1String("response")).toObject().value(QLatin1String("act")).toString(),
             QStringLiteral("railgun_suggest"));

    // 4. conn_set: example.com is on Railgun 1 in the demo, so move it: conn_delete first, then conn_set.
    const QString rg1 = railgunById(emu.state(), QStringLiteral("1")).value(QLatin1String("rtkn")).toString();
    j = curlJson(QStringList{api + QStringLiteral("conn_set")} + auth +
                 QStringList{QStringLiteral("-d"), QStringLiteral("z=") + domain, QStringLiteral("-d"),
                             QStringLiteral("rtkn=") + rtkn, QStringLiteral("-d"), QStringLiteral("mode=1")});
    QCOMPARE(j.value(QLatin1String("err_code")).toString(), QStringLiteral("E_CONFLICT"));
    j = curlJson(QStringList{api + QStringLiteral("conn_delete")} + auth +
                 QStringList{QStringLiteral("-d"), QStringLiteral("z=") + domain, QStringLiteral("-d"),
                             QStringLiteral("rtkn=") + rg1});
    QCOMPARE(j.value(QLatin1String("result")).toString(), QStringLiteral("success"));
    j = curlJson(QStringList{api + QStringLiteral("conn_set")} + auth +
                 QStringList{QStringLiteral("-d"), QStringLiteral("z=") + domain, QStringLiteral("-d"),
                             QStringLiteral("rtkn=") + rtkn, QStringLiteral("-d"), QStringLiteral("mode=1")});
    QCOMPARE(j.value(QLatin1String("result")).toString(), QStringLiteral("success"));
    QCOMPARE(j.value(QLatin1String("response")).toObject().value(QLatin1String("railgun_id")).toString(), id);
    const std::optional<QJsonObject> c = emu.connectionOf(domain);
    QVERIFY(c.has_value());
    QCOMPARE(c->value(QLatin1String("railgun_id")).toString(), id);
    QCOMPARE(c->value(QLatin1String("enabled")).toString(), QStringLiteral("t"));
}

void TestEmulatorProcess::autoActivate()
{
    EmulatorProcess emu({QStringLiteral("--demo"), QStringLiteral("--auto-activate")});
    QString error;
    QVERIFY2(emu.start(&error), qPrintable(error));
    const ApiAnswer a = ApiCall::action(emu.apiBase(), QStringLiteral("init"),
                                        kDemoAuth + Fields{{QStringLiteral("name"), QStringLiteral("n")},
                                                           {QStringLiteral("pubname"), QStringLiteral("p")}});
    QCOMPARE(a.response().value(QLatin1String("railgun_status")).toString(), QStringLiteral("V"));
}

void TestEmulatorProcess::ipv6Listen()
{
    EmulatorProcess emu({QStringLiteral("--demo"), QStringLiteral("--listen"), QStringLiteral("[::1]:0")});
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHostIPv6))
        QSKIP("no IPv6 loopback here");
    probe.close();
    QString error;
    QVERIFY2(emu.start(&error), qPrintable(error));
    QCOMPARE(emu.url().host(), QStringLiteral("::1"));
    QVERIFY(emu.url().toString().startsWith(QLatin1String("http://[::1]:")));
    QCOMPARE(ApiCall::action(emu.apiBase(), QStringLiteral("user_get_all"), kDemoAuth).result(),
             QStringLiteral("success"));
}

void TestEmulatorProcess::tls()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("openssl is not installed (needed to make a test certificate)");
    const auto dir = TestTmp::create();
    QString cert, key, error;
    QVERIFY2(TestCertificate::makeSelfSigned(dir->path(), &cert, &key, &error), qPrintable(error));

    EmulatorProcess emu(
        {QStringLiteral("--demo"), QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
    QVERIFY2(emu.start(&error), qPrintable(error));
    QCOMPARE(emu.url().scheme(), QStringLiteral("https"));

    QFile certFile(cert);
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    QSslConfiguration tlsConfig = QSslConfiguration::defaultConfiguration();
    tlsConfig.addCaCertificates(QSslCertificate::fromData(certFile.readAll()));
    QNetworkAccessManager nam;
    QNetworkRequest request(emu.apiBase().resolved(QUrl(QStringLiteral("user_get_all"))));
    request.setSslConfiguration(tlsConfig);
    request.setTransferTimeout(10000);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = nam.post(request, TestForm::encode(kDemoAuth));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("result")).toString(),
             QStringLiteral("success"));
    reply->deleteLater();
}

void TestEmulatorProcess::verboseLogHasNoSecrets()
{
    EmulatorProcess emu({QStringLiteral("--demo"), QStringLiteral("--verbose")});
    QString error;
    QVERIFY2(emu.start(&error), qPrintable(error));
    const QString rtkn =
        railgunById(emu.state(), QStringLiteral("1")).value(QLatin1String("rtkn")).toString();
    ApiCall::action(emu.apiBase(), QStringLiteral("zone_conn_get_active"),
                    kDemoAuth + Fields{{QStringLiteral("z"), QStringLiteral("example.com")}}, false);
    ApiCall::action(emu.apiBase(), QStringLiteral("conn_setmode_enabled"),
                    Fields{{QStringLiteral("host_key"), QLatin1String(kDemoHostKey)},
                           {QStringLiteral("z"), QStringLiteral("example.com")},
                           {QStringLiteral("rtkn"), rtkn}});
    QVERIFY(emu.activate(rtkn));
    QTRY_VERIFY(emu.standardError().contains(QLatin1String("conn_setmode_enabled")));
    QVERIFY(emu.stop());
    const QString log = emu.standardError();
    QVERIFY(log.contains(QLatin1String("zone_conn_get_active")));
    QVERIFY(log.contains(QLatin1String("***")));
    // Checked without printing the log: it holds no secret at all.
    QVERIFY(!log.contains(QLatin1String(kDemoToken)));
    QVERIFY(!log.contains(QLatin1String(kDemoHostKey)));
    QVERIFY(!log.contains(rtkn));
}

QTEST_GUILESS_MAIN(TestEmulatorProcess)
#include "tst_emulator_process.moc"
