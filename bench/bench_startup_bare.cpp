// bench_startup_bare: the baseline. A bare Qt Widgets program that shows a QMainWindow and quits once shown.
// With the argument "text" the window also shows one line of text (a status bar message), so the font
// database is loaded before the first paint as in any real window (an info row, not the baseline).

#include "FirstShow.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>

#include <cstdio>

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    // Phase marks on stderr, as bench_startup_app prints them (bench_startup ignores them).
    const auto mark = [&](const char *what) {
        std::fprintf(stderr, "phase %s %.1f\n", what, sinceMain.nsecsElapsed() / 1e6);
    };
    mark("qapplication");
    QMainWindow window;
    window.resize(1024, 700);
    if (app.arguments().contains(QStringLiteral("text")))
        window.statusBar()->showMessage(QStringLiteral("Ready"));
    new Bench::FirstShow(&window, sinceMain);
    mark("mainwindow");
    window.show();
    mark("show");
    return app.exec();
}
