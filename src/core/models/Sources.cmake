target_sources(railgun-core PRIVATE
)
