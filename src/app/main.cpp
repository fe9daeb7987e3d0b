#include "AppLauncher.h"
#include "common/SignalWatcher.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Railgun::AppLauncher launcher;
    QCommandLineParser parser;
    launcher.addOptions(parser);
    parser.process(app);
    launcher.launch(parser);
    // SIGTERM (a logout, `kill`) and SIGINT end the app as closing its window does: the layout, the domain
    // list and the last known states are written, the calls in flight are aborted.
    Railgun::SignalWatcher termination;
    QObject::connect(&termination, &Railgun::SignalWatcher::terminationRequested, &app, [] {
        QApplication::closeAllWindows();
        QApplication::quit();
    });
    return app.exec();
}
