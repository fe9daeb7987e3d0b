#include "AppLauncher.h"

#include "AccountSwitcher.h"
#include "DemoSetup.h"
#include "MainWindow.h"
#include "storage/CredentialStore.h"
#include "storage/SettingsStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>

namespace Railgun {

namespace {
const QString kDemo = QStringLiteral("demo");
const QString kSettings = QStringLiteral("settings");
const QString kDataDir = QStringLiteral("data-dir");
} // namespace

AppLauncher::AppLauncher()
{
    AppSetup::applyIdentity();
    m_translations.load(QLocale());
}

AppLauncher::~AppLauncher()
{
    m_window.reset(); // before the stores it uses
}

void AppLauncher::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop console for Railgun connections"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(
        {{kDemo, QApplication::translate("main", "Use the emulator's demo account at <url>."),
          QStringLiteral("url")},
         {kSettings, QApplication::translate("main", "Keep settings in <file>."), QStringLiteral("file")},
         {kDataDir, QApplication::translate("main", "Keep domain lists in <dir>."), QStringLiteral("dir")}});
}

MainWindow *AppLauncher::launch(const QCommandLineParser &parser)
{
    const QString dataDirectory =
        parser.isSet(kDataDir)
            ? parser.value(kDataDir)
            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/domains");
    QDir().mkpath(dataDirectory);

    m_accounts = std::make_unique<SettingsStore>(parser.value(kSettings));
    const QString language = m_accounts->value(SettingKeys::language);
    if (!language.isEmpty() && language != QLatin1String("system")) {
        QLocale::setDefault(QLocale(language));
        m_translations.load(QLocale(language));
    }
    m_credentials = std::make_unique<CredentialStore>();
    m_window = std::make_unique<MainWindow>(m_accounts.get(), m_credentials.get(), dataDirectory);
    MainWindow *window = m_window.get();
    window->show();

    if (const QString problem = m_accounts->loadProblem(); !problem.isEmpty()) {
        qWarning("%s", qPrintable(problem));
        window->showProblem(problem);
    }

    if (parser.isSet(kDemo)) {
        const QUrl url = QUrl::fromUserInput(parser.value(kDemo));
        auto *setup = new DemoSetup(m_accounts.get(), m_credentials.get(), dataDirectory,
                                    window->session()->networkAccessManager(), window);
        QObject::connect(setup, &DemoSetup::finished, window,
                         [window](const QString &id, const QString &problem) {
                             window->activateAccount(id);
                             if (!problem.isEmpty()) {
                                 qWarning("%s", qPrintable(problem));
                                 window->showProblem(problem);
                             }
                         });
        setup->run(url);
    } else {
        window->start();
    }
    return window;
}

} // namespace Railgun
