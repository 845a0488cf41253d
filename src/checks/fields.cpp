// The field table applied to the tree: required fields, kinds, unknown keys, lengths, formats.
#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

#include "checks/checks.h"

namespace iipcase {
namespace {

using yaml::Node;
using yaml::NodeKind;

std::string join(std::string_view prefix, std::string_view key) {
  return prefix.empty() ? std::string(key) : std::string(prefix) + "." + std::string(key);
}

std::string_view parent_of(std::string_view rule_path) {
  auto dot = rule_path.rfind('.');
  return dot == std::string_view::npos ? std::string_view() : rule_path.substr(0, dot);
}

std::string_view last_key(std::string_view rule_path) {
  auto dot = rule_path.rfind('.');
  return dot == std::string_view::npos ? rule_path : rule_path.substr(dot + 1);
}

// Present but empty counts as missing: null, white space only, [] and {}.
bool is_blank(const Node& node) {
  if (node.kind != NodeKind::scalar) return node.kind == NodeKind::null || node.children.empty();
  if (node.is_null()) return true;
  // Most values start with a visible character: decide on it, and count the whole only if not.
  std::size_t first = node.value.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return true;
  auto lead = static_cast<unsigned char>(node.value[first]);
  std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  if (count_characters(std::string_view(node.value).substr(first, length), true) > 0) return false;
  return count_characters(node.value, true) == 0;
}

Text kind_name(FieldKind kind) {
  switch (kind) {
    case FieldKind::string: return {"字符串", "a string"};
    case FieldKind::integer: return {"整数", "an integer"};
    case FieldKind::number: return {"数值", "a number"};
    case FieldKind::strings: return {"字符串列表", "a list of strings"};
    case FieldKind::mapping: return {"字段映射", "a mapping of fields"};
    case FieldKind::mappings: return {"映射列表", "a list of mappings"};
  }
  return {};
}

// Whether an explicit tag names the YAML type a field of this kind takes (!!str for a string).
// Any other tag, a custom one above all, makes the value something a case file cannot hold.
bool tag_fits(FieldKind kind, std::string_view tag) {
  constexpr std::string_view core = "tag:yaml.org,2002:";
  if (tag.substr(0, core.size()) != core) return false;
  tag.remove_prefix(core.size());
  switch (kind) {
    case FieldKind::string: return tag == "str";
    case FieldKind::integer: return tag == "int";
    case FieldKind::number: return tag == "int" || tag == "float";
    case FieldKind::strings:
    case FieldKind::mappings: return tag == "seq";
    case FieldKind::mapping: return tag == "map";
  }
  return false;
}

Text node_kind_name(const Node& node) {
  if (!node.tag.empty()) {
    std::string tag = node.tag.rfind("tag:yaml.org,2002:", 0) == 0 ? "!!" + node.tag.substr(18) : node.tag;
    return {"带标签 " + tag + " 的值", "a value tagged " + tag};
  }
  switch (node.kind) {
    case NodeKind::mapping: return {"映射", "a mapping"};
    case NodeKind::sequence: return {"列表", "a list"};
    default: return node.plain ? Text{"“" + node.value + "”", "\"" + node.value + "\""}
                               : Text{"带引号的字符串“" + node.value + "”",
                                      "the quoted string \"" + node.value + "\""};
  }
}

class FieldChecker {
 public:
  explicit FieldChecker(CaseContext& ctx) : m_ctx(ctx) {
    for (const FieldRule& rule : ctx.rules.fields) m_children[std::string(parent_of(rule.path))].push_back(&rule);
  }

  void check_mapping(const Node& mapping, const std::string& rule_prefix, const std::string& path_prefix) {
    report_unknown_keys(mapping, rule_prefix, path_prefix);
    for (const FieldRule* rule : m_children[rule_prefix]) {
      const Node* node = mapping.get(last_key(rule->path));
      check_field(*rule, node, mapping, join(path_prefix, last_key(rule->path)));
    }
  }

 private:
  void report_unknown_keys(const Node& mapping, const std::string& rule_prefix, const std::string& path_prefix) {
    for (const Node& entry : mapping.children) {
      if (m_ctx.rules.field(join(rule_prefix, entry.key))) continue;
      Named nearest;
      Text choices;
      for (const FieldRule* sibling : m_children[rule_prefix]) {
        std::string key(last_key(sibling->path));
        if (!choices.zh.empty()) choices.zh += ", ", choices.en += ", ";
        choices.zh += key, choices.en += key;
        if (is_near(entry.key, key) &&
            (nearest.id.empty() || edit_distance(entry.key, key) < edit_distance(entry.key, nearest.id)))
          nearest.id = key;
      }
      Diagnostic d = diagnose("field.unknown", join(path_prefix, entry.key), entry.key_position,
                              count_characters(entry.key), {{"key", entry.key}, {"choices", choices}});
      if (!nearest.id.empty()) d.hint = text("hint.did-you-mean", {{"suggestion", nearest.id}});
      m_ctx.add(std::move(d));
    }
  }

  bool required(const FieldRule& rule) const {
    if (rule.required) return true;
    if (rule.required_if_field.empty()) return false;
    const Node* other = m_ctx.at(rule.required_if_field);
    if (!other || other->kind != NodeKind::scalar) return false;
    // The condition names ids; the value may be written as a name or an alias.
    const FieldRule* condition = m_ctx.rules.field(rule.required_if_field);
    std::string id = condition ? resolve_enum(m_ctx.rules, condition->enumeration, other->value) : other->value;
    return std::find(rule.required_if_values.begin(), rule.required_if_values.end(), id) !=
           rule.required_if_values.end();
  }

  void report_missing(const FieldRule& rule, const Node* node, const Node& parent, const std::string& path) {
    std::string code = rule.missing_code;
    if (code.empty() && required(rule)) code = "field.required";
    if (code.empty()) return;
    std::string key(last_key(rule.path));
    Args args = {{"field", path}, {"key", key}, {"description", rule.description},
                 {"choices", scenario_list(find_named(m_ctx.rules.modes, m_ctx.text_at("mode")))}, {"expected", m_ctx.rules.id}};
    std::string id = code == "field.required" && node ? "field.required.empty" : code;
    // A missing field is reported at the mapping that lacks it; an empty one at its key.
    Position where = node ? node->key_position : parent.position;
    m_ctx.add(diagnose(id, path, where, node ? count_characters(key) : 0, args));
  }

  // The shape a field of this kind is written in, for the hint of field.type.
  Text shape_hint(const FieldRule& rule) {
    std::string key(last_key(rule.path));
    const std::vector<const FieldRule*>& children =
        m_children[rule.kind == FieldKind::mappings ? rule.path + "[]" : rule.path];
    std::string child = children.empty() ? "name" : std::string(last_key(children.front()->path));
    switch (rule.kind) {
      case FieldKind::string: return text("hint.shape.string", {{"key", key}});
      case FieldKind::integer: return text("hint.shape.integer", {{"key", key}});
      case FieldKind::number: return text("hint.shape.number", {{"key", key}});
      case FieldKind::strings: return text("hint.shape.strings", {{"key", key}});
      case FieldKind::mapping: return text("hint.shape.mapping", {{"key", key}, {"child", child}});
      case FieldKind::mappings: return text("hint.shape.mappings", {{"key", key}, {"child", child}});
    }
    return {};
  }

  void type_error(const FieldRule& rule, const Node& node, const std::string& path, Text hint = {}) {
    if (hint.empty()) hint = shape_hint(rule);
    m_ctx.add(diagnose("field.type", path, node.position, span_of(node),
                       {{"field", path}, {"expected", kind_name(rule.kind)}, {"actual", node_kind_name(node)},
                        {"hint", hint}}));
  }

  void check_field(const FieldRule& rule, const Node* node, const Node& parent, const std::string& path) {
    if (!node || is_blank(*node)) return report_missing(rule, node, parent, path);
    if (!node->tag.empty() && !tag_fits(rule.kind, node->tag))
      return type_error(rule, *node, path, {"去掉标签，直接写值", "remove the tag and write the value alone"});
    switch (rule.kind) {
      case FieldKind::string:
        if (node->kind != NodeKind::scalar) return type_error(rule, *node, path);
        check_string(rule, *node, path);
        break;
      case FieldKind::integer: check_integer(rule, *node, path); break;
      case FieldKind::number:  // finiteness and plausibility are the metrics check's
        if (node->kind != NodeKind::scalar) type_error(rule, *node, path);
        break;
      case FieldKind::strings:
        if (node->kind != NodeKind::sequence) return type_error(rule, *node, path);
        for (std::size_t i = 0; i < node->children.size(); ++i) {
          const Node& item = node->children[i];
          std::string item_path = path + "[" + std::to_string(i) + "]";
          if (item.kind != NodeKind::scalar) type_error(rule, item, item_path);
          else if (!item.is_null()) check_length(rule, item, item_path);
        }
        break;
      case FieldKind::mapping:
        if (node->kind != NodeKind::mapping) return type_error(rule, *node, path);
        check_mapping(*node, rule.path, path);
        break;
      case FieldKind::mappings:
        if (node->kind != NodeKind::sequence) return type_error(rule, *node, path);
        for (std::size_t i = 0; i < node->children.size(); ++i) {
          const Node& item = node->children[i];
          std::string item_path = path + "[" + std::to_string(i) + "]";
          if (item.kind != NodeKind::mapping) type_error(rule, item, item_path);
          else check_mapping(item, rule.path + "[]", item_path);
        }
        break;
    }
  }

  void check_integer(const FieldRule& rule, const Node& node, const std::string& path) {
    auto value = node.kind == NodeKind::scalar && node.plain ? parse_integer(node.value) : std::nullopt;
    if (value && (!rule.minimum || *value >= *rule.minimum)) return;
    if (value && !rule.range_code.empty()) return;  // an integer out of range: its own check reports it
    Text hint{"写一个不带引号的整数", "write a whole number without quotes"};
    if (rule.minimum)
      hint = {fmt::format("写一个不小于 {} 的整数，不带引号", *rule.minimum),
              fmt::format("write a whole number of at least {}, without quotes", *rule.minimum)};
    type_error(rule, node, path, hint);
  }

  // Lengths first: a value over its limit is reported as such and goes no further, so no
  // pattern, list look-up or did-you-mean ever sees a value longer than the rules allow.
  bool check_length(const FieldRule& rule, const Node& node, const std::string& path) {
    if (rule.min_length == 0 && rule.max_length == 0) return true;
    int length = count_characters(node.value, true);
    if (rule.max_length > 0 && length > rule.max_length) {
      m_ctx.add(diagnose("field.too-long", path, node.position, span_of(node),
                         {{"field", path}, {"length", length}, {"max", rule.max_length}}));
      return false;
    }
    if (length < rule.min_length) m_ctx.add(too_short(rule, node, path, length));
    return true;
  }

  void check_string(const FieldRule& rule, const Node& node, const std::string& path) {
    if (!check_length(rule, node, path)) return;
    if (rule.enumeration != Enumeration::none) check_enum(m_ctx, rule, node, path);
    if (rule.format == "credit-code") {
      check_credit_code(m_ctx, node, path);
    } else if (const Format* format = m_ctx.rules.format(rule.format)) {
      if (!format->matches(node.value))
        m_ctx.add(diagnose("field.format", path, node.position, span_of(node),
                           {{"value", node.value}, {"what", format->description}, {"example", format->example}}));
    }
  }

  // Too short; when a plain value is followed on its line by " #", YAML took the rest of the
  // line as a comment ("title: 1#压铸岛 #2熔炉…"), and the message says so.
  Diagnostic too_short(const FieldRule& rule, const Node& node, const std::string& path, int length) {
    std::string_view comment = node.plain ? cut_comment(node) : std::string_view();
    if (comment.empty())
      return diagnose("field.too-short", path, node.position, span_of(node),
                      {{"field", path}, {"length", length}, {"min", rule.min_length}});
    std::string whole = node.value + " " + std::string(comment);
    return diagnose("field.too-short.comment", path, node.position, span_of(node),
                    {{"field", path}, {"length", length}, {"min", rule.min_length}, {"comment", comment},
                     {"key", last_key(rule.path)}, {"whole", whole}});
  }

  // The comment text after a one-line plain value ("#2熔炉…"), or empty when there is none.
  std::string_view cut_comment(const Node& node) const {
    std::string_view text = m_ctx.source.text();
    std::size_t after = node.offset + node.value.size();
    if (node.offset >= text.size() || text.compare(node.offset, node.value.size(), node.value) != 0) return {};
    std::size_t line_end = text.find('\n', after);
    std::string_view rest = text.substr(after, line_end == std::string_view::npos ? std::string_view::npos : line_end - after);
    if (rest.empty() || (rest[0] != ' ' && rest[0] != '\t')) return {};
    std::size_t hash = rest.find_first_not_of(" \t");
    if (hash == std::string_view::npos || rest[hash] != '#') return {};
    rest = rest.substr(hash);
    while (!rest.empty() && (rest.back() == '\r' || rest.back() == ' ')) rest.remove_suffix(1);
    return rest;
  }

  CaseContext& m_ctx;
  std::unordered_map<std::string, std::vector<const FieldRule*>> m_children;
};

}  // namespace

void check_fields(CaseContext& ctx) {
  if (ctx.root.kind != NodeKind::mapping) return;
  FieldChecker(ctx).check_mapping(ctx.root, "", "");
}

}  // namespace iipcase
