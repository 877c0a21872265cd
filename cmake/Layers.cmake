# newsgraph_layer(NAME <layer> SOURCES <files...> [DEPS <targets>] [PRIVATE_DEPS <targets>]
#                 [SEES <lower layers>] [PUBLIC_ROOT])
#
# One layer of the library: a static library newsgraph_<layer> built from src/<layer>/. Its
# private headers are reachable as "<layer>/file.h" through an include root that holds only
# that folder (<build>/layer-include/<layer>/<layer> -> src/<layer>), so a source file sees the
# public headers (include/newsgraph/), its own layer's headers, util's, and the headers of the
# lower layers named in SEES -- nothing else. Including a higher layer's header ("quotes/..."
# from resolve) fails to compile: "fatal error: quotes/extractor.h: No such file or directory".
# DEPS are linked PUBLIC (the layers below, in order); PRIVATE_DEPS are third-party libraries.
set(NEWSGRAPH_LAYER_ROOTS ${CMAKE_BINARY_DIR}/layer-include)

function(newsgraph_layer_root layer dir)
  set(root ${NEWSGRAPH_LAYER_ROOTS}/${layer})
  file(MAKE_DIRECTORY ${root})
  if(NOT EXISTS ${root}/${layer})
    file(CREATE_LINK ${dir} ${root}/${layer} SYMBOLIC)
  endif()
endfunction()

function(newsgraph_layer)
  cmake_parse_arguments(L "PUBLIC_ROOT" "NAME" "SOURCES;DEPS;PRIVATE_DEPS;SEES" ${ARGN})
  set(target newsgraph_${L_NAME})
  newsgraph_layer_root(${L_NAME} ${CMAKE_CURRENT_SOURCE_DIR})
  add_library(${target} STATIC ${L_SOURCES})
  add_library(newsgraph::${L_NAME} ALIAS ${target})
  set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON EXPORT_NAME ${L_NAME})
  target_include_directories(${target} PUBLIC
    $<BUILD_INTERFACE:${CMAKE_SOURCE_DIR}/include>
    $<BUILD_INTERFACE:${CMAKE_BINARY_DIR}/generated/include>
    $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
  if(L_PUBLIC_ROOT)
    target_include_directories(${target} PUBLIC $<BUILD_INTERFACE:${NEWSGRAPH_LAYER_ROOTS}/${L_NAME}>)
  else()
    target_include_directories(${target} PRIVATE ${NEWSGRAPH_LAYER_ROOTS}/${L_NAME})
  endif()
  foreach(seen ${L_SEES})
    target_include_directories(${target} PRIVATE ${NEWSGRAPH_LAYER_ROOTS}/${seen})
  endforeach()
  target_link_libraries(${target} PUBLIC ${L_DEPS} PRIVATE ${L_PRIVATE_DEPS})
  set_property(GLOBAL APPEND PROPERTY NEWSGRAPH_RUNTIME_LAYERS ${target})
endfunction()
