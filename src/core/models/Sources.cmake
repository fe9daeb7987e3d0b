# domain and Railgun models, the activity log model and the controller that applies server answers
target_sources(railgun-core PRIVATE
    models/ActivityLogModel.cpp models/ActivityLogModel.h
    models/BulkOperation.cpp models/BulkOperation.h
    models/BulkPlan.cpp models/BulkPlan.h
    models/DomainController.cpp models/DomainController.h
    models/DomainFilterProxy.cpp models/DomainFilterProxy.h
    models/DomainTableModel.cpp models/DomainTableModel.h
    models/RailgunController.cpp models/RailgunController.h
    models/RailgunListModel.cpp models/RailgunListModel.h
)
