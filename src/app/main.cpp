#include "AccountSession.h"
#include "AppSetup.h"
#include "DemoSetup.h"
#include "MainWindow.h"
#include "ScreenshotScenario.h"
#include "storage/CredentialStore.h"
#include "storage/SettingsStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTimer>

using namespace Railgun;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    AppSetup::applyIdentity();

    // The system locale first (so --help is translated), then the language override of the settings.
    AppTranslations translations;
    translations.load(QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop console for Railgun connections"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), QApplication::translate("main", "Use the emulator's demo account at <url>."),
        QStringLiteral("url"));
    const QCommandLineOption settings(QStringLiteral("settings"),
                                      QApplication::translate("main", "Keep settings in <file>."),
                                      QStringLiteral("file"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QApplication::translate("main", "Keep domain lists in <dir>."),
                                     QStringLiteral("dir"));
    QCommandLineOption scenario(QStringLiteral("screenshot-scenario"), QStringLiteral("screenshot scenario"),
                                QStringLiteral("name"));
    scenario.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption shot(QStringLiteral("screenshot"), QStringLiteral("screenshot file"),
                            QStringLiteral("file"));
    shot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demo, settings, dataDir, scenario, shot});
    parser.process(app);

    const QString dataDirectory =
        parser.isSet(dataDir)
            ? parser.value(dataDir)
            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/domains");
    QDir().mkpath(dataDirectory);

    SettingsStore accounts(parser.value(settings));
    const QString language = accounts.value(SettingKeys::language);
    if (!language.isEmpty() && language != QLatin1String("system")) {
        QLocale::setDefault(QLocale(language));
        translations.load(QLocale(language));
    }
    CredentialStore credentials;
    MainWindow window(&accounts, &credentials, dataDirectory);
    window.show();

    std::unique_ptr<ScreenshotScenario> screenshots;
    if (parser.isSet(scenario)) {
        window.setInteractive(false);
        screenshots =
            std::make_unique<ScreenshotScenario>(&window, parser.value(scenario), parser.value(shot));
    }

    if (const QString problem = accounts.loadProblem(); !problem.isEmpty()) {
        qWarning("%s", qPrintable(problem));
        if (window.isInteractive())
            QTimer::singleShot(0, &window, [&window, problem] {
                QMessageBox::warning(&window, QStringLiteral("Railgun Desk"), problem);
            });
    }

    if (parser.isSet(demo)) {
        const QUrl url = QUrl::fromUserInput(parser.value(demo));
        auto *setup = new DemoSetup(&accounts, &credentials, dataDirectory,
                                    window.session()->networkAccessManager(), &window);
        QObject::connect(setup, &DemoSetup::finished, &window,
                         [&window](const QString &id, const QString &problem) {
                             window.activateAccount(id);
                             if (!problem.isEmpty()) {
                                 qWarning("%s", qPrintable(problem));
                                 if (window.isInteractive())
                                     QMessageBox::warning(&window, QStringLiteral("Railgun Desk"), problem);
                             }
                         });
        setup->run(url);
    } else {
        window.start();
    }
    if (screenshots)
        screenshots->begin();
    return app.exec();
}
