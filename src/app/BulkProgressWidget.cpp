#include "BulkProgressWidget.h"

#include "icons/ThemeIcon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace Railgun {

BulkProgressWidget::BulkProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    m_bar->setAccessibleName(tr("Operation progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->setIcon(ThemeIcon::icon(ThemeIcon::Id::Stop));
    m_cancel->setAccessibleName(tr("Cancel the running operation"));
    m_cancel->setToolTip(tr("Stop the operation: nothing new starts, calls already sent finish"));
    connect(m_cancel, &QToolButton::clicked, this, &BulkProgressWidget::cancelRequested);
    hide();
}

void BulkProgressWidget::start(const QString &operation)
{
    m_operation = operation;
    m_bar->setRange(0, 0);
    m_label->setText(tr("%1…").arg(operation));
    m_cancel->setEnabled(true);
    show();
}

void BulkProgressWidget::setProgress(int done, int total, int failed)
{
    setProgress(done, total, failed, QString());
}

void BulkProgressWidget::setProgress(int done, int total, int failed, const QString &detail)
{
    m_bar->setRange(0, qMax(1, total));
    m_bar->setValue(done);
    if (!m_cancel->isEnabled())
        return;
    const QLocale locale;
    QString text = failed > 0
                       ? tr("%1: %2/%3, %4 failed")
                             .arg(m_operation, locale.toString(done), locale.toString(total))
                             .arg(failed)
                       : tr("%1: %2/%3").arg(m_operation, locale.toString(done), locale.toString(total));
    if (!detail.isEmpty())
        text += QStringLiteral(" · ") + detail;
    m_label->setText(text);
}

void BulkProgressWidget::setWaiting(int seconds)
{
    m_label->setText(tr("%1: the server asked to wait %n s…", nullptr, seconds).arg(m_operation));
}

void BulkProgressWidget::setCancelling()
{
    m_cancel->setEnabled(false);
    m_label->setText(tr("Cancelling: waiting for calls already sent…"));
}

void BulkProgressWidget::finish()
{
    hide();
}

} // namespace Railgun
