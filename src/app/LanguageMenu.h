#pragma once

#include <QMenu>

class QActionGroup;

namespace Railgun {

class SettingsStore;

// View ▸ Language: follow the system, or pin English, German or French. The choice is kept in the
// settings (SettingKeys::language) and used from the next start (main.cpp loads the catalogs before any
// window).
class LanguageMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(SettingsStore *accounts, QWidget *parent = nullptr);

    // The setting's value for the checked entry: "system", "en", "de" or "fr".
    QString current() const;

signals:
    // The user picked another language; `message` says when it applies.
    void languageChosen(const QString &code, const QString &message);

private:
    SettingsStore *m_accounts;
    QActionGroup *m_group;
};

} // namespace Railgun
