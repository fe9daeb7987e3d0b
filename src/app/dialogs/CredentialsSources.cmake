# the credentials dialog (its form is ui/CredentialsDialog.ui, found through CMAKE_AUTOUIC_SEARCH_PATHS) and
# the pieces it is made of: the account fields, their checks, the secret's storage, the connection test
target_sources(railgun-desk-lib PRIVATE
    dialogs/AccountForm.cpp
    dialogs/AccountForm.h
    dialogs/AccountFormValidator.cpp
    dialogs/AccountFormValidator.h
    dialogs/ConnectionTester.cpp
    dialogs/ConnectionTester.h
    dialogs/CredentialsDialog.cpp
    dialogs/CredentialsDialog.h
    dialogs/SecretSaver.cpp
    dialogs/SecretSaver.h
)
