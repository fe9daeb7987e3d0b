#include "AppSetup.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QPixmap>

namespace Railgun {

void AppSetup::applyIdentity()
{
    QApplication::setApplicationName(QStringLiteral("railgun-desk"));
    QApplication::setOrganizationName(QStringLiteral("railgun-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Railgun Desk"));
    QApplication::setApplicationVersion(QStringLiteral(RAILGUN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.railgundesk.RailgunDesk"));
    // The embedded PNGs of the installed theme icon: a theme lookup parses the whole hicolor index at
    // start-up, and the SVG would load the SVG icon engine plugin for the first window. Up to 64 px: the
    // window manager's fallback when it does not take the desktop file's theme icon; the 128 px one alone
    // took a millisecond to decode. src/app/CMakeLists.txt chooses the sizes.
    QIcon icon;
    const QFileInfoList sizes = QDir(QStringLiteral(":/icons/window")).entryInfoList(QDir::Files);
    for (const QFileInfo &png : sizes)
        icon.addPixmap(QPixmap(png.filePath()));
    QApplication::setWindowIcon(icon);
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
