// bench_startup_bare: the baseline. A bare Qt Widgets program that shows a QMainWindow and quits once shown.

#include "FirstShow.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1024, 700);
    new Bench::FirstShow(&window, sinceMain);
    window.show();
    return app.exec();
}
