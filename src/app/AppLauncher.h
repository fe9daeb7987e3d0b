#pragma once

#include "AppSetup.h"

#include <memory>

class QCommandLineParser;

namespace Railgun {

class SettingsStore;
class CredentialStore;
class MainWindow;

// What a start of the desktop app does once QApplication exists: its identity, the translations (the
// system's first, so --help is translated, then the language of the settings), its options (--demo,
// --settings, --data-dir), the stores, and the main window, opened on the demo account or the last one.
// Shared by railgun-desk and the screenshot tool (src/app/screenshots).
class AppLauncher final
{
public:
    AppLauncher();
    ~AppLauncher();

    // Adds the app's options (and --help, --version) to `parser`.
    void addOptions(QCommandLineParser &parser);
    // After parser.process(): builds the stores and the window, shows it, starts the demo or the account.
    MainWindow *launch(const QCommandLineParser &parser);

private:
    AppTranslations m_translations;
    std::unique_ptr<SettingsStore> m_accounts;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Railgun
