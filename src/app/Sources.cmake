# main window, panels, docks, dialogs other than Credentials
target_sources(railgun-desk-lib PRIVATE
)
