#include "StorageTestSupport.h"
#include "dialogs/CredentialsDialog.h"
#include "storage/CredentialStore.h"
#include "storage/SettingsStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Railgun;
using Status = CredentialStore::Status;

namespace {

template <typename T> T *child(QWidget *dialog, const char *name)
{
    T *w = dialog->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget named %s", name);
    return w;
}

std::optional<CredentialStore::Result> readSecret(CredentialStore &store, const QString &id)
{
    std::optional<CredentialStore::Result> out;
    store.read(id, [&](const CredentialStore::Result &r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        return std::nullopt;
    return out;
}

void fillClientAccount(QWidget *dialog, const QString &secret, const QString &baseUrl = QString())
{
    child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("My sites"));
    auto *kind = child<QComboBox>(dialog, "kindCombo");
    kind->setCurrentIndex(kind->findData(int(Credentials::Kind::Client)));
    child<QLineEdit>(dialog, "emailEdit")->setText(QStringLiteral("owner@example.com"));
    auto *secretEdit = child<QLineEdit>(dialog, "secretEdit");
    secretEdit->clear();
    secretEdit->setFocus();
    QTest::keyClicks(secretEdit, secret);
    if (!baseUrl.isEmpty())
        child<QLineEdit>(dialog, "baseUrlEdit")->setText(baseUrl);
}

void clickSave(QWidget *dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
}

// A loopback HTTP endpoint answering every request with one canned body: enough for the Test button.
class CannedServer : public QTcpServer
{
public:
    explicit CannedServer(QByteArray body)
        : m_body(std::move(body))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_requests[s] += s->readAll();
                    const QByteArray &req = m_requests[s];
                    const int end = req.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    int length = 0;
                    for (const QByteArray &line : req.left(end).split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toInt();
                    }
                    if (req.size() < end + 4 + length)
                        return;
                    lastRequest = req;
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                             "Content-Length: " +
                             QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QByteArray lastRequest;

private:
    QByteArray m_body;
    QHash<QTcpSocket *, QByteArray> m_requests;
};

const char twoRailguns[] =
    R"({"result":"success","msg":null,"response":{"act":"railgun_user_get_all","railguns":{"count":5,"objs":[
{"railgun_id":"1","railgun_name":"web1","railgun_pubname":"Web 1","railgun_status":"V","railgun_mode":"1",
 "railgun_api_key":"rtkn-one","cdate":null,"edate":null,"props":{"build":null,"number":null,"revision":null}},
{"railgun_id":"2","railgun_name":"web2","railgun_pubname":"Web 2","railgun_status":"INI","railgun_mode":"0",
 "railgun_api_key":"rtkn-two","cdate":null,"edate":null,"props":{"build":null,"number":null,"revision":null}}]}}})";

const char unauthorized[] =
    R"({"result":"error","msg":"Invalid API credentials for this account","err_code":"E_UNAUTH","response":null})";

} // namespace

// With the real keychain (the ctest fixture's session bus and gnome-keyring).
class TestCredentialsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_service = StorageTest::testService();
        m_keychainProblem = StorageTest::keychainProblem(m_service);
    }

    void init()
    {
        m_dir = StorageTest::scratchDir();
        QVERIFY(m_dir->isValid());
        m_accounts =
            std::make_unique<SettingsStore>(m_dir->filePath(QStringLiteral("config/railgun-desk.ini")));
        m_credentials = std::make_unique<CredentialStore>(m_service);
    }
    void cleanup()
    {
        m_accounts.reset();
        m_credentials.reset();
        m_dir.reset();
    }

    void firstStartOpensANewAccount()
    {
        CredentialsDialog dialog(m_accounts.get(), m_credentials.get(), &m_nam);
        QVERIFY(dialog.editedAccountId().isEmpty());
        QVERIFY(child<QLineEdit>(&dialog, "nameEdit")->text().isEmpty());
        QCOMPARE(child<QLineEdit>(&dialog, "baseUrlEdit")->text(),
                 QStringLiteral("https://www.cloudflare.com/api/v2/railgun/"));
        QVERIFY(child<QLabel>(&dialog, "statusLabel")->text().contains(QStringLiteral("No account yet")));
        QVERIFY(!child<QGroupBox>(&dialog, "keychainGroup")->isVisibleTo(&dialog));
    }

    void secretIsMaskedWithARevealToggle()
    {
        CredentialsDialog dialog(m_accounts.get(), m_credentials.get(), &m_nam);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *secret = child<QLineEdit>(&dialog, "secretEdit");
        auto *reveal = child<QToolButton>(&dialog, "revealButton");
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QVERIFY(reveal->isCheckable());
        QVERIFY(!reveal->accessibleName().isEmpty());
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
    }

    void accessibleAndKeyboardOperable()
    {
        CredentialsDialog dialog(m_accounts.get(), m_credentials.get(), &m_nam);
        const auto buttons = dialog.findChildren<QToolButton *>();
        for (QToolButton *b : buttons)
            QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->objectName()));
        const auto labels = dialog.findChildren<QLabel *>();
        for (QLabel *l : labels) {
            if (l->text().contains(QLatin1Char('&')))
                QVERIFY2(l->buddy(),
                         qPrintable(l->objectName() + QStringLiteral(" has a mnemonic but no buddy")));
        }
        // The reveal toggle follows the secret in the tab order.
        QCOMPARE(child<QLineEdit>(&dialog, "secretEdit")->nextInFocusChain(),
                 static_cast<QWidget *>(child<QToolButton>(&dialog, "revealButton")));
    }

    void saveKeepsTheSecretInTheKeychainOnly()
    {
        REQUIRE_KEYCHAIN();
        const QString secret = StorageTest::fakeSecret();
        CredentialsDialog dialog(m_accounts.get(), m_credentials.get(), &m_nam);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy saved(&dialog, &CredentialsDialog::accountSaved);
        fillClientAccount(&dialog, secret);
        child<QCheckBox>(&dialog, "useGetCheck")->setChecked(true);
        child<QSpinBox>(&dialog, "concurrencySpin")->setValue(7);
        clickSave(&dialog);
        QVERIFY(saved.wait(20000));
        const QString id = saved.first().first().toString();

        const auto account = m_accounts->account(id);
        QVERIFY(account);
        QCOMPARE(account->name, QStringLiteral("My sites"));
        QCOMPARE(account->email, QStringLiteral("owner@example.com"));
        QCOMPARE(account->secretStorage, Account::SecretStorage::Keychain);
        QVERIFY(account->useGet);
        QCOMPARE(account->concurrency, 7);
        QCOMPARE(m_accounts->currentAccountId(), id); // the first account becomes current
        QVERIFY(child<QLineEdit>(&dialog, "secretEdit")->text().isEmpty());

        const auto stored = readSecret(*m_credentials, id);
        QVERIFY(stored);
        QVERIFY2(stored->status == Status::Ok, qPrintable(stored->message));
        QVERIFY2(stored->secret == secret, "the keychain holds a different secret");

        m_accounts->sync();
        QVERIFY(QFileInfo::exists(m_accounts->fileName()));
        QVERIFY2(!StorageTest::anyFileContains(m_dir->path(), secret.toUtf8()),
                 "the secret reached the disk");

        // Editing without retyping the secret leaves it where it is.
        CredentialsDialog again(m_accounts.get(), m_credentials.get(), &m_nam, id);
        QCOMPARE(again.editedAccountId(), id);
        QVERIFY(child<QLineEdit>(&again, "secretEdit")->text().isEmpty());
        QVERIFY(
            child<QLineEdit>(&again, "secretEdit")->placeholderText().contains(QStringLiteral("keychain")));
        QSignalSpy savedAgain(&again, &CredentialsDialog::accountSaved);
        child<QLineEdit>(&again, "nameEdit")->setText(QStringLiteral("Renamed"));
        again.save();
        QTRY_COMPARE(savedAgain.count(), 1);
        QCOMPARE(m_accounts->account(id)->name, QStringLiteral("Renamed"));
        QVERIFY(readSecret(*m_credentials, id)->secret == secret);

        // Remove (confirming the question) deletes the keychain entry too.
        QSignalSpy removed(&again, &CredentialsDialog::accountRemoved);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box)
                box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(child<QPushButton>(&again, "removeButton"), Qt::LeftButton);
        QCOMPARE(removed.count(), 1);
        QVERIFY(!m_accounts->account(id));
        QTRY_VERIFY_WITH_TIMEOUT(readSecret(*m_credentials, id)->status == Status::NotFound, 20000);
    }

    void partnerAccountUsesAHostKey()
    {
        REQUIRE_KEYCHAIN();
        const QString secret = StorageTest::fakeSecret();
        CredentialsDialog dialog(m_accounts.get(), m_credentials.get(), &m_nam);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy saved(&dialog, &CredentialsDialog::accountSaved);
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Partner"));
        auto *kind = child<QComboBox>(&dialog, "kindCombo");
        kind->setCurrentIndex(kind->findData(int(Credentials::Kind::Partner)));
        QVERIFY(!child<QLineEdit>(&dialog, "emailEdit")->isVisible());
        QVERIFY(child<QLabel>(&dialog, "secretLabel")->text().contains(QStringLiteral("Host key")));
        child<QLineEdit>(&dialog, "secretEdit")->setText(secret);
        clickSave(&dialog);
        QVERIFY(saved.wait(20000));
        const QString id = saved.first().first().toString();
        QCOMPARE(m_accounts->account(id)->kind, Credentials::Kind::Partner);
        QVERIFY(readSecret(*m_credentials, id)->secret == secret);
        std::optional<CredentialStore::Result> gone;
        m_credentials->remove(id, [&](const CredentialStore::Result &r) { gone = r; });
        QTRY_VERIFY_WITH_TIMEOUT(gone.has_value(), 20000);
    }

    void plainHttpIsRefusedUnlessAllowed()
    {
        CredentialsDialog dialog(m_accounts.get(), m_credentials.get(), &m_nam);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *warning = child<QLabel>(&dialog, "insecureLabel");
        auto *allow = child<QCheckBox>(&dialog, "allowInsecureCheck");
        QSignalSpy failed(&dialog, &CredentialsDialog::saveFailed);

        fillClientAccount(&dialog, StorageTest::fakeSecret(),
                          QStringLiteral("http://127.0.0.1:8080/api/v2/railgun/"));
        QVERIFY(!warning->isVisible()); // loopback is fine

        child<QLineEdit>(&dialog, "baseUrlEdit")
            ->setText(QStringLiteral("http://railgun.example.net/api/v2/railgun/"));
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("refused")));
        clickSave(&dialog);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.last().first().toString().contains(QStringLiteral("unencrypted")));
        QVERIFY(m_accounts->accounts().isEmpty());

        QSignalSpy tested(&dialog, &CredentialsDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
        QCOMPARE(tested.count(), 1); // refused before any request
        QCOMPARE(tested.first().first().toBool(), false);

        allow->setChecked(true);
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("unencrypted")));
        QVERIFY(!warning->text().contains(QStringLiteral("refused")));
    }

    void testButtonReportsTheRailguns()
    {
        CannedServer server{QByteArray(twoRailguns)};
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1/api/v2/railgun/").arg(server.serverPort());
        CredentialsDialog dialog(m_accounts.get(), m_credentials.get(), &m_nam);
        const QString secret = StorageTest::fakeSecret();
        fillClientAccount(&dialog, secret, url);
        QSignalSpy tested(&dialog, &CredentialsDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.first().first().toBool(), true);
        const QString text = child<QLabel>(&dialog, "testResultLabel")->text();
        QVERIFY2(text.startsWith(QStringLiteral("Connected: 2 Railgun")), qPrintable(text));
        QVERIFY(server.lastRequest.contains("user_get_all"));
        QVERIFY(server.lastRequest.startsWith("POST ")); // the secret travels in the body, not the URL
        QVERIFY(m_accounts->accounts().isEmpty());       // testing saves nothing
    }

    void testButtonShowsTheApiError()
    {
        CannedServer server{QByteArray(unauthorized)};
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1/api/v2/railgun/").arg(server.serverPort());
        CredentialsDialog dialog(m_accounts.get(), m_credentials.get(), &m_nam);
        fillClientAccount(&dialog, StorageTest::fakeSecret(), url);
        QSignalSpy tested(&dialog, &CredentialsDialog::testFinished);
        dialog.testConnection();
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.first().first().toBool(), false);
        const QString text = child<QLabel>(&dialog, "testResultLabel")->text();
        QVERIFY2(text.contains(QStringLiteral("Invalid API credentials for this account")), qPrintable(text));
    }

    // The keychain-unavailable cases run in a child process of this binary whose session bus leads nowhere.
    void withoutAKeychain()
    {
        auto socketDir = StorageTest::scratchDir();
        QProcess child;
        QProcessEnvironment env = StorageTest::environmentWithBus(
            QStringLiteral("unix:path=") + socketDir->filePath(QStringLiteral("no-such-bus")));
        env.remove(QStringLiteral("DISPLAY"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--no-keychain")});
        QVERIFY(child.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return child.state() == QProcess::NotRunning; }, 120000));
        const QByteArray out = child.readAll();
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            qWarning("%s", out.constData());
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
    }

private:
    QString m_service;
    QString m_keychainProblem;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SettingsStore> m_accounts;
    std::unique_ptr<CredentialStore> m_credentials;
    QNetworkAccessManager m_nam;
};

// Runs in the child process (no working session bus): the plain message and the two fallbacks.
class TestCredentialsDialogNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = StorageTest::scratchDir();
        QVERIFY(m_dir->isValid());
        m_accounts =
            std::make_unique<SettingsStore>(m_dir->filePath(QStringLiteral("config/railgun-desk.ini")));
        m_credentials = std::make_unique<CredentialStore>(StorageTest::testService());
        m_credentials->setTimeoutMs(3000);
    }
    void cleanup()
    {
        m_accounts.reset();
        m_credentials.reset();
        m_dir.reset();
    }

    void sessionOnlyKeepsNothingOnDisk()
    {
        CredentialsDialog dialog(m_accounts.get(), m_credentials.get(), &m_nam);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString secret = StorageTest::fakeSecret();
        saveAndExpectKeychainMessage(&dialog, secret);
        if (QTest::currentTestFailed())
            return;

        QSignalSpy saved(&dialog, &CredentialsDialog::accountSaved);
        // Keyboard: the dialog puts the focus on the first choice.
        QCOMPARE(QApplication::focusWidget(),
                 static_cast<QWidget *>(child<QRadioButton>(&dialog, "sessionOnlyRadio")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(child<QRadioButton>(&dialog, "sessionOnlyRadio")->isChecked());
        clickSave(&dialog);
        QCOMPARE(saved.count(), 1);
        const QString id = saved.first().first().toString();
        QCOMPARE(m_accounts->account(id)->secretStorage, Account::SecretStorage::SessionOnly);
        QVERIFY(m_credentials->sessionSecret(id) == secret);
        QVERIFY(m_accounts->plainSecret(id).isEmpty());
        m_accounts->sync();
        QVERIFY(QFileInfo::exists(m_accounts->fileName()));
        QVERIFY2(!StorageTest::anyFileContains(m_dir->path(), secret.toUtf8()),
                 "the secret reached the disk");
        QVERIFY(!child<QGroupBox>(&dialog, "keychainGroup")->isVisible());
    }

    void settingsFileNeedsConsentAndIsPrivate()
    {
        CredentialsDialog dialog(m_accounts.get(), m_credentials.get(), &m_nam);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString secret = StorageTest::fakeSecret();
        saveAndExpectKeychainMessage(&dialog, secret);
        if (QTest::currentTestFailed())
            return;

        auto *consent = child<QCheckBox>(&dialog, "plainConsentCheck");
        QVERIFY(!consent->isEnabled());
        QTest::keyClick(child<QRadioButton>(&dialog, "settingsFileRadio"), Qt::Key_Space);
        QVERIFY(consent->isEnabled());
        QVERIFY(consent->text().contains(QStringLiteral("unencrypted")));
        QVERIFY(consent->text().contains(QDir::toNativeSeparators(m_accounts->fileName())));

        QSignalSpy saved(&dialog, &CredentialsDialog::accountSaved);
        QSignalSpy failed(&dialog, &CredentialsDialog::saveFailed);
        clickSave(&dialog); // no consent yet
        QCOMPARE(saved.count(), 0);
        QCOMPARE(failed.count(), 1);
        QVERIFY(m_accounts->accounts().isEmpty());

        consent->setChecked(true);
        clickSave(&dialog);
        QCOMPARE(saved.count(), 1);
        const QString id = saved.first().first().toString();
        QCOMPARE(m_accounts->account(id)->secretStorage, Account::SecretStorage::SettingsFile);
        QVERIFY(m_accounts->plainSecret(id) == secret);
        QVERIFY(StorageTest::readAll(m_accounts->fileName()).contains(secret.toUtf8()));
        QCOMPARE(StorageTest::fileMode(m_accounts->fileName()), 0600);
    }

private:
    void saveAndExpectKeychainMessage(QWidget *dialog, const QString &secret)
    {
        QSignalSpy failed(static_cast<CredentialsDialog *>(dialog), &CredentialsDialog::saveFailed);
        fillClientAccount(dialog, secret);
        clickSave(dialog);
        QVERIFY(failed.wait(15000)); // within the keychain timeout
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("keychain")));
        QVERIFY(child<QGroupBox>(dialog, "keychainGroup")->isVisible());
        const QString message = child<QLabel>(dialog, "keychainMessageLabel")->text();
        QVERIFY2(message.contains(QStringLiteral("The system keychain is not available")),
                 qPrintable(message));
        QVERIFY(m_accounts->accounts().isEmpty()); // nothing saved until the user chooses
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SettingsStore> m_accounts;
    std::unique_ptr<CredentialStore> m_credentials;
    QNetworkAccessManager m_nam;
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    if (argc >= 2 && qstrcmp(argv[1], "--no-keychain") == 0) {
        TestCredentialsDialogNoKeychain test;
        QStringList args = app.arguments();
        args.removeAt(1);
        return QTest::qExec(&test, args);
    }
    TestCredentialsDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialsdialog.moc"
