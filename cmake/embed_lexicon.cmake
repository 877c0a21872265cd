# Turns a data/lexicon text file into a C++ include holding it as one raw string literal, so
# the library carries its word lists without a checked-in generated source.
#   cmake -DINPUT=data/lexicon/first-names.tsv -DOUTPUT=build/generated/lexicon/first-names.inc
#         -P cmake/embed_lexicon.cmake
if(NOT INPUT OR NOT OUTPUT)
  message(FATAL_ERROR "embed_lexicon.cmake: set INPUT and OUTPUT")
endif()
file(READ "${INPUT}" content)
string(FIND "${content}" ")nglex\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT}: contains the raw-string delimiter )nglex\"")
endif()
get_filename_component(name "${INPUT}" NAME)
file(WRITE "${OUTPUT}" "// Generated from data/lexicon/${name} by cmake/embed_lexicon.cmake. Do not edit.\nR\"nglex(${content})nglex\"\n")
