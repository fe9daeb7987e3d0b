target_sources(railgun-core PRIVATE
    api/Action.cpp api/Action.h
    api/ApiError.cpp api/ApiError.h
    api/ApiReply.cpp api/ApiReply.h
    api/ApiResult.h
    api/ApiTypes.h
    api/DomainName.cpp api/DomainName.h
    api/FormEncoder.cpp api/FormEncoder.h
    api/RailgunApi.cpp api/RailgunApi.h
    api/Redactor.cpp api/Redactor.h
    api/ReplyReader.cpp api/ReplyReader.h
    api/ResponseParser.cpp api/ResponseParser.h
)
