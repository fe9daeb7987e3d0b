// bench_startup_app: the real MainWindow, built and shown the way src/app/main.cpp does it (application
// metadata, translators, AccountStore, CredentialStore, MainWindow, show), quitting once shown.
// window.start() is not called: with no account it opens the accounts dialog, which is not the first window
// the benchmark times. Settings and data go where bench_startup points XDG_CONFIG_HOME / XDG_DATA_HOME.

#include "AccountStore.h"
#include "CredentialStore.h"
#include "FirstShow.h"
#include "MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>
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
    QApplication::setApplicationName(QStringLiteral("railgun-desk"));
    QApplication::setOrganizationName(QStringLiteral("railgun-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Railgun Desk"));
    QApplication::setApplicationVersion(QStringLiteral(RAILGUN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.railgundesk.RailgunDesk"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.railgundesk.RailgunDesk"),
                                                 QIcon(QStringLiteral(":/icons/io.github.railgundesk.RailgunDesk.svg"))));
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("railgun-desk"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

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
