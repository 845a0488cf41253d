// Build-time tool: reads schemas/explain.yaml strictly (explain_loader.h) and writes the registry
// of codes as C++, in the file's order: code and severity (for src/diagnostic.cpp) and the texts
// of the SARIF rules (codes/rule_texts.h). A broken explain.yaml fails the build, not a user's run.
#include <string>

#include "build_tool.h"
#include "codes/explain_loader.h"

namespace {

// A C++ string literal of the text: UTF-8 bytes as they are, quotes, backslashes and control
// characters escaped (three-digit octal, which cannot run into the next character).
std::string literal(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7f) {
      const char octal[] = {'\\', static_cast<char>('0' + (c >> 6)), static_cast<char>('0' + ((c >> 3) & 7)),
                            static_cast<char>('0' + (c & 7)), 0};
      out += octal;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string pair(const iipcase::Text& text) { return literal(text.zh) + ", " + literal(text.en); }

// The registry as C++: the codes and severities (src/diagnostic.cpp reads them) and the texts of
// the SARIF rules (codes/rule_texts.h).
std::string registry_source(const std::string& text) {
  const iipcase::ExplanationData data = iipcase::parse_explanations(text);
  std::string out =
      "// Generated from schemas/explain.yaml by iipcase_codes_compiler (src/codes/codes_compiler.cpp).\n"
      "// Do not edit: the registry of diagnostic codes is schemas/explain.yaml.\n"
      "#include <cstddef>\n\n#include \"codes/rule_texts.h\"\n#include \"iipcase/diagnostic.h\"\n\n"
      "namespace iipcase {\nnamespace detail {\nextern const CodeInfo k_code_registry[] = {\n";
  for (const iipcase::Explanation& e : data.entries)
    out += "    {" + literal(e.code) +
           ", Severity::" + (e.severity == iipcase::Severity::error ? "error" : "warning") + "},\n";
  out +=
      "};\nextern const std::size_t k_code_registry_size = sizeof(k_code_registry) / "
      "sizeof(k_code_registry[0]);\n"
      "}  // namespace detail\n\nnamespace {\nconst RuleTexts k_rule_texts[] = {\n";
  for (const iipcase::Explanation& e : data.entries)
    out += "    {" + pair(e.summary) + ",\n     " + pair(e.meaning) + ",\n     " + pair(e.fix) + "},\n";
  out +=
      "};\n}  // namespace\n\n"
      "const RuleTexts& rule_texts(std::size_t index) { return k_rule_texts[index]; }\n\n"
      "}  // namespace iipcase\n";
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  return iipcase::run_build_tool(argc, argv, "iipcase_codes_compiler explain.yaml OUTPUT.cpp",
                                 [](const std::string& text, const char*) { return registry_source(text); });
}
