target_sources(railgun-core PRIVATE
    bulk/BulkRunner.cpp bulk/BulkRunner.h
    bulk/RequestPacer.cpp bulk/RequestPacer.h
)
