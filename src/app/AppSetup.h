#pragma once

#include <QLocale>
#include <QTranslator>

namespace Railgun {

// What every start of the desktop app does before its first window: the application's identity
// (names, desktop file, icon) and its translations (Qt's own catalog and the app's, from :/i18n).
namespace AppSetup {
void applyIdentity();
} // namespace AppSetup

class AppTranslations final
{
public:
    // Replaces whatever was installed before with the catalogs for `locale`.
    void load(const QLocale &locale);

private:
    QTranslator m_qt;
    QTranslator m_app;
};

} // namespace Railgun
