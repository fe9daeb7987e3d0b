# the credentials dialog
target_sources(railgun-desk-lib PRIVATE
)
