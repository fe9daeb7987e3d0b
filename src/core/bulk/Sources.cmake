target_sources(railgun-core PRIVATE
    bulk/BulkRunner.h
    bulk/RequestPacer.h
)
