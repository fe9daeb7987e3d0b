#include "ScreenshotScenario.h"

#include "models/ActivityLogModel.h"

#include "DomainTableView.h"
#include "MainWindow.h"
#include "RailgunPanel.h"
#include "models/DomainFilterProxy.h"
#include "models/DomainTableModel.h"
#include "operations/DomainController.h"

#include <QApplication>
#include <QFile>
#include <QItemSelectionModel>
#include <QTableView>

namespace Railgun {

ScreenshotScenario::ScreenshotScenario(MainWindow *window, const QString &name, const QString &file)
    : QObject(window)
    , m_window(window)
    , m_name(name)
    , m_file(file)
{
    m_poll.setInterval(200);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotScenario::poll);
}

void ScreenshotScenario::begin()
{
    m_poll.start();
}

void ScreenshotScenario::save(QWidget *widget)
{
    const bool ok = widget->grab().save(m_file);
    // For the secret-hygiene check (scripts/check-secrets): the activity log as the Copy button gives it.
    if (const QString logFile = qEnvironmentVariable("RAILGUN_DESK_ACTIVITY_LOG_FILE"); !logFile.isEmpty()) {
        QFile out(logFile);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(m_window->activityLogModel()->toText().toUtf8());
    }
    qInfo("screenshot %s: %s", qPrintable(m_name), ok ? "saved" : "FAILED");
    QApplication::exit(ok ? 0 : 1);
}

void ScreenshotScenario::poll()
{
    if (++m_ticks > 5 * 90) { // 90 s
        qWarning("screenshot %s: timed out", qPrintable(m_name));
        QApplication::exit(2);
        return;
    }
    DomainController *c = m_window->controller();
    DomainTableModel *model = m_window->domainModel();
    // Every row read: the pictures show a table the server confirmed, not one half way through a refresh.
    const bool loaded = model->rowCount() > 0 && !c->isBusy() && !c->isRefreshing() &&
                        model->rowAt(0).state != DomainTableModel::ConnectionState::Unknown;
    if (m_stage == 0) {
        if (!loaded)
            return;
        m_stage = 1;
        setUp();
        return;
    }
    if (m_stage == 2 && m_name == QLatin1String("bulk")) {
        // Mid-bulk: a third of the work done.
        if (c->isBusy() && m_done >= 12) {
            m_stage = 3;
            save(m_window);
        }
    }
}

void ScreenshotScenario::setUp()
{
    DomainTableView *view = m_window->tableView();
    QItemSelectionModel *sel = view->selectionModel();
    auto selectRows = [&](int first, int last) {
        for (int r = first; r <= last && r < view->model()->rowCount(); ++r)
            sel->select(view->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    };
    if (m_name == QLatin1String("main")) {
        view->setCurrentIndex(view->model()->index(2, 0));
        selectRows(2, 4);
        QTimer::singleShot(400, this, [this] { save(m_window); });
    } else if (m_name == QLatin1String("bulk")) {
        m_window->proxy()->setStateFilter(DomainFilterProxy::StateFilter::Enabled);
        view->selectAll();
        connect(m_window->controller(), &DomainController::progress, this,
                [this](int d, int, int) { m_done = d; });
        m_window->controller()->disable(view->selectedDomains());
        m_stage = 2;
    } else if (m_name == QLatin1String("railguns")) {
        QTableView *panel = m_window->railgunPanel()->view();
        panel->selectRow(0);
        m_window->railgunPanel()->raise();
        QTimer::singleShot(400, this, [this] { save(m_window); });
    } else if (m_name == QLatin1String("credentials")) {
        QTimer::singleShot(800, this, [this] {
            QWidget *dialog = QApplication::activeModalWidget();
            save(dialog ? dialog : m_window);
        });
        QTimer::singleShot(0, m_window, &MainWindow::openAccountsDialog);
    } else {
        qWarning("unknown screenshot scenario %s", qPrintable(m_name));
        QApplication::exit(2);
    }
}

} // namespace Railgun
