// Before any check: values trimmed and, where a value is judged (phone, e-mail, rank, metric
// figures, enumerations), read half-width, each character read otherwise noted (field.full-width).
#include <algorithm>

#include "checks/checks.h"
#include "checks/normalize.h"

namespace iipcase {
namespace {

using yaml::Node;
using yaml::NodeKind;

enum class Treatment {
  judged,       // trimmed, full-width forms and look-alikes read as ASCII, zero-width left out
  credit_code,  // trimmed only: any other character is the credit-code check's (an error there)
  text,         // free text, left as written: only zero-width characters are named
};

Treatment treatment_of(const FieldRule& rule) {
  if (rule.format == "credit-code") return Treatment::credit_code;
  const bool judged = rule.kind == FieldKind::integer || rule.kind == FieldKind::number ||
                      rule.kind == FieldKind::strings || rule.enumeration != Enumeration::none ||
                      !rule.format.empty();
  return judged ? Treatment::judged : Treatment::text;
}

// Whether a value already names an entry as written: then it is not folded (a name with a
// full-width character of its own stays a match, without a warning).
bool names_an_entry(const Rules& rules, const FieldRule& rule, std::string_view value) {
  if (rule.enumeration != Enumeration::none) return !resolve_enum(rules, rule.enumeration, value).empty();
  if (rule.kind != FieldKind::strings) return false;
  return std::any_of(rules.modes.begin(), rules.modes.end(), [&](const Mode& mode) {
    return std::find(mode.scenarios.begin(), mode.scenarios.end(), value) != mode.scenarios.end();
  });
}

class ValueNormalizer {
 public:
  ValueNormalizer(const Rules& rules, const SourceText& source, std::vector<Diagnostic>& findings)
      : m_rules(rules), m_source(source), m_findings(findings) {}

  // Every node the field table row `rule` names, below root.
  void run(Node& root, const FieldRule& rule) { visit(root, rule.path, "", rule); }

 private:
  void visit(Node& node, std::string_view rule_path, const std::string& path, const FieldRule& rule) {
    if (rule_path.empty()) return normalize(node, path, rule);
    if (node.kind != NodeKind::mapping) return;
    const auto dot = rule_path.find('.');
    std::string_view key = rule_path.substr(0, dot);
    const std::string_view rest = dot == std::string_view::npos ? std::string_view() : rule_path.substr(dot + 1);
    const bool list = key.size() > 2 && key.substr(key.size() - 2) == "[]";
    if (list) key.remove_suffix(2);
    for (Node& child : node.children) {
      if (child.key != key) continue;
      const std::string child_path = path.empty() ? std::string(key) : path + "." + std::string(key);
      if (!list) return visit(child, rest, child_path, rule);
      if (child.kind == NodeKind::sequence)
        for (std::size_t i = 0; i < child.children.size(); ++i)
          visit(child.children[i], rest, child_path + "[" + std::to_string(i) + "]", rule);
      return;
    }
  }

  void normalize(Node& node, const std::string& path, const FieldRule& rule) {
    if (rule.kind == FieldKind::strings && node.kind == NodeKind::sequence) {
      for (std::size_t i = 0; i < node.children.size(); ++i)
        normalize_scalar(node.children[i], path + "[" + std::to_string(i) + "]", rule);
      return;
    }
    normalize_scalar(node, path, rule);
  }

  void normalize_scalar(Node& node, const std::string& path, const FieldRule& rule) {
    if (node.kind != NodeKind::scalar || node.is_null()) return;
    const Treatment treatment = treatment_of(rule);
    const std::string_view trimmed = trim_white_space(node.value);
    if (treatment == Treatment::credit_code) {
      node.value = std::string(trimmed);
      return;
    }
    const bool fold = treatment == Treatment::judged && !names_an_entry(m_rules, rule, trimmed);
    NormalizedValue normalized = normalize_value(node.value, m_rules.lookalikes, fold);
    // A listed value that names nothing even half-width (高校（科研院所）) is Chinese text with
    // its own punctuation, not a slip of the input method: it is reported as unknown, as written.
    const bool listed = rule.enumeration != Enumeration::none || rule.kind == FieldKind::strings;
    if (fold && listed && !names_an_entry(m_rules, rule, normalized.text))
      normalized = normalize_value(node.value, m_rules.lookalikes, false);
    if (!normalized.odd.empty()) report(node, path, normalized.odd);
    if (treatment == Treatment::judged) node.value = std::move(normalized.text);
  }

  // One finding per value, at its first odd character, counting the others.
  void report(const Node& node, const std::string& path, const std::vector<OddCharacter>& odd) {
    const OddCharacter& first = odd.front();
    const char* id = first.kind == OddKind::zero_width ? "field.full-width.zero-width"
                     : first.kind == OddKind::lookalike ? "field.full-width.lookalike"
                                                        : "field.full-width";
    const long long others = static_cast<long long>(odd.size()) - 1;
    const Text more = others == 0 ? Text{}
                                   : Text{"（另有 " + std::to_string(others) + " 处）",
                                          " (and " + std::to_string(others) + " more)"};
    m_findings.push_back(diagnose(id, path, position_in_value(m_source, node, first.offset), 1,
                                  {{"field", path},
                                   {"position", static_cast<long long>(first.position)},
                                   {"char", describe_character(first.written)},
                                   {"half", first.replacement == " " ? Text{"空格", "space"}
                                                                     : describe_character(first.replacement)},
                                   {"more", more}}));
  }

  const Rules& m_rules;
  const SourceText& m_source;
  std::vector<Diagnostic>& m_findings;
};

}  // namespace

void normalize_values(yaml::Node& root, const Rules& rules, const SourceText& source,
                      std::vector<Diagnostic>& findings) {
  ValueNormalizer normalizer(rules, source, findings);
  for (const FieldRule& rule : rules.fields) normalizer.run(root, rule);
}

}  // namespace iipcase
