#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Railgun {

// The status bar's part during a run: "Disabling 12/50, 1 failed", a progress bar and Cancel.
class BulkProgressWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit BulkProgressWidget(QWidget *parent = nullptr);

    void start(const QString &operation);
    void setProgress(int done, int total, int failed);
    // With a detail after the counts, such as the time left at the server's limit.
    void setProgress(int done, int total, int failed, const QString &detail);
    void setWaiting(int seconds);
    void setCancelling();
    void finish();

signals:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    QString m_operation;
};

} // namespace Railgun
