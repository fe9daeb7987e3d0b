#include "FilterBar.h"

#include "ui_FilterBar.h"

#include "icons/ThemeIcon.h"
#include "models/DomainFilterProxy.h"

#include <QAction>
#include <QTimer>

namespace Railgun {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FilterBar>())
    , m_searchDelay(new QTimer(this))
{
    m_ui->setupUi(this);
    using F = DomainFilterProxy::StateFilter;
    const QList<QPair<QString, F>> filters = {
        {tr("All domains"), F::All},   {tr("Enabled"), F::Enabled},
        {tr("Disabled"), F::Disabled}, {tr("Not connected"), F::NotConnected},
        {tr("Errors"), F::Errors},     {tr("Pending"), F::Pending}};
    for (const auto &f : filters)
        m_ui->stateCombo->addItem(f.first, int(f.second));

    // Each search change refilters 100,000 rows: apply it once typing pauses; Enter and clearing apply at
    // once.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &FilterBar::applySearch);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, &FilterBar::applySearch);
    QAction *clearSearch =
        m_ui->searchEdit->addAction(ThemeIcon::icon(ThemeIcon::Id::ClearText), QLineEdit::TrailingPosition);
    clearSearch->setText(tr("Clear search")); // also its tooltip
    clearSearch->setVisible(false);
    connect(clearSearch, &QAction::triggered, m_ui->searchEdit, &QLineEdit::clear);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this, clearSearch](const QString &text) {
        clearSearch->setVisible(!text.isEmpty());
        if (text.isEmpty())
            applySearch();
        else
            m_searchDelay->start();
    });
    connect(m_ui->stateCombo, &QComboBox::currentIndexChanged, this, [this](int) {
        if (m_proxy)
            m_proxy->setStateFilter(F(m_ui->stateCombo->currentData().toInt()));
        emit filtersChanged();
    });

    m_ui->railgunFilterButton->setIcon(ThemeIcon::icon(ThemeIcon::Id::Close));
    m_ui->railgunFilterButton->setToolTip(
        tr("Only the domains of this Railgun are shown. Click to show all."));
    m_ui->railgunFilterButton->hide();
    connect(m_ui->railgunFilterButton, &QToolButton::clicked, this, [this] {
        setRailgunFilter(QString(), QString());
        emit railgunFilterCleared();
    });
    m_ui->domainSetFilterButton->setIcon(ThemeIcon::icon(ThemeIcon::Id::Close));
    m_ui->domainSetFilterButton->setToolTip(tr("Click to show every row again"));
    m_ui->domainSetFilterButton->hide();
    connect(m_ui->domainSetFilterButton, &QToolButton::clicked, this,
            [this] { setDomainSet({}, QString()); });
}

FilterBar::~FilterBar() = default;

void FilterBar::setProxy(DomainFilterProxy *proxy)
{
    m_proxy = proxy;
}

void FilterBar::applySearch()
{
    m_searchDelay->stop();
    if (m_proxy)
        m_proxy->setSearchText(m_ui->searchEdit->text());
    emit filtersChanged();
}

void FilterBar::setRailgunFilter(const QString &railgunId, const QString &label)
{
    if (m_proxy)
        m_proxy->setRailgunFilter(railgunId);
    m_ui->railgunFilterButton->setVisible(!railgunId.isEmpty());
    m_ui->railgunFilterButton->setText(tr("Railgun: %1").arg(label));
    emit filtersChanged();
}

void FilterBar::setDomainSet(const QStringList &domains, const QString &label)
{
    if (m_proxy) {
        if (domains.isEmpty())
            m_proxy->setDomainSetFilter({}, false);
        else
            m_proxy->setDomainSetFilter(QSet<QString>(domains.begin(), domains.end()));
    }
    m_ui->domainSetFilterButton->setVisible(!domains.isEmpty());
    m_ui->domainSetFilterButton->setText(label);
    emit filtersChanged();
}

void FilterBar::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

bool FilterBar::hasFilters() const
{
    return !m_ui->searchEdit->text().isEmpty() || m_ui->stateCombo->currentIndex() != 0 ||
           m_ui->railgunFilterButton->isVisible() || m_ui->domainSetFilterButton->isVisible();
}

void FilterBar::clearAll()
{
    m_ui->searchEdit->clear();
    m_ui->stateCombo->setCurrentIndex(0);
    if (m_ui->railgunFilterButton->isVisible()) {
        setRailgunFilter(QString(), QString());
        emit railgunFilterCleared();
    }
    setDomainSet({}, QString());
}

} // namespace Railgun
