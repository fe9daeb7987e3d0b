#pragma once

// Used by both startup programs: after the window's first paint has been flushed, print
// "shown <ms since main() began>" on stdout and quit. bench_startup times the process from the outside.
// markPhase() prints "phase <name> <ms>" on stderr (bench_startup ignores it; useful when profiling).

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace Bench {

inline void markPhase(const QElapsedTimer &sinceMain, const char *what)
{
    std::fprintf(stderr, "phase %s %.1f\n", what, sinceMain.nsecsElapsed() / 1e6);
}

class FirstShow final : public QObject
{
public:
    FirstShow(QWidget *window, const QElapsedTimer &sinceMain)
        : QObject(window)
        , m_sinceMain(sinceMain)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // The paint is flushed to the window once this event returns; report on the next turn.
            QTimer::singleShot(0, watched, [this] {
                std::printf("shown %.2f\n", m_sinceMain.nsecsElapsed() / 1e6);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    QElapsedTimer m_sinceMain;
    bool m_seen = false;
};

} // namespace Bench
