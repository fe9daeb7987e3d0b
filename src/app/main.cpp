#include "AppLauncher.h"

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
    return app.exec();
}
