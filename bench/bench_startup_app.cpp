// bench_startup_app: the real MainWindow, built and shown the way src/app/main.cpp does it (application
// metadata, translators, AccountStore, CredentialStore, MainWindow, show), quitting once shown.
// window.start() is not called: with no account it opens the accounts dialog, which is not the first window
// the benchmark times. Settings and data go where bench_startup points XDG_CONFIG_HOME / XDG_DATA_HOME.

#include "AccountStore.h"
#include "AppSetup.h"
#include "CredentialStore.h"
#include "FirstShow.h"
#include "MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLocale>
#include <QStandardPaths>
#include <cstdio>

using namespace Railgun;

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    // Phase marks on stderr (bench_startup ignores them; useful when profiling).
    const auto mark = [&](const char *what) {
        std::fprintf(stderr, "phase %s %.1f\n", what, sinceMain.nsecsElapsed() / 1e6);
    };
    mark("qapplication");
    Railgun::AppSetup::applyIdentity();
    Railgun::AppTranslations translations;
    translations.load(QLocale());

    mark("translators");
    const QString dataDirectory =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/domains");
    QDir().mkpath(dataDirectory);
    AccountStore accounts;
    CredentialStore credentials;
    mark("stores");
    MainWindow window(&accounts, &credentials, dataDirectory);
    new Bench::FirstShow(&window, sinceMain);
    mark("mainwindow");
    window.show();
    mark("show");
    return app.exec();
}
