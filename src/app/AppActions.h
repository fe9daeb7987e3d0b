#pragma once

#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QToolBar;
class QWidget;

namespace Railgun {

// Every QAction of the main window in one place: text, shortcut, icon (ThemeIcon), tooltip. The main
// window connects them; the toolbar, the menu bar and the row context menu are filled from here.
class AppActions final : public QObject
{
    Q_OBJECT

public:
    explicit AppActions(QWidget *owner);

    QAction *refresh;
    QAction *enable;
    QAction *disable;
    QAction *connectTo;
    QAction *disconnect;
    QAction *removeFromList;
    QAction *selectAllShown;
    QAction *undo;
    QAction *cancel;
    QAction *addDomains;
    QAction *importDomains;
    QAction *exportCsv;
    QAction *accounts;
    QAction *quit;
    QAction *showFailed;
    QAction *runDetails;
    QAction *retryRefresh;
    QAction *clearFilters;
    QAction *about;

    // The action groups, each listed once: the menus, the toolbar and the row context menu are filled from
    // them. Changes on the server to the selected rows:
    QList<QAction *> changeActions() const { return {enable, disable, connectTo, disconnect}; }
    // The list itself (no server call):
    QList<QAction *> listActions() const { return {removeFromList}; }
    // Actions that work on the selected rows (enabled only with a selection and no run in progress).
    QList<QAction *> rowActions() const { return changeActions() + listActions(); }

    void fillMenuBar(QMenuBar *bar, const QList<QAction *> &viewToggles, QMenu *languageMenu = nullptr) const;
    void fillToolBar(QToolBar *bar) const;
    // The domain table's context menu.
    void fillContextMenu(QMenu *menu) const;

    // Enables the row actions according to the selection and whether a run is in progress.
    void updateState(bool hasAccount, bool hasSelection, bool busy, bool refreshing, bool canUndo,
                     const QString &undoText);
};

} // namespace Railgun
