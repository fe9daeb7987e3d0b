// railgun-desk-screenshots: the desktop app as railgun-desk starts it, plus a scripted scenario that grabs
// the window for the README (scripts/screenshots.sh) and the secret-hygiene check (scripts/check-secrets).
// Not installed: screenshot code stays out of the shipped binary.
#include "AppLauncher.h"
#include "ScreenshotScenario.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Railgun::AppLauncher launcher;
    QCommandLineParser parser;
    launcher.addOptions(parser);
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QStringLiteral("The scenario: main, bulk, railguns, credentials."),
                                      QStringLiteral("name"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("The PNG file to write."),
                                    QStringLiteral("file"));
    parser.addOptions({scenario, output});
    parser.process(app);
    if (!parser.isSet(scenario) || !parser.isSet(output)) {
        qWarning("railgun-desk-screenshots: --scenario and --output are required");
        return 2;
    }
    Railgun::MainWindow *window = launcher.launch(parser);
    Railgun::ScreenshotScenario shots(window, parser.value(scenario), parser.value(output));
    shots.begin();
    return app.exec();
}
