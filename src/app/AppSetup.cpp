#include "AppSetup.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>

namespace Railgun {

void AppSetup::applyIdentity()
{
    QApplication::setApplicationName(QStringLiteral("railgun-desk"));
    QApplication::setOrganizationName(QStringLiteral("railgun-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Railgun Desk"));
    QApplication::setApplicationVersion(QStringLiteral(RAILGUN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.railgundesk.RailgunDesk"));
    // The embedded copy of the installed theme icon: a theme lookup parses the whole hicolor index at
    // start-up.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.railgundesk.RailgunDesk.svg")));
}

void AppTranslations::load(const QLocale &locale)
{
    QApplication::removeTranslator(&m_qt);
    QApplication::removeTranslator(&m_app);
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&m_qt);
    if (m_app.load(locale, QStringLiteral("railgun-desk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&m_app);
}

} // namespace Railgun
