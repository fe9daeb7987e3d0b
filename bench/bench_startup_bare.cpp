// bench_startup_bare: the baseline. A bare Qt Widgets program that shows a QMainWindow and quits once shown.
// With the argument "text" the window also shows one line of text (a status bar message), so the font
// database is loaded before the first paint as in any real window (an info row, not the baseline).

#include "FirstShow.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    Bench::markPhase(sinceMain, "qapplication");
    QMainWindow window;
    window.resize(1024, 700);
    if (app.arguments().contains(QStringLiteral("text")))
        window.statusBar()->showMessage(QStringLiteral("Ready"));
    new Bench::FirstShow(&window, sinceMain);
    Bench::markPhase(sinceMain, "mainwindow");
    window.show();
    Bench::markPhase(sinceMain, "show");
    return app.exec();
}
