// bench_startup_app: the real MainWindow, built and shown the way src/app/main.cpp does it (application
// metadata, translators, SettingsStore, CredentialStore, MainWindow, show), quitting once shown.
// window.start() is not called: with no account it opens the accounts dialog, which is not the first window
// the benchmark times. Settings and data go where bench_startup points XDG_CONFIG_HOME / XDG_DATA_HOME.
// For open_cached: `--prepare-cached N` saves an account with N domains and their last known states (and
// prints "cache <file>"); `--cached` then opens that account before the window is shown, as a start does.

#include "AppSetup.h"
#include "FirstShow.h"
#include "MainWindow.h"
#include "storage/CredentialStore.h"
#include "storage/DomainListStore.h"
#include "storage/SettingsStore.h"
#include "storage/StateCacheFile.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QIcon>
#include <QLocale>
#include <QStandardPaths>

using namespace Railgun;

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    Bench::markPhase(sinceMain, "qapplication");
    Railgun::AppSetup::applyIdentity();
    Railgun::AppTranslations translations;
    translations.load(QLocale());

    Bench::markPhase(sinceMain, "translators");
    const QString dataDirectory =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/domains");
    QDir().mkpath(dataDirectory);
    SettingsStore accounts;
    CredentialStore credentials;
    Bench::markPhase(sinceMain, "stores");
    if (const int i = app.arguments().indexOf(QStringLiteral("--prepare-cached")); i > 0) {
        const int n = app.arguments().value(i + 1).toInt();
        Account account;
        account.name = QStringLiteral("Bench");
        account.email = QStringLiteral("bench@example.com");
        // Nothing listens there: the refresh the start begins fails after the first paint, harmlessly.
        account.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/api/v2/railgun/"));
        account.secretStorage = Account::SecretStorage::SettingsFile;
        const QString id = accounts.save(account);
        accounts.setPlainSecret(id, QStringLiteral("bench-token"));
        accounts.setCurrentAccountId(id);
        accounts.sync();
        QStringList domains;
        QList<DomainState> states;
        const qint64 at = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
        for (int d = 0; d < n; ++d) {
            const QString name = QStringLiteral("cached-%1.example.com").arg(d, 6, 10, QLatin1Char('0'));
            domains.append(name);
            states.append(
                d % 3
                    ? DomainState{name, DomainState::Binding::Connected, QStringLiteral("1"), d % 2 == 0, at}
                    : DomainState{name, DomainState::Binding::NotConnected, QString(), false, at});
        }
        StateCacheFile cache(dataDirectory);
        if (!DomainListStore(dataDirectory).save(id, domains) || !cache.save(id, states))
            return 1;
        std::printf("cache %s\n", qPrintable(cache.fileFor(id)));
        return 0;
    }
    MainWindow window(&accounts, &credentials, dataDirectory);
    if (app.arguments().contains(QStringLiteral("--cached")))
        window.activateAccount(
            accounts.currentAccountId()); // the rows and their states, before the first paint
    new Bench::FirstShow(&window, sinceMain);
    Bench::markPhase(sinceMain, "mainwindow");
    window.show();
    Bench::markPhase(sinceMain, "show");
    return app.exec();
}
