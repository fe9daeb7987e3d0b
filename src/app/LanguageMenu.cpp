#include "LanguageMenu.h"

#include "storage/SettingsStore.h"

#include <QActionGroup>

namespace Railgun {

LanguageMenu::LanguageMenu(SettingsStore *accounts, QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_accounts(accounts)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    // Language names stay in their own language, so anyone can find theirs.
    const QList<QPair<QString, QString>> entries{{QStringLiteral("system"), tr("System default")},
                                                 {QStringLiteral("en"), QStringLiteral("English")},
                                                 {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                 {QStringLiteral("fr"), QStringLiteral("Français")}};
    QString stored = m_accounts->value(SettingKeys::language);
    if (stored.isEmpty())
        stored = QStringLiteral("system");
    for (const auto &[code, label] : entries) {
        QAction *action = addAction(label);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(stored.startsWith(code));
        m_group->addAction(action);
        if (code == QLatin1String("system"))
            addSeparator();
    }
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        if (code == m_accounts->value(SettingKeys::language))
            return;
        m_accounts->setValue(SettingKeys::language, code);
        m_accounts->sync();
        emit languageChosen(code, tr("The new language is used the next time Railgun Desk starts."));
    });
}

QString LanguageMenu::current() const
{
    const QAction *checked = m_group->checkedAction();
    return checked ? checked->data().toString() : QStringLiteral("system");
}

} // namespace Railgun
