#include "dialogs/BulkSummaryDialog.h"

#include "ui_BulkSummaryDialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace Railgun {

BulkSummaryDialog::BulkSummaryDialog(const DomainController::Summary &summary, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BulkSummaryDialog>())
{
    m_ui->setupUi(this);
    const QString op = DomainController::operationName(summary.operation);
    setWindowTitle(tr("%1: Summary").arg(op));
    m_ui->headline->setText(summary.wasCancelled ? tr("<b>%1 was cancelled.</b>").arg(op.toHtmlEscaped())
                            : summary.failed.isEmpty()
                                ? tr("<b>%1 finished.</b>").arg(op.toHtmlEscaped())
                                : tr("<b>%1 finished with failures.</b>").arg(op.toHtmlEscaped()));
    QStringList counts;
    counts << tr("%n succeeded", nullptr, summary.succeeded);
    counts << tr("%n failed", nullptr, int(summary.failed.size()));
    counts << tr("%n skipped (nothing to do)", nullptr, int(summary.skipped.size()));
    if (summary.cancelled > 0)
        counts << tr("%n not sent (cancelled)", nullptr, summary.cancelled);
    m_ui->counts->setText(counts.join(QStringLiteral(" · ")));

    QTableWidget *t = m_ui->details;
    t->setColumnCount(3);
    t->setHorizontalHeaderLabels({tr("Domain"), tr("Outcome"), tr("Reason")});
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSortingEnabled(false);
    t->setRowCount(int(summary.failed.size() + summary.skipped.size()));
    int row = 0;
    auto add = [&](const DomainController::Outcome &o, const QString &kind) {
        t->setItem(row, 0, new QTableWidgetItem(o.domain));
        t->setItem(row, 1, new QTableWidgetItem(kind));
        t->setItem(row, 2, new QTableWidgetItem(o.reason));
        ++row;
    };
    for (const auto &o : summary.failed)
        add(o, tr("Failed"));
    for (const auto &o : summary.skipped)
        add(o, tr("Skipped"));
    t->setSortingEnabled(true);
    t->resizeColumnToContents(0);
    t->setVisible(row > 0);

    QStringList failed;
    for (const auto &o : summary.failed)
        failed << o.domain;
    m_ui->showFailedButton->setEnabled(!failed.isEmpty());
    connect(m_ui->showFailedButton, &QPushButton::clicked, this, [this, failed] {
        emit showRowsRequested(failed);
        accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
}

BulkSummaryDialog::~BulkSummaryDialog() = default;

} // namespace Railgun
