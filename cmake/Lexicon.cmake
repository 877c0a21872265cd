# newsgraph_embed_lexicon(TARGET FILE...): each data/lexicon/FILE becomes
# <build>/generated/lexicon/FILE.inc (a raw string literal), regenerated when the file changes,
# and TARGET gets <build>/generated on its include path: #include "lexicon/FILE.inc".
function(newsgraph_embed_lexicon target)
  set(outputs)
  foreach(file ${ARGN})
    set(in ${CMAKE_SOURCE_DIR}/data/lexicon/${file})
    set(out ${CMAKE_BINARY_DIR}/generated/lexicon/${file}.inc)
    add_custom_command(
      OUTPUT ${out}
      COMMAND ${CMAKE_COMMAND} -DINPUT=${in} -DOUTPUT=${out} -P
              ${CMAKE_SOURCE_DIR}/cmake/embed_lexicon.cmake
      DEPENDS ${in} ${CMAKE_SOURCE_DIR}/cmake/embed_lexicon.cmake
      COMMENT "Embedding data/lexicon/${file}"
      VERBATIM)
    list(APPEND outputs ${out})
  endforeach()
  add_custom_target(${target}_lexicon DEPENDS ${outputs})
  add_dependencies(${target} ${target}_lexicon)
  target_include_directories(${target} PRIVATE ${CMAKE_BINARY_DIR}/generated)
endfunction()
