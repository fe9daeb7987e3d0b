#pragma once

#include <QObject>
#include <QTimer>

namespace Railgun {

class MainWindow;

// The screenshot tool's `--scenario NAME --output FILE`: once the first refresh is done, sets up a state
// (main, bulk, railguns, credentials), grabs the window (or the dialog) with QWidget::grab() and quits.
class ScreenshotScenario final : public QObject
{
    Q_OBJECT

public:
    ScreenshotScenario(MainWindow *window, const QString &name, const QString &file);
    void begin();

private:
    void poll();
    void setUp();
    void save(QWidget *widget);

    MainWindow *m_window;
    QString m_name;
    QString m_file;
    QTimer m_poll;
    int m_ticks = 0;
    int m_stage = 0;
    int m_done = 0;
};

} // namespace Railgun
