#pragma once

#include "operations/DomainController.h"

#include <QDialog>
#include <memory>

namespace Ui {
class BulkSummaryDialog;
}

namespace Railgun {

// The end of a bulk run: n succeeded, m failed (each with its reason), skipped, not sent.
class BulkSummaryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BulkSummaryDialog(const DomainController::Summary &summary, QWidget *parent = nullptr);
    ~BulkSummaryDialog() override;

signals:
    // The table shows only these rows.
    void showRowsRequested(const QStringList &domains);

private:
    std::unique_ptr<Ui::BulkSummaryDialog> m_ui;
};

} // namespace Railgun
