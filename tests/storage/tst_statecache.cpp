// The state cache (storage/StateCacheFile, StateCacheWriter): what is written is read back; damaged lines
// are skipped and counted; a damaged file is kept aside and what could be read survives; a writer batches
// changes and flushes on destruction; a SIGKILL of a real process in the middle of writing loses nothing
// that was saved before.
#include "StorageTestSupport.h"
#include "storage/StateCacheFile.h"
#include "storage/StateCacheWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace Railgun;

namespace {

const QString kAccount = QStringLiteral("acct-1");

DomainState connected(const QString &domain, const QString &railgun, bool enabled, qint64 at)
{
    return {domain, DomainState::Binding::Connected, railgun, enabled, at};
}

DomainState free(const QString &domain, qint64 at)
{
    return {domain, DomainState::Binding::NotConnected, QString(), false, at};
}

// `n` states whose checked time says which generation wrote them.
QList<DomainState> generation(int n, qint64 gen)
{
    QList<DomainState> states;
    for (int i = 0; i < n; ++i)
        states.append(i % 3 ? connected(QStringLiteral("d%1.example").arg(i), QStringLiteral("7"), i % 2, gen)
                            : free(QStringLiteral("d%1.example").arg(i), gen));
    return states;
}

// The child: `--child-cache DIR`: saves generation 1, 2, 3, ... of 20,000 states for ever, printing each
// generation once its save returned.
int childMain(const QString &dir)
{
    StateCacheFile file(dir);
    for (qint64 gen = 1;; ++gen) {
        if (!file.save(kAccount, generation(20000, gen)))
            return 3;
        std::printf("saved %lld\n", static_cast<long long>(gen));
        std::fflush(stdout);
    }
}

} // namespace

class TestStateCache final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        auto dir = StorageTest::scratchDir();
        QVERIFY(dir->isValid());
        StateCacheFile file(dir->path());
        const QList<DomainState> states{
            connected(QStringLiteral("a.example"), QStringLiteral("12"), true, 1000),
            connected(QStringLiteral("b.example"), QStringLiteral("12"), false, 2000),
            free(QStringLiteral("xn--mnchen-3ya.de"), 3000)};
        QString error;
        QVERIFY2(file.save(kAccount, states, &error), qPrintable(error));
        const StateCacheFile::LoadResult loaded = file.load(kAccount);
        QVERIFY(!loaded.recovered);
        QCOMPARE(loaded.states, states);
        // Other accounts have their own file.
        QVERIFY(file.load(QStringLiteral("other")).states.isEmpty());
        QVERIFY(file.fileFor(kAccount) != file.fileFor(QStringLiteral("other")));
    }

    void unknownAndUnwritableStatesAreLeftOut()
    {
        QList<DomainState> states{free(QStringLiteral("ok.example"), 5)};
        states.append(
            {QStringLiteral("unknown.example"), DomainState::Binding::Unknown, QString(), false, 5});
        states.append(connected(QStringLiteral("tab\tinside.example"), QStringLiteral("1"), true, 5));
        states.append(connected(QStringLiteral("id.example"), QStringLiteral("1\n2"), true, 5));
        int damaged = -1;
        const QList<DomainState> back = StateCacheFile::parse(StateCacheFile::serialize(states), &damaged);
        QCOMPARE(damaged, 0);
        QCOMPARE(back, QList<DomainState>{free(QStringLiteral("ok.example"), 5)});
    }

    void damagedLinesAreSkippedAndCounted()
    {
        const QByteArray bytes = "railgun-desk-state 1\n"
                                 "good.example\tC\t9\t1\t100\n"
                                 "bad-binding.example\tX\t9\t1\t100\n"
                                 "no-id.example\tC\t\t1\t100\n"
                                 "BIG.example\tN\t\t0\t100\n"
                                 "few-fields.example\tN\t\t0\n"
                                 "bad-time.example\tN\t\t0\tsoon\n"
                                 "good.example\tN\t\t0\t200\n" // a duplicate: the first one counts
                                 "\n"
                                 "free.example\tN\t\t0\t300\n"
                                 "cut.example\tC\t9\t1\t10"; // no line end: cut off
        int damaged = 0;
        const QList<DomainState> states = StateCacheFile::parse(bytes, &damaged);
        QCOMPARE(damaged, 7);
        QCOMPARE(states, (QList<DomainState>{
                             connected(QStringLiteral("good.example"), QStringLiteral("9"), true, 100),
                             free(QStringLiteral("free.example"), 300)}));
        // A file that is not ours at all, and an empty one, are damage too.
        QCOMPARE(StateCacheFile::parse("{\"version\":1}", &damaged).size(), 0);
        QCOMPARE(damaged, 1);
        StateCacheFile::parse(QByteArray(), &damaged);
        QCOMPARE(damaged, 1);
    }

    void damagedFileIsKeptAsideAndRecovered()
    {
        auto dir = StorageTest::scratchDir();
        QVERIFY(dir->isValid());
        StateCacheFile file(dir->path());
        const QByteArray bytes = "railgun-desk-state 1\n"
                                 "kept.example\tC\t4\t0\t100\n"
                                 "\x01garbage\xff\xfe\n"
                                 "also-kept.example\tN\t\t0\t200\n";
        {
            QFile f(file.fileFor(kAccount));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const StateCacheFile::LoadResult loaded = file.load(kAccount);
        QVERIFY(loaded.recovered);
        QCOMPARE(loaded.states.size(), 2);
        QVERIFY(loaded.message.contains(QLatin1String(".corrupt-")));
        // The damaged original is kept byte for byte; the file now holds what could be read.
        const QStringList backups =
            QDir(dir->path())
                .entryList({QFileInfo(file.fileFor(kAccount)).fileName() + QStringLiteral(".corrupt-*")});
        QCOMPARE(backups.size(), 1);
        QCOMPARE(StorageTest::readAll(QDir(dir->path()).filePath(backups.constFirst())), bytes);
        const StateCacheFile::LoadResult again = file.load(kAccount);
        QVERIFY(!again.recovered);
        QCOMPARE(again.states, loaded.states);
    }

    void saveFailureIsReported()
    {
        auto dir = StorageTest::scratchDir();
        QVERIFY(dir->isValid());
        StateCacheFile file(dir->path());
        const QList<DomainState> old{free(QStringLiteral("old.example"), 1)};
        QVERIFY(file.save(kAccount, old));
        // A save that cannot succeed, as root too: the target path is a directory.
        const QString blocked = file.fileFor(QStringLiteral("blocked"));
        QVERIFY(QDir().mkpath(blocked));
        QString error;
        QVERIFY(!file.save(QStringLiteral("blocked"), old, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(file.load(kAccount).states, old);
    }

    void writerBatchesAndFlushesOnDestruction()
    {
        auto dir = StorageTest::scratchDir();
        QVERIFY(dir->isValid());
        StateCacheFile file(dir->path());
        QList<DomainState> current{free(QStringLiteral("first.example"), 1)};
        int snapshots = 0;
        {
            StateCacheWriter writer(file, kAccount, [&]() -> std::optional<QList<DomainState>> {
                ++snapshots;
                return current;
            });
            writer.setDelay(50);
            QSignalSpy written(&writer, &StateCacheWriter::written);
            for (int i = 0; i < 100; ++i)
                writer.markDirty(); // a burst of changes ...
            QVERIFY(written.wait(5000));
            QCOMPARE(snapshots, 1); // ... is one write
            QCOMPARE(file.load(kAccount).states, current);

            current.append(free(QStringLiteral("second.example"), 2));
            writer.setDelay(60 * 60 * 1000); // would never fire in this test
            writer.markDirty();
            QVERIFY(writer.isDirty());
        } // destroyed: the pending change is written now
        QCOMPARE(file.load(kAccount).states, current);
        QCOMPARE(snapshots, 2);
    }

    void writerNeverWritesWithoutASnapshot()
    {
        auto dir = StorageTest::scratchDir();
        QVERIFY(dir->isValid());
        StateCacheFile file(dir->path());
        const QList<DomainState> old{free(QStringLiteral("old.example"), 1)};
        QVERIFY(file.save(kAccount, old));
        {
            StateCacheWriter writer(file, kAccount,
                                    []() -> std::optional<QList<DomainState>> { return std::nullopt; });
            writer.markDirty();
        }
        QCOMPARE(file.load(kAccount).states, old); // not replaced by an empty list
    }

    void killedWhileWritingLosesNothingSaved()
    {
        auto dir = StorageTest::scratchDir();
        QVERIFY(dir->isValid());
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-cache"), dir->path()});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        // Let it save a few generations, then kill it wherever it is (most of its time is spent writing).
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += child.readAllStandardOutput();
                return out.count('\n') >= 3 || child.state() == QProcess::NotRunning;
            },
            120000));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        out += child.readAllStandardOutput();
        const QList<QByteArray> lines = out.trimmed().split('\n');
        const qint64 lastSaved = lines.constLast().mid(6).toLongLong();
        QVERIFY(lastSaved >= 3);

        // The file is whole: the generation whose save returned last, or the one after it.
        const StateCacheFile::LoadResult loaded = StateCacheFile(dir->path()).load(kAccount);
        QVERIFY2(!loaded.recovered, qPrintable(loaded.message));
        QCOMPARE(loaded.states.size(), 20000);
        const qint64 gen = loaded.states.constFirst().checkedAtMs;
        QVERIFY2(gen == lastSaved || gen == lastSaved + 1, qPrintable(QString::number(gen)));
        QCOMPARE(loaded.states, generation(20000, gen));
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--child-cache") == 0) {
        QCoreApplication app(argc, argv);
        return childMain(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestStateCache test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_statecache.moc"
