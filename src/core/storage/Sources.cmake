target_sources(railgun-core PRIVATE
    storage/Account.h
    storage/AccountStore.h
    storage/CredentialStore.h
    storage/DomainListStore.h
)
