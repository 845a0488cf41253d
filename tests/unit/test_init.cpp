// Unit tests of the case template (iipcase init): complete, parseable, only placeholders to fill.
#include "iipcase/authoring.h"
#include "iipcase/check.h"

#include <yaml-cpp/yaml.h>
#include <catch2/catch.hpp>

#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <string>

#include "source/source_text.h"

using namespace iipcase;

namespace {

std::set<std::string> codes_of(const std::string& text, const Rules& rules = embedded_rules()) {
  std::set<std::string> codes;
  for (const Diagnostic& d : check_bytes("template.yaml", text, rules).diagnostics) codes.insert(d.code);
  return codes;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Every mapping key of a document as a rule path ("applicant.contact.phone", "metrics[].name").
void key_paths(const YAML::Node& node, const std::string& prefix, std::set<std::string>& out) {
  if (node.IsMap()) {
    for (const auto& entry : node) {
      const std::string path =
          prefix.empty() ? entry.first.as<std::string>() : prefix + "." + entry.first.as<std::string>();
      out.insert(path);
      key_paths(entry.second, path, out);
    }
  } else if (node.IsSequence()) {
    for (const auto& item : node) key_paths(item, prefix + "[]", out);
  }
}

// Fills every empty value of the template with the value at the same place in a filled case.
void fill(YAML::Node slot, const YAML::Node& value) {
  if (slot.IsMap()) {
    for (auto entry : slot) {
      const std::string key = entry.first.as<std::string>();
      const YAML::Node wanted = value[key];
      if (!wanted.IsDefined()) continue;  // an optional field the filled case leaves out
      if (entry.second.IsMap() || (entry.second.IsSequence() && entry.second.size() > 0))
        fill(entry.second, wanted);
      else if (entry.second.IsNull() || (entry.second.IsScalar() && entry.second.Scalar().empty()))
        entry.second = wanted;
    }
  } else if (slot.IsSequence()) {
    for (std::size_t i = 0; i < slot.size(); ++i) fill(slot[i], value[i]);
  }
}

}  // namespace

TEST_CASE("the template without a mode reports only its empty values") {
  const std::string text = case_template(embedded_rules());
  CHECK(codes_of(text) == std::set<std::string>{"field.required", "scenario.missing"});
  CHECK(text.find("schema: iip-case/2021\n") != std::string::npos);
  CHECK(text.find("mode: \"\"\n") != std::string::npos);
}

TEST_CASE("the template of each mode fills in the mode and lists its scenarios") {
  for (const Mode& mode : embedded_rules().modes) {
    INFO(mode.id);
    const std::string text = case_template(embedded_rules(), &mode);
    const FileResult result = check_bytes("template.yaml", text, embedded_rules());
    for (const Diagnostic& d : result.diagnostics) {
      CHECK((d.code == "field.required" || d.code == "scenario.missing"));
      CHECK(d.path != "mode");
    }
    CHECK(result.facts.mode == mode.id);
    CHECK(text.find("mode: " + mode.zh + "\n") != std::string::npos);
    for (const std::string& scenario : mode.scenarios)
      CHECK(text.find("  # - " + scenario + "\n") != std::string::npos);
    // The chosen mode's paragraph from the notice, both languages.
    CHECK(text.find(mode.description.zh.substr(0, 30)) != std::string::npos);
  }
}

TEST_CASE("the template has every field, and filled in it is a valid case") {
  const Rules& rules = embedded_rules();
  const YAML::Node blank = YAML::Load(case_template(rules, &rules.modes[2]));
  std::set<std::string> keys;
  key_paths(blank, "", keys);
  for (const FieldRule& field : rules.fields) {
    INFO(field.path);
    // The entries of an optional list are there, commented out, ready to uncomment.
    if (field.path.rfind("partners[]", 0) == 0) continue;
    CHECK(keys.count(field.path) == 1);
  }
  const YAML::Node filled = YAML::Load(case_template(rules, &rules.modes[2]));
  fill(filled, YAML::Load(read_file(IIPCASE_GOLDEN_DIR "/valid--base.yaml")));
  YAML::Emitter out;
  out << filled;
  const FileResult result = check_bytes("filled.yaml", out.c_str(), rules);
  for (const Diagnostic& d : result.diagnostics) FAIL_CHECK(d.code << " " << d.path);
  CHECK(result.diagnostics.empty());
}

TEST_CASE("the commented entry of an optional list is valid once uncommented") {
  std::string text = case_template(embedded_rules());
  const std::string marker = "partners:\n";
  const std::size_t at = text.find(marker);
  REQUIRE(at != std::string::npos);
  // Remove the "# " that comments out the entry, as an editor's "uncomment" does.
  std::size_t line = at + marker.size();
  while (text.compare(line, 4, "  # ") == 0) {
    text.erase(line + 2, 2);
    line = text.find('\n', line) + 1;
  }
  std::set<std::string> paths;
  for (const Diagnostic& d : check_bytes("t.yaml", text, embedded_rules()).diagnostics) paths.insert(d.path);
  CHECK(paths.count("partners[0].name") == 1);
  CHECK(paths.count("partners[0].credit_code") == 1);
}

TEST_CASE("the template comes from the rules: a changed rules file changes it") {
  std::string text(embedded_rules_text());
  const std::string from = "description: {zh: 平台名称, en: Platform name}";
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), "description: {zh: 平台全称（测试）, en: Full platform name (test)}");
  const Rules changed = load_rules(text, "changed.yaml");
  const std::string output = case_template(changed);
  CHECK(output.find("# 平台全称（测试）。必填") != std::string::npos);
  CHECK(output.find("# Full platform name (test). Required") != std::string::npos);
}

TEST_CASE("comment lines fit in 100 columns and every field has both languages") {
  const std::string text = case_template(embedded_rules(), &embedded_rules().modes[0]);
  std::istringstream lines(text);
  std::string line, previous, before_previous;
  while (std::getline(lines, line)) {
    INFO(line);
    CHECK(display_width(line) <= 100);
    // A key line is preceded by its English comment, itself after the Chinese one.
    const bool key_line =
        !line.empty() && line.find('#') == std::string::npos && line.find(':') != std::string::npos;
    if (key_line && previous.find("# ") != std::string::npos)
      CHECK(before_previous.find("# ") != std::string::npos);
    before_previous = previous;
    previous = line;
  }
}
