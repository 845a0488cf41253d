// Build-time tool: reads schemas/explain.yaml strictly (explain_loader.h) and writes the registry
// of codes as C++ (code and severity, in the file's order) for src/diagnostic.cpp. A broken
// explain.yaml fails the build, not a user's run.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <stdexcept>
#include <string>

#include "codes/explain_loader.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: iipcase_codes_compiler explain.yaml OUTPUT.cpp\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in && !in.eof()) {
    std::cerr << "cannot read " << argv[1] << '\n';
    return 2;
  }
  try {
    const iipcase::ExplanationData data = iipcase::parse_explanations(text);
    std::string out =
        "// Generated from schemas/explain.yaml by iipcase_codes_compiler (src/codes/codes_compiler.cpp).\n"
        "// Do not edit: the registry of diagnostic codes is schemas/explain.yaml.\n"
        "#include <cstddef>\n\n#include \"iipcase/diagnostic.h\"\n\nnamespace iipcase::detail {\n"
        "extern const CodeInfo k_code_registry[] = {\n";
    for (const iipcase::Explanation& e : data.entries)
      out += "    {\"" + e.code + "\", Severity::" + (e.severity == iipcase::Severity::error ? "error" : "warning") +
             "},\n";
    out += "};\nextern const std::size_t k_code_registry_size = sizeof(k_code_registry) / sizeof(k_code_registry[0]);\n"
           "}  // namespace iipcase::detail\n";
    const std::string temporary = std::string(argv[2]) + ".tmp";
    std::ofstream(temporary, std::ios::binary) << out;
    return std::rename(temporary.c_str(), argv[2]) == 0 ? 0 : 1;
  } catch (const std::runtime_error& e) {
    std::cerr << e.what() << '\n';
    return 1;
  }
}
