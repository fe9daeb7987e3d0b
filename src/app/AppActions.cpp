#include "AppActions.h"

#include "icons/ThemeIcon.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QWidget>

namespace Railgun {

namespace {
using Icon = ThemeIcon::Id;

QAction *make(QWidget *owner, const QString &text, const QKeySequence &shortcut, Icon icon,
              const QString &tip)
{
    auto *a = new QAction(owner);
    a->setText(text);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    a->setIcon(ThemeIcon::icon(icon));
    QString t = tip.isEmpty() ? QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")) : tip;
    if (!shortcut.isEmpty())
        t += QStringLiteral(" (%1)").arg(shortcut.toString(QKeySequence::NativeText));
    a->setToolTip(t);
    a->setShortcutContext(Qt::WindowShortcut);
    owner->addAction(a);
    return a;
}

// Adds the groups one after the other, a separator between two groups.
void addGroups(QWidget *menuOrBar, const QList<QList<QAction *>> &groups)
{
    for (int i = 0; i < groups.size(); ++i) {
        if (i > 0) {
            auto *separator = new QAction(menuOrBar);
            separator->setSeparator(true);
            menuOrBar->addAction(separator);
        }
        menuOrBar->addActions(groups.at(i));
    }
}
} // namespace

AppActions::AppActions(QWidget *owner)
    : QObject(owner)
{
    refresh = make(owner, tr("&Refresh"), QKeySequence::Refresh, Icon::Refresh,
                   tr("Read the Railguns and every domain's connection from the server"));
    enable = make(owner, tr("&Enable"), QKeySequence(Qt::CTRL | Qt::Key_E), Icon::Enable,
                  tr("Enable Railgun for the selected domains"));
    disable = make(owner, tr("&Disable"), QKeySequence(Qt::CTRL | Qt::Key_D), Icon::Disable,
                   tr("Disable Railgun for the selected domains"));
    connectTo = make(owner, tr("&Connect to Railgun…"), QKeySequence(Qt::CTRL | Qt::Key_K), Icon::Connect,
                     tr("Connect the selected domains to a Railgun"));
    disconnect = make(owner, tr("Dis&connect…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                      Icon::Disconnect, tr("Remove the Railgun connection of the selected domains"));
    removeFromList = make(owner, tr("Re&move from List…"), QKeySequence::Delete, Icon::Remove,
                          tr("Remove the selected domains from this list (no server call)"));
    selectAllShown = make(owner, tr("Select All &Shown"), QKeySequence::SelectAll, Icon::SelectAll, {});
    undo = make(owner, tr("&Undo"), QKeySequence::Undo, Icon::Undo, {});
    cancel = make(owner, tr("Cancel Operation"), QKeySequence(Qt::Key_Escape), Icon::Stop,
                  tr("Stop the running operation: calls already sent finish"));
    addDomains = make(owner, tr("&Add Domains…"), QKeySequence(Qt::CTRL | Qt::Key_N), Icon::Add,
                      tr("Add domains to this account's list"));
    importDomains = make(owner, tr("&Import Domains…"), QKeySequence(Qt::CTRL | Qt::Key_I), Icon::Import,
                         tr("Import domains from a text or CSV file"));
    exportCsv = make(owner, tr("&Export CSV…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), Icon::Export,
                     tr("Export the rows shown to a CSV file (no secrets)"));
    accounts = make(owner, tr("A&ccounts…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), Icon::Accounts,
                    tr("Add, edit or remove accounts"));
    quit = make(owner, tr("&Quit"), QKeySequence::Quit, Icon::Quit, {});
    quit->setMenuRole(QAction::QuitRole);
    showFailed = make(owner, tr("Show &Failed Rows"), {}, Icon::Failed,
                      tr("Show only the rows the last operation could not change"));
    runDetails = make(owner, tr("Last Run &Details…"), {}, Icon::About,
                      tr("Every domain the last operation failed or skipped, with the reason"));
    retryRefresh = make(owner, tr("&Retry"), {}, Icon::Refresh, tr("Read the domains from the server again"));
    clearFilters = make(owner, tr("C&lear Filters"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                        Icon::ClearFilters, {});
    about = make(owner, tr("&About Railgun Desk"), {}, Icon::About, {});
    cancel->setEnabled(false);
    undo->setEnabled(false);
}

void AppActions::fillMenuBar(QMenuBar *bar, const QList<QAction *> &viewToggles, QMenu *languageMenu) const
{
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(addDomains);
    file->addAction(importDomains);
    file->addAction(exportCsv);
    file->addSeparator();
    file->addAction(accounts);
    file->addSeparator();
    file->addAction(quit);
    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addSeparator();
    edit->addAction(selectAllShown);
    edit->addAction(clearFilters);
    edit->addAction(showFailed);
    edit->addAction(runDetails);
    QMenu *domains = bar->addMenu(tr("&Domains"));
    addGroups(domains, {{refresh, cancel}, changeActions(), listActions()});
    QMenu *view = bar->addMenu(tr("&View"));
    for (QAction *a : viewToggles)
        view->addAction(a);
    if (languageMenu) {
        view->addSeparator();
        view->addMenu(languageMenu);
    }
    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(about);
}

void AppActions::fillToolBar(QToolBar *bar) const
{
    addGroups(bar, {{refresh}, changeActions(), {undo, addDomains}});
}

void AppActions::fillContextMenu(QMenu *menu) const
{
    addGroups(menu, {changeActions(), listActions(), {selectAllShown, refresh}});
}

void AppActions::updateState(bool hasAccount, bool hasSelection, bool busy, bool refreshing, bool canUndo,
                             const QString &undoText)
{
    // An action can start at any moment: during a refresh or another operation (rows with a call on its
    // way are skipped and say so).
    for (QAction *a : rowActions())
        a->setEnabled(hasAccount && hasSelection);
    removeFromList->setEnabled(hasSelection);
    refresh->setEnabled(hasAccount && !refreshing);
    cancel->setEnabled(busy);
    addDomains->setEnabled(hasAccount);
    importDomains->setEnabled(hasAccount);
    undo->setEnabled(canUndo);
    // A fixed label (the toolbar does not reflow); what would be undone is in the tooltip.
    const QString shortcut = undo->shortcut().toString(QKeySequence::NativeText);
    undo->setToolTip(canUndo ? QStringLiteral("%1 (%2)").arg(undoText, shortcut)
                             : tr("Nothing to undo (%1)").arg(shortcut));
    retryRefresh->setEnabled(hasAccount && !refreshing);
}

} // namespace Railgun
