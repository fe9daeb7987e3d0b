#include "StorageTestSupport.h"
#include "storage/SettingsStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Railgun;

namespace {

const char testCaPem[] = "-----BEGIN CERTIFICATE-----\n"
                         "MIIBlTCCATugAwIBAgIUZE5IvwfF9V2a0aD6kDQ/QMh45UQwCgYIKoZIzj0EAwIw\n"
                         "HzEdMBsGA1UEAwwUUmFpbGd1biBEZXNrIFRlc3QgQ0EwIBcNMjYxMTI4MTMxMTM5\n"
                         "WhgPMjEyNjExMDQxMzExMzlaMB8xHTAbBgNVBAMMFFJhaWxndW4gRGVzayBUZXN0\n"
                         "IENBMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEFj7a13VJ7U2JN7eEHb6/A6B+\n"
                         "eq8GND9bBDMhoyyCzLykAfhe5bkOmv89rlLBcBWto7TkbOwRVZNFk4NchNY87KNT\n"
                         "MFEwHQYDVR0OBBYEFOMRRpnlOGG3nX6MpHjYO3TgkgR2MB8GA1UdIwQYMBaAFOMR\n"
                         "RpnlOGG3nX6MpHjYO3TgkgR2MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwID\n"
                         "SAAwRQIgNmQIDsRoaoYn3CLwgBGHGCD+vWhlECI/1lUROy7vgfMCIQDMdYg8Hx8L\n"
                         "J6e4qDjKa5DuSvtQp8DR4a9xGAn943LOAw==\n"
                         "-----END CERTIFICATE-----\n";

Account sampleAccount()
{
    Account a;
    a.name = QStringLiteral("Hosting partner");
    a.kind = Credentials::Kind::Partner;
    a.email = QStringLiteral("ops@example.com");
    a.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8089/api/v2/railgun/"));
    a.useGet = true;
    a.concurrency = 9;
    a.rateLimitRequests = 90;
    a.rateLimitWindowSecs = 30;
    a.recheckMinutes = 45;
    a.timeoutMs = 12000;
    a.caCertificateFile = QStringLiteral("/etc/ssl/private-ca.pem");
    a.allowInsecureHttp = true;
    a.secretStorage = Account::SecretStorage::SessionOnly;
    return a;
}

} // namespace

class TestSettingsStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = StorageTest::scratchDir();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("config/railgun-desk.ini"));
    }

    void roundTrip()
    {
        QString id;
        {
            SettingsStore store(m_path);
            QSignalSpy changed(&store, &SettingsStore::accountsChanged);
            id = store.save(sampleAccount());
            QVERIFY(!id.isEmpty());
            QCOMPARE(changed.count(), 1);
            store.setValue(SettingKeys::windowGeometry, QByteArray("\x01\x02geometry"));
        }
        SettingsStore store(m_path);
        const QList<Account> all = store.accounts();
        QCOMPARE(all.size(), 1);
        const Account a = all.first();
        const Account expected = sampleAccount();
        QCOMPARE(a.id, id);
        QCOMPARE(a.name, expected.name);
        QCOMPARE(a.kind, expected.kind);
        QCOMPARE(a.email, expected.email);
        QCOMPARE(a.baseUrl, expected.baseUrl);
        QCOMPARE(a.useGet, expected.useGet);
        QCOMPARE(a.concurrency, expected.concurrency);
        QCOMPARE(a.rateLimitRequests, expected.rateLimitRequests);
        QCOMPARE(a.rateLimitWindowSecs, expected.rateLimitWindowSecs);
        QCOMPARE(a.recheckMinutes, expected.recheckMinutes);
        QCOMPARE(a.timeoutMs, expected.timeoutMs);
        QCOMPARE(a.caCertificateFile, expected.caCertificateFile);
        QCOMPARE(a.allowInsecureHttp, expected.allowInsecureHttp);
        QCOMPARE(a.secretStorage, expected.secretStorage);
        QCOMPARE(store.value(SettingKeys::windowGeometry), QByteArray("\x01\x02geometry"));
        QCOMPARE(store.value(SettingKeys::layoutVersion, 42), 42); // not set: the fallback
        QVERIFY(store.accountByName(QStringLiteral("hosting PARTNER")).has_value());
        QVERIFY(!store.accountByName(QStringLiteral("nobody")).has_value());
    }

    void defaultsForANewAccount()
    {
        SettingsStore store(m_path);
        Account a;
        a.name = QStringLiteral("Plain");
        a.email = QStringLiteral("me@example.com");
        const QString id = store.save(a);
        const auto loaded = store.account(id);
        QVERIFY(loaded);
        QCOMPARE(loaded->baseUrl, QUrl(QStringLiteral("https://www.cloudflare.com/api/v2/railgun/")));
        QCOMPARE(loaded->kind, Credentials::Kind::Client);
        QCOMPARE(loaded->secretStorage, Account::SecretStorage::Keychain);
        QCOMPARE(loaded->concurrency, 4);
        QCOMPARE(loaded->rateLimitRequests, 1200); // Cloudflare's documented limit
        QCOMPARE(loaded->rateLimitWindowSecs, 300);
        QCOMPARE(loaded->recheckMinutes, 0); // no periodic re-check unless the account asks for one
        QVERIFY(!loaded->allowInsecureHttp);
    }

    void replaceAndRemove()
    {
        SettingsStore store(m_path);
        QSignalSpy current(&store, &SettingsStore::currentAccountChanged);
        Account a = sampleAccount();
        a.id = store.save(a);
        Account b = sampleAccount();
        b.name = QStringLiteral("Another");
        b.id = store.save(b);
        QCOMPARE(store.accounts().size(), 2);

        store.setCurrentAccountId(b.id);
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.last().first().toString(), b.id);
        QCOMPARE(store.currentAccountId(), b.id);
        store.setCurrentAccountId(b.id); // unchanged: no signal
        QCOMPARE(current.count(), 1);
        store.setCurrentAccountId(QStringLiteral("no-such-id"));
        QCOMPARE(store.currentAccountId(), b.id);

        a.name = QStringLiteral("Renamed");
        QCOMPARE(store.save(a), a.id);
        QCOMPARE(store.accounts().size(), 2);
        QCOMPARE(store.account(a.id)->name, QStringLiteral("Renamed"));

        store.remove(b.id);
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(store.currentAccountId(), QString());
        QCOMPARE(current.count(), 2);
        QCOMPARE(current.last().first().toString(), QString());
        QVERIFY(!store.account(b.id));
    }

    // What the next start of the app reads. Qt keeps a parsed copy of each settings file per process and
    // would answer from it, so the "next start" opens a copy of the file: parsed from disk like a new
    // process would.
    void everythingSurvivesARestart()
    {
        Account b = sampleAccount();
        {
            SettingsStore store(m_path);
            store.save(sampleAccount());
            b.name = QStringLiteral("Second");
            b.id = store.save(b);
            store.setCurrentAccountId(b.id);
            store.setValue(SettingKeys::layoutVersion, 7);
        }
        const QString copy = m_path + QStringLiteral(".next-start.ini");
        QVERIFY(QFile::copy(m_path, copy));
        const QByteArray written = StorageTest::readAll(copy);
        QVERIFY(!written.isEmpty());
        {
            SettingsStore next(copy);
            QCOMPARE(next.accounts().size(), 2);
            QCOMPARE(next.currentAccountId(), b.id);
            QCOMPARE(next.account(b.id)->name, QStringLiteral("Second"));
            QCOMPARE(next.value(SettingKeys::layoutVersion), 7);
        }
        // A start that changes nothing writes nothing (the file is not rewritten before the first window).
        QCOMPARE(StorageTest::readAll(copy), written);
    }

    // Files written before the key fix: their [%General] section reads back as "General/...".
    void readsTheGeneralSectionOfEarlierFiles()
    {
        {
            QVERIFY(QDir().mkpath(QFileInfo(m_path).path()));
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[%General]\nformatVersion=1\ncurrentAccount=acc-1\n\n"
                       "[accounts]\nacc-1\\name=Old\nacc-1\\kind=client\nacc-1\\email=a@example.com\n"
                       "acc-1\\baseUrl=http://127.0.0.1:1/api/v2/railgun/\n");
        }
        SettingsStore store(m_path);
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(store.currentAccountId(), QStringLiteral("acc-1"));
    }

    // The app's window and language keys, as every earlier version wrote them, read back through the table.
    void readsTheWindowKeysOfEarlierFiles()
    {
        {
            QVERIFY(QDir().mkpath(QFileInfo(m_path).path()));
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[%General]\nformatVersion=1\n\n[ui]\nlanguage=fr\nmainWindow\\layoutVersion=3\n"
                       "mainWindow\\geometry=@ByteArray(geo)\nmainWindow\\state=@ByteArray(st)\n"
                       "mainWindow\\domainHeader=@ByteArray(hdr)\n");
        }
        const SettingsStore store(m_path);
        QCOMPARE(store.value(SettingKeys::language), QStringLiteral("fr"));
        QCOMPARE(store.value(SettingKeys::layoutVersion), 3);
        QCOMPARE(store.value(SettingKeys::windowGeometry), QByteArray("geo"));
        QCOMPARE(store.value(SettingKeys::windowState), QByteArray("st"));
        QCOMPARE(store.value(SettingKeys::domainHeader), QByteArray("hdr"));
    }

    void noSecretInTheSettingsFile_data()
    {
        QTest::addColumn<Account::SecretStorage>("storage");
        QTest::newRow("keychain") << Account::SecretStorage::Keychain;
        QTest::newRow("session only") << Account::SecretStorage::SessionOnly;
    }
    void noSecretInTheSettingsFile()
    {
        QFETCH(Account::SecretStorage, storage);
        const QString secret = StorageTest::fakeSecret();
        SettingsStore store(m_path);
        Account a = sampleAccount();
        a.secretStorage = storage;
        const QString id = store.save(a);
        QVERIFY(!store.setPlainSecret(id, secret)); // refused: the user did not choose the settings file
        store.sync();
        const QByteArray bytes = StorageTest::readAll(store.fileName());
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(!bytes.contains(secret.toUtf8()), "the secret reached the settings file");
        QVERIFY(store.plainSecret(id).isEmpty());
    }

    void secretInTheSettingsFileWhenChosen()
    {
        const QString secret = StorageTest::fakeSecret();
        SettingsStore store(m_path);
        Account a = sampleAccount();
        a.secretStorage = Account::SecretStorage::SettingsFile;
        a.id = store.save(a);
        QVERIFY(store.setPlainSecret(a.id, secret));
        QVERIFY(store.plainSecret(a.id) == secret);
        QVERIFY(StorageTest::readAll(store.fileName()).contains(secret.toUtf8()));
        QCOMPARE(StorageTest::fileMode(store.fileName()), 0600);

        // Later writes (QSettings replaces the file each time) keep it private.
        for (int i = 0; i < 3; ++i) {
            store.setValue(SettingKeys::layoutVersion, i);
            store.sync();
            QCOMPARE(StorageTest::fileMode(store.fileName()), 0600);
        }
        {
            SettingsStore reopened(m_path);
            QVERIFY(reopened.plainSecret(a.id) == secret);
        }

        // Moving the account back to the keychain erases the plain copy.
        a.secretStorage = Account::SecretStorage::Keychain;
        store.save(a);
        QVERIFY(!StorageTest::readAll(store.fileName()).contains(secret.toUtf8()));
        QVERIFY(store.plainSecret(a.id).isEmpty());
    }

    void damagedSettingsFileIsKeptAndRecovered()
    {
        {
            SettingsStore store(m_path);
            Account a;
            a.name = QStringLiteral("Kept");
            a.email = QStringLiteral("kept@example.com");
            store.save(a);
            QVERIFY(store.loadProblem().isEmpty());
        }
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n[broken\n\x01\x02 garbage without an equals sign\n");
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray damaged = file.readAll();
        file.close();

        SettingsStore store(m_path);
        QVERIFY(!store.loadProblem().isEmpty());
        const QStringList backups =
            QFileInfo(m_path).dir().entryList({QFileInfo(m_path).fileName() + QStringLiteral(".corrupt-*")});
        QCOMPARE(backups.size(), 1);
        QVERIFY(store.loadProblem().contains(backups.first()));
        QFile backup(QFileInfo(m_path).dir().filePath(backups.first()));
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), damaged); // the damaged file, byte for byte
        // What could be read is still there, and new changes are saved again.
        QCOMPARE(store.accounts().size(), 1);
        QCOMPARE(store.accounts().first().name, QStringLiteral("Kept"));
        Account b;
        b.name = QStringLiteral("New");
        b.email = QStringLiteral("new@example.com");
        store.save(b);
        store.sync();
        SettingsStore reread(m_path);
        QVERIFY(reread.loadProblem().isEmpty());
        QCOMPARE(reread.accounts().size(), 2);
    }

    void apiOptionsAndCredentials()
    {
        Account a = sampleAccount();
        a.caCertificateFile.clear();
        QString error = QStringLiteral("stale");
        ApiOptions o = a.apiOptions(&error);
        QVERIFY(error.isEmpty());
        QCOMPARE(o.baseUrl, a.baseUrl);
        QCOMPARE(o.useGet, true);
        QCOMPARE(o.timeoutMs, 12000);
        QCOMPARE(o.allowInsecureHttp, true);
        QVERIFY(o.extraCaCertificates.isEmpty());

        a.caCertificateFile = m_dir->filePath(QStringLiteral("missing.pem"));
        a.apiOptions(&error);
        QVERIFY(error.contains(QStringLiteral("does not exist")));

        QFile empty(m_dir->filePath(QStringLiteral("empty.pem")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        a.caCertificateFile = empty.fileName();
        o = a.apiOptions(&error);
        QVERIFY(!error.isEmpty());
        QVERIFY(o.extraCaCertificates.isEmpty());

        QFile ca(m_dir->filePath(QStringLiteral("ca.pem")));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(testCaPem);
        ca.close();
        a.caCertificateFile = ca.fileName();
        o = a.apiOptions(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(o.extraCaCertificates.size(), 1);

        const Credentials partner = a.credentials(QStringLiteral("hk"));
        QCOMPARE(partner.kind, Credentials::Kind::Partner);
        QVERIFY(partner.hostKey == QStringLiteral("hk") && partner.token.isEmpty());
        a.kind = Credentials::Kind::Client;
        const Credentials client = a.credentials(QStringLiteral("tk"));
        QVERIFY(client.token == QStringLiteral("tk") && client.hostKey.isEmpty());
        QCOMPARE(client.email, a.email);
        QVERIFY(client.isComplete());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settingsstore.moc"
