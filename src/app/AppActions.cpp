#include "AppActions.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QIconEngine>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QStyle>
#include <QToolBar>
#include <QWidget>

namespace Railgun {

namespace {
// Looks the icon up when it is first measured or painted, then forwards to it.
class LazyIconEngine final : public QIconEngine
{
public:
    LazyIconEngine(const QString &themeName, QStyle::StandardPixmap fallback, const QWidget *widget)
        : m_themeName(themeName)
        , m_fallback(fallback)
        , m_widget(widget)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, 1.0, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size / scale, scale, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    bool isNull() override { return icon().isNull(); }
    QString iconName() override { return icon().name(); }
    QString key() const override { return QStringLiteral("RailgunLazyIcon"); }
    QIconEngine *clone() const override
    {
        auto *copy = new LazyIconEngine(m_themeName, m_fallback, m_widget);
        copy->m_icon = m_icon;
        copy->m_resolved = m_resolved;
        return copy;
    }

private:
    const QIcon &icon()
    {
        if (!m_resolved) {
            m_resolved = true;
            if (!m_themeName.isEmpty())
                m_icon = QIcon::fromTheme(m_themeName);
            if (m_icon.isNull() && m_fallback != QStyle::SP_CustomBase) {
                const QStyle *style = m_widget ? m_widget->style() : QApplication::style();
                m_icon = style->standardIcon(m_fallback, nullptr, m_widget);
            }
        }
        return m_icon;
    }

    QString m_themeName;
    QStyle::StandardPixmap m_fallback;
    QPointer<const QWidget> m_widget;
    QIcon m_icon;
    bool m_resolved = false;
};

QAction *make(QWidget *owner, const QString &text, const QKeySequence &shortcut, const QString &themeIcon,
              QStyle::StandardPixmap fallback, const QString &tip)
{
    auto *a = new QAction(owner);
    a->setText(text);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    a->setIcon(AppActions::themeIcon(themeIcon, fallback, owner));
    QString t = tip.isEmpty() ? QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")) : tip;
    if (!shortcut.isEmpty())
        t += QStringLiteral(" (%1)").arg(shortcut.toString(QKeySequence::NativeText));
    a->setToolTip(t);
    a->setShortcutContext(Qt::WindowShortcut);
    owner->addAction(a);
    return a;
}
} // namespace

AppActions::AppActions(QWidget *owner)
    : QObject(owner)
{
    constexpr auto none = QStyle::SP_CustomBase;
    refresh =
        make(owner, tr("&Refresh"), QKeySequence::Refresh, QStringLiteral("view-refresh"),
             QStyle::SP_BrowserReload, tr("Read the Railguns and every domain's connection from the server"));
    enable =
        make(owner, tr("&Enable"), QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("media-playback-start"),
             QStyle::SP_MediaPlay, tr("Enable Railgun for the selected domains"));
    disable = make(owner, tr("&Disable"), QKeySequence(Qt::CTRL | Qt::Key_D),
                   QStringLiteral("media-playback-pause"), QStyle::SP_MediaPause,
                   tr("Disable Railgun for the selected domains"));
    connectTo = make(owner, tr("&Connect to Railgun…"), QKeySequence(Qt::CTRL | Qt::Key_K),
                     QStringLiteral("network-connect"), QStyle::SP_DialogApplyButton,
                     tr("Connect the selected domains to a Railgun"));
    disconnect = make(owner, tr("Dis&connect…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                      QStringLiteral("network-disconnect"), QStyle::SP_DialogCancelButton,
                      tr("Remove the Railgun connection of the selected domains"));
    removeFromList =
        make(owner, tr("Re&move from List…"), QKeySequence::Delete, QStringLiteral("list-remove"),
             QStyle::SP_TrashIcon, tr("Remove the selected domains from this list (no server call)"));
    selectAllShown = make(owner, tr("Select All &Shown"), QKeySequence::SelectAll,
                          QStringLiteral("edit-select-all"), none, {});
    undo =
        make(owner, tr("&Undo"), QKeySequence::Undo, QStringLiteral("edit-undo"), QStyle::SP_ArrowBack, {});
    cancel = make(owner, tr("Cancel Operation"), QKeySequence(Qt::Key_Escape), QStringLiteral("process-stop"),
                  QStyle::SP_BrowserStop, tr("Stop the running operation: calls already sent finish"));
    addDomains =
        make(owner, tr("&Add Domains…"), QKeySequence(Qt::CTRL | Qt::Key_N), QStringLiteral("list-add"),
             QStyle::SP_FileDialogNewFolder, tr("Add domains to this account's list"));
    importDomains = make(owner, tr("&Import Domains…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                         QStringLiteral("document-import"), QStyle::SP_DialogOpenButton,
                         tr("Import domains from a text or CSV file"));
    exportCsv = make(owner, tr("&Export CSV…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                     QStringLiteral("document-export"), QStyle::SP_DialogSaveButton,
                     tr("Export the rows shown to a CSV file (no secrets)"));
    accounts =
        make(owner, tr("A&ccounts…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), QStringLiteral("system-users"),
             QStyle::SP_DirHomeIcon, tr("Add, edit or remove accounts"));
    quit = make(owner, tr("&Quit"), QKeySequence::Quit, QStringLiteral("application-exit"), none, {});
    quit->setMenuRole(QAction::QuitRole);
    showFailed = make(owner, tr("Show &Failed Rows"), {}, QStringLiteral("dialog-error"), none,
                      tr("Show only the rows the last operation could not change"));
    clearFilters = make(owner, tr("C&lear Filters"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                        QStringLiteral("edit-clear"), none, {});
    about = make(owner, tr("&About Railgun Desk"), {}, QStringLiteral("help-about"), none, {});
    cancel->setEnabled(false);
    undo->setEnabled(false);
}

QIcon AppActions::themeIcon(const QString &themeName, QStyle::StandardPixmap fallback, const QWidget *widget)
{
    return QIcon(new LazyIconEngine(themeName, fallback, widget));
}

QList<QAction *> AppActions::rowActions() const
{
    return {enable, disable, connectTo, disconnect, removeFromList};
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
    QMenu *domains = bar->addMenu(tr("&Domains"));
    domains->addAction(refresh);
    domains->addAction(cancel);
    domains->addSeparator();
    domains->addAction(enable);
    domains->addAction(disable);
    domains->addAction(connectTo);
    domains->addAction(disconnect);
    domains->addSeparator();
    domains->addAction(removeFromList);
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
    bar->addAction(refresh);
    bar->addSeparator();
    bar->addAction(enable);
    bar->addAction(disable);
    bar->addAction(connectTo);
    bar->addAction(disconnect);
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(addDomains);
}

void AppActions::fillContextMenu(QMenu *menu) const
{
    menu->addAction(enable);
    menu->addAction(disable);
    menu->addAction(connectTo);
    menu->addAction(disconnect);
    menu->addSeparator();
    menu->addAction(removeFromList);
    menu->addSeparator();
    menu->addAction(selectAllShown);
    menu->addAction(refresh);
}

void AppActions::updateState(bool hasAccount, bool hasSelection, bool busy, bool canUndo,
                             const QString &undoText)
{
    for (QAction *a : rowActions())
        a->setEnabled(hasAccount && hasSelection && !busy);
    removeFromList->setEnabled(hasSelection && !busy);
    refresh->setEnabled(hasAccount && !busy);
    cancel->setEnabled(busy);
    addDomains->setEnabled(hasAccount);
    importDomains->setEnabled(hasAccount);
    undo->setEnabled(canUndo && !busy);
    undo->setText(canUndo ? undoText : tr("&Undo"));
}

} // namespace Railgun
