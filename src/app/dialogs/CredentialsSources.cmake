# the credentials dialog (its form is ui/CredentialsDialog.ui, found through CMAKE_AUTOUIC_SEARCH_PATHS)
target_sources(railgun-desk-lib PRIVATE
    dialogs/CredentialsDialog.cpp
    dialogs/CredentialsDialog.h
)
