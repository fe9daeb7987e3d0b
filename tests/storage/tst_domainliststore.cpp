#include "StorageTestSupport.h"
#include "storage/DomainListStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace Railgun;

namespace {

const QString accountId = QStringLiteral("0b7a3a52-6d1c-4f57-9d69-3c1d1b0c2f11");

// The n-th list the crash-test writer saves: its size and contents follow from n, so a reader can tell
// a complete list from a torn one.
QStringList generatedList(int n)
{
    const int size = 1 + (n * 7919) % 400;
    QStringList list;
    list.reserve(size);
    for (int k = 0; k < size; ++k)
        list.append(QStringLiteral("n%1-d%2.example.com").arg(n).arg(k));
    return list;
}

// Child mode: save generatedList(0), (1), ... forever, reporting each save on stdout.
int runWriter(const QString &directory)
{
    DomainListStore store(directory);
    for (int n = 0;; ++n) {
        QString error;
        if (!store.save(accountId, generatedList(n), &error)) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("%d\n", n);
        std::fflush(stdout);
    }
}

} // namespace

class TestDomainListStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = StorageTest::scratchDir();
        QVERIFY(m_dir->isValid());
    }

    void missingFileIsEmpty()
    {
        DomainListStore store(m_dir->filePath(QStringLiteral("not/yet")));
        const auto result = store.load(accountId);
        QVERIFY(result.domains.isEmpty());
        QVERIFY(!result.recovered);
        QVERIFY(result.message.isEmpty());
    }

    void saveAndLoad()
    {
        const QString dir = m_dir->filePath(QStringLiteral("deep/data/dir")); // created as needed
        DomainListStore store(dir);
        const QStringList domains{QStringLiteral("example.com"), QStringLiteral("xn--bcher-kva.example"),
                                  QStringLiteral("shop.example.org")};
        QString error;
        QVERIFY2(store.save(accountId, domains, &error), qPrintable(error));
        QVERIFY(store.fileFor(accountId).startsWith(dir));
        auto result = store.load(accountId);
        QCOMPARE(result.domains, domains);
        QVERIFY(!result.recovered);

        const QJsonObject root =
            QJsonDocument::fromJson(StorageTest::readAll(store.fileFor(accountId))).object();
        QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(root.value(QLatin1String("domains")).toArray().size(), 3);

        QVERIFY(store.save(accountId, {}, &error));
        QVERIFY(store.load(accountId).domains.isEmpty());
        // No temporary files left next to the list.
        QCOMPARE(QDir(dir).entryList(QDir::Files),
                 QStringList{QFileInfo(store.fileFor(accountId)).fileName()});

        store.remove(accountId);
        QVERIFY(!QFileInfo::exists(store.fileFor(accountId)));
    }

    void accountIdCannotEscapeTheFolder()
    {
        DomainListStore store(m_dir->path());
        const QString file = store.fileFor(QStringLiteral("../../etc/passwd"));
        QCOMPARE(QFileInfo(file).absolutePath(), QFileInfo(m_dir->path()).absoluteFilePath());
    }

    void saveFailsWithoutTouchingTheOldFile()
    {
        DomainListStore store(m_dir->path());
        QVERIFY(store.save(accountId, {QStringLiteral("kept.example.com")}));
        QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        QString error;
        const bool saved = store.save(accountId, {QStringLiteral("new.example.com")}, &error);
        QFile::setPermissions(m_dir->path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (saved)
            QSKIP("running as root: a read-only folder is still writable");
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.load(accountId).domains, QStringList{QStringLiteral("kept.example.com")});
    }

    void corruptFileIsBackedUpAndSalvaged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("truncated")
            << QByteArray("{\"version\":1,\"domains\":[\"a.example.com\",\"b.example.org\",\"c.exa")
            << QStringList{QStringLiteral("a.example.com"), QStringLiteral("b.example.org")};
        QTest::newRow("garbage in the middle")
            << QByteArray("{\"version\":1,\"domains\":[\"one.example\",\x01\x02 ## \"two.example.net\"]}")
            << QStringList{QStringLiteral("one.example"), QStringLiteral("two.example.net")};
        QTest::newRow("wrong shape") << QByteArray("[\"x.example.com\", 5, \"not a domain\"]")
                                     << QStringList{QStringLiteral("x.example.com")};
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00", 10) << QStringList{};
        QTest::newRow("unknown version") << QByteArray("{\"version\":7,\"domains\":[\"later.example.com\"]}")
                                         << QStringList{QStringLiteral("later.example.com")};
    }
    void corruptFileIsBackedUpAndSalvaged()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, expected);
        DomainListStore store(m_dir->path());
        const QString file = store.fileFor(accountId);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const auto result = store.load(accountId);
        QVERIFY(result.recovered);
        QCOMPARE(result.domains, expected);

        const QStringList backups =
            QDir(m_dir->path())
                .entryList({QFileInfo(file).fileName() + QStringLiteral(".corrupt-*")}, QDir::Files);
        QCOMPARE(backups.size(), 1);
        QVERIFY2(result.message.contains(backups.first()), qPrintable(result.message));
        QCOMPARE(StorageTest::readAll(m_dir->filePath(backups.first())), bytes);

        // The list file is healthy again and holds what was recovered.
        const auto again = store.load(accountId);
        QVERIFY(!again.recovered);
        QCOMPARE(again.domains, expected);
    }

    // A writer saving different lists in a loop is killed with SIGKILL at random moments: the file must
    // always parse and hold one complete list that was written.
    void survivesKillDuringSave()
    {
        const QString dir = m_dir->filePath(QStringLiteral("crash"));
        DomainListStore store(dir);
        auto *rng = QRandomGenerator::global();
        int lastSeen = -1;
        for (int round = 0; round < 50; ++round) {
            QProcess writer;
            writer.setProgram(QCoreApplication::applicationFilePath());
            writer.setArguments({QStringLiteral("--writer"), dir});
            writer.setProcessChannelMode(QProcess::SeparateChannels);
            writer.start();
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            // Kill after a random number of reported saves (the writer keeps going while we read).
            const int killAfter = 1 + int(rng->bounded(40));
            int reported = 0;
            QByteArray pending;
            while (reported < killAfter) {
                QVERIFY2(writer.state() == QProcess::Running, writer.readAllStandardError().constData());
                if (!writer.waitForReadyRead(10000))
                    QFAIL("the writer stopped reporting saves");
                pending += writer.readAllStandardOutput();
                reported = int(pending.count('\n'));
            }
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            const QByteArray bytes = StorageTest::readAll(store.fileFor(accountId));
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
            QVERIFY2(error.error == QJsonParseError::NoError,
                     qPrintable(QStringLiteral("round %1: %2").arg(round).arg(error.errorString())));
            const QJsonArray array = doc.object().value(QLatin1String("domains")).toArray();
            QVERIFY(!array.isEmpty());
            const QString first = array.first().toString();
            const int n = first.mid(1, first.indexOf(QLatin1Char('-')) - 1).toInt();
            QStringList domains;
            for (const QJsonValue &v : array)
                domains.append(v.toString());
            QVERIFY2(domains == generatedList(n),
                     qPrintable(QStringLiteral("round %1: list %2 is torn").arg(round).arg(n)));
            QVERIFY2(n >= reported - 1, "the file is older than the last reported save");

            const auto loaded = store.load(accountId);
            QVERIFY(!loaded.recovered);
            QCOMPARE(loaded.domains, domains);
            lastSeen = n;
        }
        QVERIFY(lastSeen >= 0);
        // Nothing was ever considered damaged.
        QVERIFY(QDir(dir).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files).isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]));
    QCoreApplication app(argc, argv);
    TestDomainListStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_domainliststore.moc"
