# Turns a data file into a C++ source defining iipcase::detail::k_embedded_rules (a byte array).
file(READ "${INPUT}" hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT} by cmake/embed.cmake. Do not edit.\n#include <cstddef>\nnamespace iipcase::detail {\nextern const unsigned char k_embedded_rules[] = {\n${bytes}0x00};\nextern const std::size_t k_embedded_rules_size = sizeof(k_embedded_rules) - 1;\n}  // namespace iipcase::detail\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
