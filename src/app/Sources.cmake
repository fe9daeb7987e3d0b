# main window, panels, docks, dialogs other than Credentials
target_sources(railgun-desk-lib PRIVATE
    AccountSession.cpp AccountSession.h
    ActivityLogDock.cpp ActivityLogDock.h
    AppActions.cpp AppActions.h
    AppSetup.cpp AppSetup.h
    BulkProgressWidget.cpp BulkProgressWidget.h
    CsvExporter.cpp CsvExporter.h
    DemoSetup.cpp DemoSetup.h
    DomainInputParser.cpp DomainInputParser.h
    DomainTableView.cpp DomainTableView.h
    EnabledToggleDelegate.cpp EnabledToggleDelegate.h
    LanguageMenu.cpp LanguageMenu.h
    MainWindow.cpp MainWindow.h
    RailgunPanel.cpp RailgunPanel.h
    ScreenshotScenario.cpp ScreenshotScenario.h
    icons/SymbolicGlyphs.cpp icons/SymbolicIcon.cpp icons/SymbolicIcon.h
    dialogs/AddDomainsDialog.cpp dialogs/AddDomainsDialog.h
    dialogs/BulkSummaryDialog.cpp dialogs/BulkSummaryDialog.h
    dialogs/ConnectToRailgunDialog.cpp dialogs/ConnectToRailgunDialog.h
    dialogs/CreateRailgunDialog.cpp dialogs/CreateRailgunDialog.h
)
