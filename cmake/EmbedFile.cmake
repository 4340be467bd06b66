# Turns a data file into a C++ source that defines
#   std::string_view cofund::embedded::NAME() — the file's bytes.
# Usage: cmake -DINPUT=... -DOUTPUT=... -DNAME=... -P EmbedFile.cmake
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT}; do not edit.\n#include <string_view>\nnamespace cofund::embedded {\nstatic const unsigned char ${NAME}_data[] = {${bytes} 0};\nstd::string_view ${NAME}() { return {reinterpret_cast<const char*>(${NAME}_data), ${size}}; }\n}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
