#pragma once

#include <QObject>

class QSocketNotifier;

namespace Emulator {

// Turns SIGTERM/SIGINT into a Qt signal (self-pipe), so the emulator quits through the event loop.
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

} // namespace Emulator
