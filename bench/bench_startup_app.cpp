// bench_startup_app: the real MainWindow, built and shown the way src/app/main.cpp does it (application
// metadata, translators, SettingsStore, CredentialStore, MainWindow, show), quitting once shown.
// window.start() is not called: with no account it opens the accounts dialog, which is not the first window
// the benchmark times. Settings and data go where bench_startup points XDG_CONFIG_HOME / XDG_DATA_HOME.

#include "AppSetup.h"
#include "FirstShow.h"
#include "MainWindow.h"
#include "storage/CredentialStore.h"
#include "storage/SettingsStore.h"

#include <QApplication>
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
    MainWindow window(&accounts, &credentials, dataDirectory);
    new Bench::FirstShow(&window, sinceMain);
    Bench::markPhase(sinceMain, "mainwindow");
    window.show();
    Bench::markPhase(sinceMain, "show");
    return app.exec();
}
