// The change journal (ChangeJournal): written before a change goes out, completed with its outcome, read
// back with filters, in flight after a kill -9 of a real process, rotated by size, damaged lines skipped and
// reported, and no secret on disk.
#include "StorageTestSupport.h"
#include "storage/ChangeJournal.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace Railgun;
using Kind = ChangeJournal::Outcome::Kind;

namespace {
const QString kKey = QStringLiteral("demo@example.com@127.0.0.1");

ChangeJournal::Change change(const QString &domain,
                             const QString &action = QStringLiteral("conn_setmode_enabled"),
                             const QString &operation = QStringLiteral("op-1"))
{
    ChangeJournal::Change c;
    c.origin = QStringLiteral("cli");
    c.operation = operation;
    c.action = action;
    c.domain = domain;
    Connection before;
    before.railgunId = QStringLiteral("2");
    c.before = ChangeJournal::stateJson(before);
    c.request = QJsonObject{{QStringLiteral("railgun_id"), QStringLiteral("2")}};
    return c;
}

ChangeJournal::Outcome ok(bool enabled = true)
{
    Connection after;
    after.railgunId = QStringLiteral("2");
    after.enabled = enabled;
    after.modeActive = enabled;
    return {Kind::Ok, ChangeJournal::stateJson(after), QString(), false};
}

// The child: `--child-journal DIR MODE`. MODE "loop": begin and complete changes for ever, printing each id
// once its begin returned. MODE "hold": begin one change, print its id, then wait (to be killed).
int childMain(const QString &dir, const QString &mode)
{
    ChangeJournal journal(dir, kKey);
    journal.setLimits(64 * 1024, 3);
    for (int i = 0;; ++i) {
        const QString id = journal.begin(change(QStringLiteral("d%1.example").arg(i)));
        if (id.isEmpty())
            return 3;
        std::printf("begun %s\n", qPrintable(id));
        std::fflush(stdout);
        if (mode == QLatin1String("hold")) {
            char buffer[8];
            (void)std::fgets(buffer, sizeof buffer, stdin); // never answered: the parent kills us
            return 0;
        }
        if (!journal.complete(id, ok()))
            return 4;
        std::printf("done %s\n", qPrintable(id));
        std::fflush(stdout);
    }
}
} // namespace

class TestChangeJournal final : public QObject
{
    Q_OBJECT

private slots:
    void beginThenComplete()
    {
        const auto dir = StorageTest::scratchDir();
        ChangeJournal journal(dir->path(), kKey);
        const QDateTime start = QDateTime::currentDateTimeUtc().addMSecs(-1);
        const QString id = journal.begin(change(QStringLiteral("a.example")));
        QVERIFY(!id.isEmpty());
        // On disk before the change goes out: another reader sees it in flight.
        {
            const ChangeJournal::ReadResult open = ChangeJournal(dir->path(), kKey).inFlight();
            QCOMPARE(open.entries.size(), 1);
            QCOMPARE(open.entries.at(0).id, id);
            QCOMPARE(open.entries.at(0).domain, QStringLiteral("a.example"));
            QCOMPARE(open.entries.at(0).origin, QStringLiteral("cli"));
            QCOMPARE(open.entries.at(0).action, QStringLiteral("conn_setmode_enabled"));
            QCOMPARE(open.entries.at(0).before.toObject().value(QLatin1String("enabled")).toBool(), false);
            QVERIFY(open.entries.at(0).time >= start);
            QVERIFY(!open.entries.at(0).completed);
        }
        QVERIFY(journal.complete(id, ok()));
        const ChangeJournal::ReadResult all = journal.read();
        QVERIFY(all.damaged.isEmpty());
        QCOMPARE(all.entries.size(), 1);
        const ChangeJournal::Entry &e = all.entries.at(0);
        QVERIFY(e.completed);
        QCOMPARE(e.outcome.kind, Kind::Ok);
        QCOMPARE(e.outcome.after.toObject().value(QLatin1String("enabled")).toBool(), true);
        QVERIFY(e.completedAt >= e.time);
        QVERIFY(journal.inFlight().entries.isEmpty());
        QCOMPARE(QFile(journal.currentFile()).permissions() &
                     (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void errorsAndRechecks()
    {
        const auto dir = StorageTest::scratchDir();
        ChangeJournal journal(dir->path(), kKey);
        const QString failed = journal.begin(change(QStringLiteral("a.example")));
        const QString lost = journal.begin(change(QStringLiteral("b.example")));
        QVERIFY(journal.complete(failed,
                                 {Kind::Error, QJsonValue(), QStringLiteral("E_NOT_FOUND: no such"), false}));
        QVERIFY(journal.complete(lost, {Kind::Rechecked, ok().after, QString(), true}));
        const QList<ChangeJournal::Entry> entries = journal.read().entries;
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).outcome.kind, Kind::Error);
        QCOMPARE(entries.at(0).outcome.error, QStringLiteral("E_NOT_FOUND: no such"));
        QVERIFY(entries.at(0).outcome.after.isNull());
        QCOMPARE(entries.at(1).outcome.kind, Kind::Rechecked);
        QVERIFY(entries.at(1).outcome.applied);
    }

    void filters()
    {
        // A journal as an earlier session left it (the documented line format), so times are fixed.
        const auto dir = StorageTest::scratchDir();
        ChangeJournal journal(dir->path(), kKey);
        QFile f(journal.currentFile());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"v":1,"type":"begin","id":"1","time":"2026-01-01T10:00:00.000Z","origin":"app","operation":"op-1","action":"conn_set","domain":"a.example","before":{"connected":false},"request":{}}
{"v":1,"type":"begin","id":"2","time":"2026-01-01T10:00:00.500Z","origin":"app","operation":"op-1","action":"conn_set","domain":"b.example","before":null,"request":{}}
{"v":1,"type":"end","id":"1","time":"2026-01-01T10:00:01.000Z","outcome":"ok","after":{"connected":true,"railgun_id":"2","enabled":true,"mode":1}}
{"v":1,"type":"begin","id":"3","time":"2026-03-01T08:00:00.000Z","origin":"cli","operation":"op-2","action":"conn_delete","domain":"a.example","before":null,"request":{}}
)");
        f.close();

        const QList<ChangeJournal::Entry> all = journal.read().entries;
        QCOMPARE(all.size(), 3);
        QVERIFY(all.at(0).completed);
        QCOMPARE(all.at(0).completedAt, QDateTime(QDate(2026, 1, 1), QTime(10, 0, 1), Qt::UTC));
        QVERIFY(!all.at(1).completed);
        QCOMPARE(all.at(2).origin, QStringLiteral("cli"));
        ChangeJournal::Filter byDomain;
        byDomain.domain = QStringLiteral("A.example");
        QCOMPARE(journal.read(byDomain).entries.size(), 2);
        ChangeJournal::Filter byOperation;
        byOperation.operation = QStringLiteral("op-1");
        QCOMPARE(journal.read(byOperation).entries.size(), 2);
        ChangeJournal::Filter since;
        since.since = QDateTime(QDate(2026, 1, 1), QTime(10, 0, 0, 500), Qt::UTC);
        const QList<ChangeJournal::Entry> late = journal.read(since).entries;
        QCOMPARE(late.size(), 2);
        QCOMPARE(late.at(0).id, QStringLiteral("2"));
        since.since = since.since.addMSecs(1);
        QCOMPARE(journal.read(since).entries.size(), 1);
        ChangeJournal::Filter both;
        both.domain = QStringLiteral("b.example");
        both.operation = QStringLiteral("op-2");
        QVERIFY(journal.read(both).entries.isEmpty());
        QCOMPARE(journal.inFlight().entries.size(), 2);
    }

    void accountsHaveFilesOfTheirOwn()
    {
        const auto dir = StorageTest::scratchDir();
        Credentials client;
        client.email = QStringLiteral("Demo@Example.com");
        client.token = QStringLiteral("token-that-must-not-show");
        Credentials partner;
        partner.kind = Credentials::Kind::Partner;
        partner.hostKey = QStringLiteral("host-key-that-must-not-show");
        const QUrl base(QStringLiteral("http://127.0.0.1:8080/api/v2/railgun/"));
        const QString clientKey = ChangeJournal::accountKey(base, client);
        const QString partnerKey = ChangeJournal::accountKey(base, partner);
        QCOMPARE(clientKey, QStringLiteral("demo@example.com@127.0.0.1_8080"));
        QVERIFY(!partnerKey.contains(QStringLiteral("host-key")));
        QVERIFY(partnerKey !=
                ChangeJournal::accountKey(QUrl(QStringLiteral("http://127.0.0.1:8081/")), partner));
        ChangeJournal a(dir->path(), clientKey), b(dir->path(), partnerKey);
        QVERIFY(a.currentFile() != b.currentFile());
        QVERIFY(!a.begin(change(QStringLiteral("a.example"))).isEmpty());
        QCOMPARE(a.read().entries.size(), 1);
        QVERIFY(b.read().entries.isEmpty());
        // A key cannot leave the directory.
        ChangeJournal evil(dir->path(), QStringLiteral("../../x"));
        QCOMPARE(QFileInfo(evil.currentFile()).absolutePath(), QDir(dir->path()).absolutePath());
    }

    void secretsAreMasked()
    {
        const auto dir = StorageTest::scratchDir();
        ChangeJournal journal(dir->path(), kKey);
        const QString rtkn = QStringLiteral("0123456789abcdef0123456789abcdef");
        journal.setKnownSecrets({rtkn, QStringLiteral("ab")});
        ChangeJournal::Change c = change(QStringLiteral("a.example"));
        c.request.insert(QStringLiteral("rtkn"), rtkn);
        c.request.insert(QStringLiteral("note"), QStringLiteral("sent with %1").arg(rtkn));
        c.request.insert(QStringLiteral("url"),
                         QStringLiteral("https://x/conn_set?tkn=abcdefgh&z=a.example"));
        const QString id = journal.begin(c);
        QVERIFY(journal.complete(
            id, {Kind::Error, QJsonValue(), QStringLiteral("bad token %1").arg(rtkn), false}));
        const QByteArray disk = StorageTest::readAll(journal.currentFile());
        QVERIFY(!disk.isEmpty());
        QVERIFY(!disk.contains(rtkn.toLatin1()));
        QVERIFY(!disk.contains("abcdefgh"));
        QVERIFY(disk.contains("a.example")); // short "secrets" do not mask ordinary text
        const ChangeJournal::Entry e = journal.read().entries.at(0);
        QCOMPARE(e.request.value(QLatin1String("rtkn")).toString(), QStringLiteral("***"));
        QCOMPARE(e.outcome.error, QStringLiteral("bad token ***"));
    }

    void damagedLinesAreSkippedAndReported()
    {
        const auto dir = StorageTest::scratchDir();
        ChangeJournal journal(dir->path(), kKey);
        const QString first = journal.begin(change(QStringLiteral("a.example")));
        {
            QFile f(journal.currentFile());
            QVERIFY(f.open(QIODevice::Append));
            f.write("this is not json\n");
            f.write("{\"v\":1,\"type\":\"begin\"}\n");               // no id
            f.write("{\"v\":99,\"type\":\"begin\",\"id\":\"x\"}\n"); // a future version
            f.write("[1,2]\n");
            f.write("{\"v\":1,\"type\":\"end\",\"id\":\""); // torn: the writer was killed
        }
        // Appending after a torn line starts a line of its own.
        QVERIFY(journal.complete(first, ok()));
        const QString second = journal.begin(change(QStringLiteral("b.example")));
        QVERIFY(!second.isEmpty());
        const ChangeJournal::ReadResult r = journal.read();
        QCOMPARE(r.entries.size(), 2);
        QVERIFY(r.entries.at(0).completed);
        QVERIFY(!r.entries.at(1).completed);
        QCOMPARE(r.damaged.size(), 5);
        QList<int> lines;
        for (const ChangeJournal::Damage &d : r.damaged) {
            lines.append(d.line);
            QVERIFY(!d.reason.isEmpty());
            QCOMPARE(d.file, journal.currentFile());
        }
        QCOMPARE(lines, (QList<int>{2, 3, 4, 5, 6}));
        QCOMPARE(journal.inFlight().entries.size(), 1);
        QCOMPARE(journal.inFlight().entries.at(0).id, second);
    }

    void aMissingJournalIsEmpty()
    {
        const auto dir = StorageTest::scratchDir();
        ChangeJournal journal(dir->path() + QStringLiteral("/not/yet"), kKey);
        QVERIFY(journal.read().entries.isEmpty());
        QVERIFY(journal.read().damaged.isEmpty());
        QVERIFY(!journal.begin(change(QStringLiteral("a.example"))).isEmpty()); // creates the folder
        QCOMPARE(journal.read().entries.size(), 1);
    }

    void unwritableJournalRefusesTheChange()
    {
        const auto dir = StorageTest::scratchDir();
        QFile blocker(dir->path() + QStringLiteral("/blocked"));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        ChangeJournal journal(blocker.fileName(), kKey);
        QString error;
        QVERIFY(journal.begin(change(QStringLiteral("a.example")), &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("journal")));
    }

    void rotatesBySizeKeepingAFewFiles()
    {
        const auto dir = StorageTest::scratchDir();
        ChangeJournal journal(dir->path(), kKey);
        journal.setLimits(4096, 3);
        QStringList ids;
        for (int i = 0; i < 200; ++i) {
            const QString id = journal.begin(change(QStringLiteral("d%1.example").arg(i)));
            QVERIFY(journal.complete(id, ok()));
            ids.append(id);
        }
        const QStringList files = journal.files();
        QCOMPARE(files.size(), 3);
        QCOMPARE(files.last(), journal.currentFile());
        for (const QString &f : files)
            QVERIFY2(QFileInfo(f).size() <= 4096, qPrintable(f));
        QVERIFY(!QFileInfo::exists(journal.currentFile() + QStringLiteral(".3")));
        const ChangeJournal::ReadResult r = journal.read();
        QVERIFY(r.damaged.isEmpty());
        // The newest changes are kept, each once, in order; the oldest rotated away.
        QVERIFY(r.entries.size() > 10 && r.entries.size() < 200);
        for (int i = 0; i < r.entries.size(); ++i)
            QCOMPARE(r.entries.at(i).id, ids.at(ids.size() - r.entries.size() + i));
        QVERIFY(r.entries.constFirst().completed || r.entries.size() > 1);
        QVERIFY(r.entries.constLast().completed);
        // A completion whose begin rotated away is not a change of its own.
        QVERIFY(journal.inFlight().entries.isEmpty());
    }

    void killedMidChangeLeavesItInFlight()
    {
        const auto dir = StorageTest::scratchDir();
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child-journal"), dir->path(), QStringLiteral("hold")});
        QVERIFY(child.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return child.canReadLine() || child.state() == QProcess::NotRunning; },
                                30000));
        const QByteArray line = child.readLine().trimmed();
        QVERIFY2(line.startsWith("begun "), line.constData());
        const QString id = QString::fromLatin1(line.mid(6));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        ChangeJournal journal(dir->path(), kKey);
        const ChangeJournal::ReadResult open = journal.inFlight();
        QVERIFY(open.damaged.isEmpty());
        QCOMPARE(open.entries.size(), 1);
        QCOMPARE(open.entries.at(0).id, id);
        QCOMPARE(open.entries.at(0).domain, QStringLiteral("d0.example"));
        // The next session re-checks it and says what it found: then nothing is in flight.
        QVERIFY(journal.complete(id, {Kind::Rechecked, ok(false).after, QString(), false}));
        QVERIFY(journal.inFlight().entries.isEmpty());
        QCOMPARE(journal.read().entries.size(), 1);
    }

    void killedWhileWritingLosesNothingBegun()
    {
        const auto dir = StorageTest::scratchDir();
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child-journal"), dir->path(), QStringLiteral("loop")});
        QVERIFY(child.waitForStarted());
        // Let it rotate at least once (64 KiB files), then kill it wherever it is.
        QStringList begun, done;
        QByteArray pending;
        QVERIFY(QTest::qWaitFor(
            [&] {
                pending += child.readAllStandardOutput();
                return pending.count('\n') >= 1200 || child.state() == QProcess::NotRunning;
            },
            60000));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        pending += child.readAllStandardOutput();
        for (const QByteArray &l : pending.split('\n')) {
            if (l.startsWith("begun "))
                begun.append(QString::fromLatin1(l.mid(6)));
            else if (l.startsWith("done "))
                done.append(QString::fromLatin1(l.mid(5)));
        }
        QVERIFY(begun.size() >= 600);

        ChangeJournal journal(dir->path(), kKey);
        journal.setLimits(64 * 1024, 3);
        const ChangeJournal::ReadResult r = journal.read();
        // At most the line being written when the kill came is torn.
        QVERIFY2(r.damaged.size() <= 1, qPrintable(QString::number(r.damaged.size())));
        QHash<QString, const ChangeJournal::Entry *> byId;
        for (const ChangeJournal::Entry &e : r.entries)
            byId.insert(e.id, &e);
        // Every change the child had begun is in the journal (those not rotated away), each once; every
        // change it reported done is completed; at most the last one is in flight.
        const QString oldestKept = r.entries.constFirst().id;
        const int from = begun.indexOf(oldestKept);
        QVERIFY(from >= 0);
        for (int i = from; i < begun.size(); ++i)
            QVERIFY2(byId.contains(begun.at(i)), qPrintable(begun.at(i)));
        for (const QString &id : qAsConst(done)) {
            if (byId.contains(id))
                QVERIFY(byId.value(id)->completed);
        }
        const QList<ChangeJournal::Entry> open = journal.inFlight().entries;
        QVERIFY(open.size() <= 1);
        if (!open.isEmpty())
            QCOMPARE(open.at(0).id, r.entries.constLast().id);
        QCOMPARE(r.entries.size(), byId.size());
    }
};

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--child-journal") == 0) {
        QCoreApplication app(argc, argv);
        return childMain(QString::fromLocal8Bit(argv[2]), QString::fromLatin1(argv[3]));
    }
    QCoreApplication app(argc, argv);
    TestChangeJournal test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_changejournal.moc"
