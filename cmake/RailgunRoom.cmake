# railgun_add_room(NAME <room> [DEPENDS <room>...] [LINK <target>...] SOURCES <file>...)
#
# One static library per concern, railgun-<room>, made of the files of the folder that calls it (as Zeal makes
# one library per folder). Its public include root holds nothing but a link named <room> to that folder, so
#   - its headers are included as "<room>/Header.h", which says where they live, and
#   - a target sees the headers of exactly the rooms it depends on (directly or through them): including a
#     room it does not depend on fails to compile, instead of waiting for a review to notice.
function(railgun_add_room)
    cmake_parse_arguments(R "" "NAME" "DEPENDS;LINK;SOURCES" ${ARGN})
    set(target railgun-${R_NAME})
    qt_add_library(${target} STATIC ${R_SOURCES})
    set(root ${PROJECT_BINARY_DIR}/include-roots/${R_NAME})
    file(MAKE_DIRECTORY ${root})
    file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${root}/${R_NAME} SYMBOLIC)
    target_include_directories(${target} PUBLIC ${root})
    list(TRANSFORM R_DEPENDS PREPEND railgun-)
    target_link_libraries(${target} PUBLIC ${R_DEPENDS} ${R_LINK} PRIVATE railgun_compile_options)
endfunction()
