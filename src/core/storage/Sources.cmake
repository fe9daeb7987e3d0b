target_sources(railgun-core PRIVATE
    storage/Account.cpp
    storage/Account.h
    storage/AccountStore.cpp
    storage/AccountStore.h
    storage/CredentialStore.cpp
    storage/CredentialStore.h
    storage/DomainListStore.cpp
    storage/DomainListStore.h
)
