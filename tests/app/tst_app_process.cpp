// The real railgun-desk binary, offscreen, against the real emulator: SIGTERM (a logout, `kill`) ends it as
// closing its window does: a normal exit, with the last known states of every domain written.
#include "EmulatorProcess.h"
#include "TestTmp.h"
#include "storage/StateCacheFile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace Railgun;

class TestAppProcess final : public QObject
{
    Q_OBJECT

private slots:
    void sigtermWritesTheStatesAndExitsNormally()
    {
        EmulatorProcess emu;
        QString error;
        QVERIFY2(emu.start(&error), qPrintable(error));
        auto tmp = TestTmp::create();
        QVERIFY(tmp && tmp->isValid());
        const QString data = tmp->filePath(QStringLiteral("data"));

        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("RAILGUN_DEMO_RATE_LIMIT"), QStringLiteral("0"));
        app.setProcessEnvironment(env);
        app.start(qEnvironmentVariable("RAILGUN_DESK"),
                  {QStringLiteral("--demo"), emu.url().toString(), QStringLiteral("--settings"),
                   tmp->filePath(QStringLiteral("settings.ini")), QStringLiteral("--data-dir"), data});
        QVERIFY2(app.waitForStarted(), qPrintable(app.errorString()));

        // Every demo domain read: the server has answered one read per domain.
        const int domains = emu.state()
                                .value(QLatin1String("accounts"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QLatin1String("domains"))
                                .toArray()
                                .size();
        QVERIFY(domains > 100);
        const auto reads = [&emu] {
            return emu.state()
                .value(QLatin1String("stats"))
                .toObject()
                .value(QLatin1String("by_action"))
                .toObject()
                .value(QLatin1String("zone_conn_get_active"))
                .toInt();
        };
        QTRY_VERIFY_WITH_TIMEOUT(reads() >= domains, 60000);
        QVERIFY(app.state() == QProcess::Running);

        ::kill(pid_t(app.processId()), SIGTERM);
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);

        // The states on disk are the server's, for every domain (the last ones were written at the exit, not
        // only by the batched writer).
        const QStringList files = QDir(data).entryList({QStringLiteral("state-*.tsv")});
        QCOMPARE(files.size(), 1);
        const QString id = files.constFirst().mid(6).chopped(4);
        const StateCacheFile::LoadResult cached = StateCacheFile(data).load(id);
        QVERIFY(!cached.recovered);
        QCOMPARE(int(cached.states.size()), domains);
        QHash<QString, QJsonObject> server;
        for (const QJsonValue &c : emu.state().value(QLatin1String("connections")).toArray())
            server.insert(c.toObject().value(QLatin1String("domain")).toString(), c.toObject());
        for (const DomainState &s : cached.states) {
            const auto it = server.constFind(s.domain);
            if (it == server.cend()) {
                QCOMPARE(s.binding, DomainState::Binding::NotConnected);
                continue;
            }
            QCOMPARE(s.binding, DomainState::Binding::Connected);
            QCOMPARE(s.railgunId, it->value(QLatin1String("railgun_id")).toString());
            QCOMPARE(s.enabled, it->value(QLatin1String("enabled")).toString() == QLatin1String("t"));
        }
    }
};

QTEST_GUILESS_MAIN(TestAppProcess)
#include "tst_app_process.moc"
