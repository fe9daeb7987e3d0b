// bench_open_cached_bare: the baseline of open_cached. A bare Qt Widgets program that reads a state cache
// file (the same tab-separated file Railgun Desk keeps, given as the argument) into a plain table model and
// shows it in a QTableView inside a QMainWindow, quitting once shown: the least a program must do to show
// those rows.

#include "FirstShow.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QMainWindow>
#include <QTableView>

namespace {

class PlainModel final : public QAbstractTableModel
{
public:
    explicit PlainModel(QList<QList<QByteArray>> rows)
        : m_rows(std::move(rows))
    {}
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 5; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return QString::fromUtf8(m_rows.at(index.row()).value(index.column()));
    }

private:
    QList<QList<QByteArray>> m_rows;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QList<QList<QByteArray>> rows;
    QFile file(app.arguments().value(1));
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = file.readAll().split('\n');
        rows.reserve(lines.size());
        for (qsizetype i = 1; i < lines.size(); ++i) { // the first line is the header
            if (!lines.at(i).isEmpty())
                rows.append(lines.at(i).split('\t'));
        }
    }
    Bench::markPhase(sinceMain, "read");
    PlainModel model(std::move(rows));
    QMainWindow window;
    window.resize(1024, 700);
    auto *view = new QTableView;
    view->setModel(&model);
    view->verticalHeader()->hide();
    window.setCentralWidget(view);
    new Bench::FirstShow(&window, sinceMain);
    window.show();
    return app.exec();
}
