#include "StorageTestSupport.h"
#include "storage/CredentialStore.h"
#include "storage/SettingsStore.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace Railgun;
using Status = CredentialStore::Status;

namespace {

// Runs one store call and waits for its callback; fails the test if it never comes.
struct Outcome
{
    int calls = 0;
    CredentialStore::Result result;
};

template <typename Start> std::optional<CredentialStore::Result> await(Start start, int timeoutMs = 20000)
{
    auto outcome = std::make_shared<Outcome>();
    start([outcome](const CredentialStore::Result &r) {
        ++outcome->calls;
        outcome->result = r;
    });
    (void)QTest::qWaitFor([&] { return outcome->calls > 0; }, timeoutMs);
    if (outcome->calls == 0)
        return std::nullopt;
    return outcome->result;
}

// Child mode: one write against whatever DBUS_SESSION_BUS_ADDRESS says; prints the outcome, never a secret.
int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    CredentialStore store(StorageTest::testService());
    store.setTimeoutMs(qEnvironmentVariableIntValue("RAILGUN_TEST_KEYCHAIN_TIMEOUT_MS"));
    QElapsedTimer clock;
    clock.start();
    int calls = 0;
    store.write(QStringLiteral("child-account"), StorageTest::fakeSecret(),
                [&](const CredentialStore::Result &r) {
                    ++calls;
                    std::printf("status=%s\nelapsed=%lld\nmessage=%s\n",
                                qPrintable(CredentialStore::statusName(r.status)),
                                static_cast<long long>(clock.elapsed()), qPrintable(r.message));
                    std::fflush(stdout);
                    // Stay a little longer: a late answer from the keychain must not call back a second time.
                    QTimer::singleShot(store.timeoutMs(), &app, &QCoreApplication::quit);
                });
    app.exec();
    std::printf("calls=%d\n", calls);
    return 0;
}

struct ChildReport
{
    QString status;
    qint64 elapsedMs = -1;
    QString message;
    int calls = -1;
};

ChildReport parseReport(const QByteArray &out)
{
    ChildReport r;
    for (const QByteArray &line : out.split('\n')) {
        const int eq = line.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = QString::fromLocal8Bit(line.mid(eq + 1));
        if (key == "status")
            r.status = value;
        else if (key == "elapsed")
            r.elapsedMs = value.toLongLong();
        else if (key == "message")
            r.message = value;
        else if (key == "calls")
            r.calls = value.toInt();
    }
    return r;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_service = StorageTest::testService();
        m_keychainProblem = StorageTest::keychainProblem(m_service);
    }

    void writeReadRemove()
    {
        REQUIRE_KEYCHAIN();
        CredentialStore store(m_service);
        const QString id = QStringLiteral("acct-write-read");
        const QString secret = StorageTest::fakeSecret();

        auto r = await([&](auto done) { store.write(id, secret, done); });
        QVERIFY(r);
        QVERIFY2(r->status == Status::Ok, qPrintable(r->message));

        r = await([&](auto done) { store.read(id, done); });
        QVERIFY(r);
        QVERIFY2(r->status == Status::Ok, qPrintable(r->message));
        QVERIFY2(r->secret == secret, "the keychain returned a different secret");

        const QString replaced = StorageTest::fakeSecret();
        QVERIFY(await([&](auto done) { store.write(id, replaced, done); })->status == Status::Ok);
        r = await([&](auto done) { store.read(id, done); });
        QVERIFY(r && r->secret == replaced);

        r = await([&](auto done) { store.remove(id, done); });
        QVERIFY(r);
        QVERIFY2(r->status == Status::Ok, qPrintable(r->message));

        r = await([&](auto done) { store.read(id, done); });
        QVERIFY(r);
        QCOMPARE(r->status, Status::NotFound);
        QVERIFY(r->secret.isEmpty());
        QVERIFY(!r->message.isEmpty());
    }

    void unknownEntryIsNotFound()
    {
        REQUIRE_KEYCHAIN();
        CredentialStore store(m_service);
        const auto r = await([&](auto done) { store.read(QStringLiteral("never-written"), done); });
        QVERIFY(r);
        QCOMPARE(r->status, Status::NotFound);
    }

    void callbackRunsFromTheEventLoopOnce()
    {
        REQUIRE_KEYCHAIN();
        CredentialStore store(m_service);
        int calls = 0;
        bool inside = true;
        bool calledInside = false;
        store.read(QStringLiteral("never-written"), [&](const CredentialStore::Result &) {
            ++calls;
            calledInside = inside;
        });
        inside = false;
        QTRY_COMPARE(calls, 1);
        QVERIFY(!calledInside);
        // QtKeychain runs jobs one after another: once a later job has answered, nothing of the first is
        // left.
        QVERIFY(await([&](auto done) { store.read(QStringLiteral("never-written"), done); }));
        QCoreApplication::processEvents();
        QCOMPARE(calls, 1);
    }

    void destroyedStoreDoesNotCallBack()
    {
        REQUIRE_KEYCHAIN();
        int calls = 0;
        {
            CredentialStore store(m_service);
            store.read(QStringLiteral("never-written"), [&](const CredentialStore::Result &) { ++calls; });
        }
        CredentialStore later(m_service);
        QVERIFY(await([&](auto done) { later.read(QStringLiteral("never-written"), done); }));
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0);
    }

    void sessionSecretsStayInMemory()
    {
        REQUIRE_KEYCHAIN();
        CredentialStore store(m_service);
        const QString secret = StorageTest::fakeSecret();
        store.setSessionSecret(QStringLiteral("s"), secret);
        QVERIFY(store.sessionSecret(QStringLiteral("s")) == secret);
        store.setSessionSecret(QStringLiteral("s"), QString());
        QVERIFY(store.sessionSecret(QStringLiteral("s")).isEmpty());
        // Not in the keychain.
        const auto r = await([&](auto done) { store.read(QStringLiteral("s"), done); });
        QVERIFY(r);
        QCOMPARE(r->status, Status::NotFound);
    }

    void secretForFollowsTheUsersChoice()
    {
        REQUIRE_KEYCHAIN();
        auto dir = StorageTest::scratchDir();
        SettingsStore accounts(dir->filePath(QStringLiteral("settings.ini")));
        CredentialStore store(m_service);
        const QString secret = StorageTest::fakeSecret();

        Account a;
        a.name = QStringLiteral("k");
        a.id = accounts.save(a);
        QVERIFY(await([&](auto done) { store.write(a.id, secret, done); })->status == Status::Ok);
        auto r = await([&](auto done) { store.secretFor(a, &accounts, done); });
        QVERIFY(r && r->status == Status::Ok && r->secret == secret);
        QVERIFY(await([&](auto done) { store.remove(a.id, done); })->status == Status::Ok);

        a.secretStorage = Account::SecretStorage::SessionOnly;
        accounts.save(a);
        r = await([&](auto done) { store.secretFor(a, &accounts, done); });
        QVERIFY(r && r->status == Status::NotFound);
        store.setSessionSecret(a.id, secret);
        r = await([&](auto done) { store.secretFor(a, &accounts, done); });
        QVERIFY(r && r->status == Status::Ok && r->secret == secret);

        a.secretStorage = Account::SecretStorage::SettingsFile;
        accounts.save(a);
        QVERIFY(accounts.setPlainSecret(a.id, secret));
        r = await([&](auto done) { store.secretFor(a, &accounts, done); });
        QVERIFY(r && r->status == Status::Ok && r->secret == secret);
    }

    // No session bus at all: Unavailable with words for the user, well within the timeout.
    void noSessionBusIsUnavailable()
    {
        auto dir = StorageTest::scratchDir();
        const ChildReport report = runChildWithBus(
            QStringLiteral("unix:path=") + dir->filePath(QStringLiteral("no-such-bus-socket")), 5000);
        QCOMPARE(report.status, QStringLiteral("unavailable"));
        QVERIFY(report.message.contains(QStringLiteral("keychain")));
        QVERIFY2(report.elapsedMs >= 0 && report.elapsedMs < 5000 + 1000,
                 qPrintable(QString::number(report.elapsedMs)));
        QCOMPARE(report.calls, 1);
    }

    // A bus that accepts the connection and never answers (as a hung keyring does): our timeout decides.
    void silentKeychainTimesOut()
    {
        auto dir = StorageTest::scratchDir();
        QLocalServer silent;
        QList<QLocalSocket *> held;
        connect(&silent, &QLocalServer::newConnection, this, [&] {
            while (QLocalSocket *s = silent.nextPendingConnection())
                held.append(s); // read nothing, answer nothing
        });
        const QString socketPath = dir->filePath(QStringLiteral("silent-bus"));
        QVERIFY2(silent.listen(socketPath), qPrintable(silent.errorString()));
        const int timeoutMs = 1500;
        const ChildReport report = runChildWithBus(QStringLiteral("unix:path=") + socketPath, timeoutMs);
        QCOMPARE(report.status, QStringLiteral("unavailable"));
        QVERIFY2(report.message.contains(QStringLiteral("did not answer in time")),
                 qPrintable(report.message));
        QVERIFY2(report.elapsedMs >= timeoutMs * 9 / 10 && report.elapsedMs < timeoutMs + 3000,
                 qPrintable(QString::number(report.elapsedMs)));
        QCOMPARE(report.calls, 1);
    }

private:
    ChildReport runChildWithBus(const QString &busAddress, int timeoutMs)
    {
        QProcess child;
        QProcessEnvironment env = StorageTest::environmentWithBus(busAddress);
        env.insert(QStringLiteral("RAILGUN_TEST_KEYCHAIN_TIMEOUT_MS"), QString::number(timeoutMs));
        env.remove(QStringLiteral("DISPLAY")); // no X11 autolaunch of a bus
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-write")});
        if (!child.waitForStarted()) {
            qWarning("child did not start: %s", qPrintable(child.errorString()));
            return {};
        }
        // The event loop keeps running (the silent bus must accept the child's connection).
        (void)QTest::qWaitFor([&] { return child.state() == QProcess::NotRunning; }, 60000);
        if (child.state() != QProcess::NotRunning) {
            child.kill();
            child.waitForFinished();
            qWarning("child hung: the keychain call was not guarded by a timeout");
            return {};
        }
        const QByteArray err = child.readAllStandardError();
        if (!err.isEmpty())
            qDebug("child stderr: %s", err.constData());
        return parseReport(child.readAllStandardOutput());
    }

    QString m_service;
    QString m_keychainProblem; // empty when the probe worked
};

int main(int argc, char **argv)
{
    if (argc == 2 && qstrcmp(argv[1], "--child-write") == 0)
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestCredentialStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
