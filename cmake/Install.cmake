# cmake --install: the run-time library (one static archive per layer), its public headers,
# the `newsgraph` program, the models (PREFIX/share/newsgraph/models, where the program looks),
# an exported CMake package (find_package(newsgraph) -> newsgraph::newsgraph) and newsgraph.pc.
include(CMakePackageConfigHelpers)
set(NEWSGRAPH_INSTALL_MODELSDIR ${CMAKE_INSTALL_DATADIR}/newsgraph/models)
set(NEWSGRAPH_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/newsgraph)

get_property(NEWSGRAPH_RUNTIME_LAYERS GLOBAL PROPERTY NEWSGRAPH_RUNTIME_LAYERS)
install(TARGETS ${NEWSGRAPH_RUNTIME_LAYERS} newsgraph_runtime EXPORT newsgraphTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT newsgraphTargets NAMESPACE newsgraph:: DESTINATION ${NEWSGRAPH_INSTALL_CMAKEDIR})
configure_package_config_file(${CMAKE_SOURCE_DIR}/cmake/newsgraphConfig.cmake.in
  ${CMAKE_BINARY_DIR}/newsgraphConfig.cmake INSTALL_DESTINATION ${NEWSGRAPH_INSTALL_CMAKEDIR}
  PATH_VARS NEWSGRAPH_INSTALL_MODELSDIR)
write_basic_package_version_file(${CMAKE_BINARY_DIR}/newsgraphConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/newsgraphConfig.cmake
              ${CMAKE_BINARY_DIR}/newsgraphConfigVersion.cmake
        DESTINATION ${NEWSGRAPH_INSTALL_CMAKEDIR})

# pkg-config: the layers from the top down, so a static link resolves in one pass.
set(NEWSGRAPH_PC_LIBS)
list(REVERSE NEWSGRAPH_RUNTIME_LAYERS)
foreach(layer ${NEWSGRAPH_RUNTIME_LAYERS})
  string(APPEND NEWSGRAPH_PC_LIBS " -l${layer}")
endforeach()
string(STRIP "${NEWSGRAPH_PC_LIBS}" NEWSGRAPH_PC_LIBS)
# The prefix relative to the .pc file, so the installed tree can be moved (cmake --install
# --prefix DIR works without reconfiguring).
file(RELATIVE_PATH NEWSGRAPH_PC_TO_PREFIX ${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig
     ${CMAKE_INSTALL_PREFIX})
string(REGEX REPLACE "/$" "" NEWSGRAPH_PC_TO_PREFIX "${NEWSGRAPH_PC_TO_PREFIX}")
configure_file(${CMAKE_SOURCE_DIR}/cmake/newsgraph.pc.in ${CMAKE_BINARY_DIR}/newsgraph.pc @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/newsgraph.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

# The public headers an embedder needs (training headers such as src/ner/training.h stay in-tree).
set(NEWSGRAPH_PUBLIC_HEADERS document.h json.h ner.h pipeline.h prf.h quotes.h relations.h repair.h
    resolve.h segment.h status.h)
list(TRANSFORM NEWSGRAPH_PUBLIC_HEADERS PREPEND ${CMAKE_SOURCE_DIR}/include/newsgraph/)
install(FILES ${NEWSGRAPH_PUBLIC_HEADERS} ${CMAKE_BINARY_DIR}/generated/include/newsgraph/version.h
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/newsgraph)

install(TARGETS newsgraph RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${CMAKE_SOURCE_DIR}/models/ner.bin ${CMAKE_SOURCE_DIR}/models/cues.bin
        DESTINATION ${NEWSGRAPH_INSTALL_MODELSDIR})
install(FILES ${CMAKE_SOURCE_DIR}/LICENSE ${CMAKE_SOURCE_DIR}/NOTICE
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/newsgraph)
