# The short fuzz run as a ctest (`fuzz_short`, label `fuzz`): 15 s for each libFuzzer target.
# tests/fuzz/ itself is added only when RAILGUN_FUZZ=ON, so tests/CMakeLists.txt includes this file
# instead; scripts/fuzz configures and builds its own clang build (build-fuzz/ or $RAILGUN_FUZZ_BUILD_DIR).
add_test(NAME fuzz_short COMMAND ${PROJECT_SOURCE_DIR}/scripts/fuzz --seconds 15)
set_tests_properties(fuzz_short PROPERTIES TIMEOUT 600 LABELS fuzz ENVIRONMENT "RAILGUN_FUZZ_BUILD_DIR=${CMAKE_BINARY_DIR}/fuzz")
