// A finding about a case file: a stable code, where it is, and what to do, in both languages.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace iipcase {

enum class Severity { error, warning };
enum class Lang { zh, en };

// A text in both languages, kept side by side so neither is forgotten.
struct Text {
  std::string zh;
  std::string en;

  const std::string& in(Lang lang) const { return lang == Lang::zh ? zh : en; }
  bool empty() const { return zh.empty() && en.empty(); }
};

// A run that cannot be done as asked (a path that does not exist, an output that cannot be
// written): the command line prints the message in the chosen language and exits with status 2.
class RunError : public std::runtime_error {
 public:
  explicit RunError(Text message) : std::runtime_error(message.en), m_message(std::move(message)) {}
  const Text& message() const { return m_message; }

 private:
  Text m_message;
};

// 1-based line and column (column in code points); 0 means "no position".
struct Position {
  int line = 0;
  int column = 0;

  bool known() const { return line > 0; }
};

struct Diagnostic {
  std::string code;  // stable public name, e.g. "credit-code.checksum"
  Severity severity = Severity::error;
  std::string path;  // field path ("metrics[0].after"); empty for file-level findings
  Position position;
  int length = 0;  // code points the finding spans on its line (for the caret); 0 = unknown
  Text message;
  Text hint;  // may be empty
  std::string source_line;  // the line it points at, for the text report's excerpt
};

std::string_view severity_name(Severity severity);

// A diagnostic code of the registry and the severity of its findings. The registry is the
// `codes:` list of schemas/explain.yaml, compiled in at build time; its order is the documented
// order of the codes (reports list rules in it).
struct CodeInfo {
  std::string_view code;
  Severity severity;
};

// Every code of the registry, in its order.
const std::vector<CodeInfo>& code_registry();
const std::vector<std::string_view>& all_codes();

// The registry's entry of a code, or nullptr.
const CodeInfo* find_code(std::string_view code);

}  // namespace iipcase
