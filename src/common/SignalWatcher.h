#pragma once

#include <QObject>

class QSocketNotifier;

namespace Railgun {

// Turns SIGTERM/SIGINT into a Qt signal (self-pipe), so a program ends through its event loop: the
// emulator saves and quits, railgunctl cancels its bulk run and prints what was done.
class SignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested();

private:
    static void handle(int signalNumber);
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Railgun
