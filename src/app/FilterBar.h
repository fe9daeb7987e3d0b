#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class FilterBar;
}

namespace Railgun {

class DomainFilterProxy;

// The row above the domain table: the search (applied once typing pauses), the state filter, and the two
// removable filters set from elsewhere (one Railgun's domains, an explicit set of rows such as the failed
// ones), each a button that clears it. It only sets the proxy's filters.
class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    void setProxy(DomainFilterProxy *proxy);

    // One Railgun's domains (empty id: all), shown as "Railgun: <label>".
    void setRailgunFilter(const QString &railgunId, const QString &label);
    // Only these rows (empty: all), shown with `label` (e.g. "Only 3 failed rows").
    void setDomainSet(const QStringList &domains, const QString &label);
    void focusSearch();
    bool hasFilters() const;

public slots:
    // Search, state, Railgun and row-set filters all cleared.
    void clearAll();

signals:
    // The Railgun filter's button was clicked (the Railguns panel drops its selection).
    void railgunFilterCleared();
    // Any filter changed (the counts change).
    void filtersChanged();

private:
    void applySearch();

    std::unique_ptr<Ui::FilterBar> m_ui;
    DomainFilterProxy *m_proxy = nullptr;
    class QTimer *m_searchDelay;
};

} // namespace Railgun
