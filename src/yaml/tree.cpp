// Source text → positioned YAML tree: a yaml-cpp event handler that builds Nodes as events arrive.
#include "yaml/tree.h"

#include <algorithm>
#include <cstdint>
#include <istream>
#include <optional>
#include <streambuf>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "messages.h"

namespace iipcase::yaml {
namespace {

// Lets yaml-cpp read the text where it lies; an istringstream would copy every file.
class MemoryBuffer : public std::streambuf {
 public:
  explicit MemoryBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());  // the get area is only ever read
    setg(begin, begin, begin + text.size());
  }
};

// yaml-cpp 0.7 counts only "\n" and "\r\n" as line breaks; YAML and editors also a lone "\r".
// Such a file (old Mac) is parsed from a copy with each lone "\r" made "\n": the same length,
// so every offset still points into the caller's text.
bool is_lone_cr(std::string_view text, std::size_t i) {
  return text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n');
}

bool has_lone_cr(std::string_view text) {
  for (auto at = text.find('\r'); at != std::string_view::npos; at = text.find('\r', at + 1))
    if (is_lone_cr(text, at)) return true;
  return false;
}

std::string lone_cr_as_lf(std::string_view text) {
  std::string copy(text);
  for (std::size_t i = 0; i < copy.size(); ++i)
    if (is_lone_cr(text, i)) copy[i] = '\n';
  return copy;
}

// yaml-cpp scans a run of unclosed flow openers to its end before the first event (1 s and
// 1 GB for 5 MB of "["). Where brackets alone nest deeper than k_max_depth, the text up to
// there, closed again, is parsed first: a real nesting that deep is then yaml.too-deep at once.
std::optional<std::string> deep_flow_prefix(std::string_view text) {
  std::string open;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == ']' || c == '}') {
      if (!open.empty()) open.pop_back();
    } else if (c == '[' || c == '{') {
      open += c;
      if (open.size() <= static_cast<std::size_t>(k_max_depth)) continue;
      std::string prefix(text.substr(0, i + 1));
      for (auto it = open.rbegin(); it != open.rend(); ++it) prefix += *it == '[' ? ']' : '}';
      return prefix;
    }
  }
  return std::nullopt;
}

// Byte offset → position, cheap for the usual forward walk along one line: a long flow line
// with many values would otherwise be counted from its start for every value.
class PositionCursor {
 public:
  explicit PositionCursor(const SourceText& source) : m_source(source) {}

  Position at(std::size_t offset) {
    std::string_view text = m_source.text();
    offset = std::min(offset, text.size());
    if (m_line > 0 && offset >= m_offset && offset <= m_line_end) {
      m_column += count_characters(text.substr(m_offset, offset - m_offset));
      m_offset = offset;
      return {m_line, m_column};
    }
    Position p = m_source.position_of(offset);
    std::string_view line = m_source.line(p.line);
    m_line = p.line;
    m_column = p.column;
    m_offset = offset;
    m_line_end = static_cast<std::size_t>(line.data() - text.data()) + line.size();
    return p;
  }

 private:
  const SourceText& m_source;
  int m_line = 0, m_column = 0;
  std::size_t m_offset = 0, m_line_end = 0;
};

// The entries of a big mapping by key, for duplicate detection without copying keys: open
// addressing over indices into the entries (std::unordered_set's node per key cost more
// than the rest of the tree).
class KeyIndex {
 public:
  bool empty() const { return m_count == 0; }

  // Adds entries[i]; returns the index of an earlier entry with the same key, or npos.
  std::size_t find_or_add(const std::vector<Node>& entries, std::size_t i) {
    if ((m_count + 1) * 2 > m_slots.size()) grow();
    auto hash = static_cast<std::uint32_t>(std::hash<std::string_view>()(entries[i].key));
    for (std::size_t s = hash & mask();; s = (s + 1) & mask()) {
      Slot& slot = m_slots[s];
      if (slot.index == 0) {
        slot = {static_cast<std::uint32_t>(i + 1), hash};
        ++m_count;
        return std::string_view::npos;
      }
      if (slot.hash == hash && entries[slot.index - 1].key == entries[i].key) return slot.index - 1;
    }
  }

 private:
  struct Slot {
    std::uint32_t index = 0;  // entry index + 1; 0 is an empty slot
    std::uint32_t hash = 0;
  };
  std::size_t mask() const { return m_slots.size() - 1; }

  void grow() {
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(std::max<std::size_t>(64, old.size() * 2), Slot{});
    for (const Slot& slot : old) {
      if (slot.index == 0) continue;
      std::size_t s = slot.hash & mask();
      while (m_slots[s].index != 0) s = (s + 1) & mask();
      m_slots[s] = slot;
    }
  }

  std::vector<Slot> m_slots;
  std::size_t m_count = 0;
};
constexpr std::size_t k_linear_key_search = 8;  // a case file's mappings are small

// Builds Document::root from the events of one document; records yaml.* findings.
class TreeBuilder : public YAML::EventHandler {
 public:
  struct Stop {};  // thrown to end the parse at once (depth, second document, not a mapping)

  TreeBuilder(const SourceText& source, Document& document)
      : m_source(source), m_document(document), m_cursor(source) {
    m_frames.reserve(k_max_depth + 1);
  }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++m_documents == 1) return;
    bool marker = text_at(offset_of(mark)).substr(0, 3) == "---";
    add(diagnose("yaml.multi-document", "", at(mark), marker ? 3 : 1));
    throw Stop{};
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
    if (expecting_key()) return on_key(null_text_at(offset_of(mark)), mark, true);
    Node& node = begin_value(NodeKind::null, mark);
    Frame* parent = top();
    if (parent && parent->node->kind == NodeKind::mapping && !parent->flow) m_last_null_key = parent->key_offset;
    // An absent value's mark is the next token, often on a later line: point at the key.
    if (parent && parent->node->kind == NodeKind::mapping && node.position.line > node.key_position.line) {
      node.offset = parent->key_offset;
      node.position = node.key_position;
    }
    end_value(node);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    std::string name = alias_name_at(offset_of(mark));
    report_alias("yaml.alias.alias", mark, name, 1 + count_characters(name));
    if (expecting_key()) {
      on_key("*" + name, mark, false);
      top()->discard_value = true;
      return;
    }
    end_value(begin_value(NodeKind::null, mark));  // never expanded
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                const std::string& value) override {
    bool plain = tag == "?";  // "!" is a quoted or block scalar, anything else a real tag
    m_last_scalar = plain ? std::string_view::npos : offset_of(mark);
    if (expecting_key()) return on_key(value, mark, plain);
    Node& node = begin_value(NodeKind::scalar, mark);
    node.value = value;
    node.plain = plain;
    if (tag != "?" && tag != "!") node.tag = tag;  // "!" is the non-specific tag of quoted scalars
    end_value(node);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    begin_collection(NodeKind::sequence, mark);
    if (tag != "?" && tag != "!") m_frames.back().node->tag = tag;
  }
  void OnSequenceEnd() override { end_collection(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                  YAML::EmitterStyle::value style) override {
    begin_collection(NodeKind::mapping, mark);
    m_frames.back().flow = style == YAML::EmitterStyle::Flow;
    if (tag != "?" && tag != "!") m_frames.back().node->tag = tag;
  }
  void OnMapEnd() override { end_collection(); }

  void OnAnchor(const YAML::Mark& mark, const std::string& name) override {
    report_alias("yaml.alias.anchor", mark, name, 1 + count_characters(name));
  }

  // After the first document: its root must be a mapping; the last nodes end at the text's end.
  void finish_document() {
    if (m_last_scalar != std::string_view::npos && !quote_closed(m_last_scalar)) {
      add(diagnose("yaml.syntax", "", m_cursor.at(m_last_scalar), 1,
                   {Arg{"detail", syntax_detail("the quoted scalar is not closed before the end of the file")}}));
      throw Stop{};
    }
    if (m_last_null_key != std::string_view::npos && !colon_after_key(m_last_null_key)) {
      add(diagnose("yaml.syntax", "", m_cursor.at(m_last_null_key), 1,
                   {Arg{"detail", syntax_detail("could not find expected ':' after the last key")}}));
      throw Stop{};
    }
    set_pending_ends(m_source.text().size());
    for (Diagnostic& d : m_key_findings) add(std::move(d));
    if (m_document.root.kind != NodeKind::mapping) stop_not_mapping(m_document.root);
  }

  bool too_deep() const { return m_too_deep; }

  void syntax_error(const std::string& detail, int pos) {
    Position where = pos >= 0 ? m_cursor.at(static_cast<std::size_t>(pos)) : Position{};
    // An alias of an anchor never defined is still an alias, and says more than "syntax".
    if (detail == YAML::ErrorMsg::UNKNOWN_ANCHOR && pos >= 0 && !m_alias_reported) {
      std::string name = alias_name_at(static_cast<std::size_t>(pos));
      add(diagnose("yaml.alias.alias", "", where, 1 + count_characters(name), {Arg{"name", name}}));
      return;
    }
    add(diagnose("yaml.syntax", "", where, where.known() ? 1 : 0, {Arg{"detail", syntax_detail(detail)}}));
  }

 private:
  struct Frame {
    Node* node = nullptr;
    bool expecting_key = true;   // a mapping's events alternate key, value
    bool building_key = false;   // a complex key's subtree, dropped when it ends
    bool discard_value = false;  // the entry is dropped when its value ends
    std::size_t key_offset = 0;
    bool flow = false;  // a {…} mapping, where "{a, b}" gives keys without values
    KeyIndex keys;  // used for mappings past k_linear_key_search entries
  };

  Frame* top() { return m_frames.empty() ? nullptr : &m_frames.back(); }
  bool expecting_key() {
    Frame* f = top();
    return f && f->node->kind == NodeKind::mapping && f->expecting_key;
  }
  void add(Diagnostic d) { m_document.diagnostics.push_back(std::move(d)); }
  static std::size_t offset_of(const YAML::Mark& mark) {
    return static_cast<std::size_t>(std::max(mark.pos, 0));
  }
  Position at(const YAML::Mark& mark) { return m_cursor.at(offset_of(mark)); }

  // Every event with a mark ends the nodes completed since the previous one.
  void set_pending_ends(std::size_t offset) {
    for (Node* node : m_pending) node->end = std::max(offset, node->offset);  // marks may step back
    m_pending.clear();
  }

  Node& begin_value(NodeKind kind, const YAML::Mark& mark) {
    if (++m_nodes > k_max_nodes) {
      add(diagnose("file.too-large.nodes", "", at(mark), 1, {Arg{"limit", k_max_nodes}}));
      throw Stop{};
    }
    m_last_null_key = std::string_view::npos;
    std::size_t offset = offset_of(mark);
    if (kind != NodeKind::scalar && offset > m_last_scalar) m_last_scalar = std::string_view::npos;
    set_pending_ends(offset);
    Frame* f = top();
    Node* node = &m_document.root;
    if (f && f->node->kind == NodeKind::mapping) {
      node = &f->node->children.back();  // created with its key
    } else if (f) {
      node = &f->node->children.emplace_back();
    } else if (kind != NodeKind::mapping) {
      node->kind = kind;
      node->position = at(mark);
      stop_not_mapping(*node);
    }
    node->kind = kind;
    node->offset = offset;
    node->position = m_cursor.at(offset);
    return *node;
  }

  void end_value(Node& node) {
    m_pending.push_back(&node);
    Frame* f = top();
    if (!f || f->node->kind != NodeKind::mapping) return;
    std::vector<Node>& entries = f->node->children;
    if (f->building_key) {  // the key is done; its value goes into a placeholder, dropped too
      entries.back() = Node{};
      m_pending.clear();
      f->building_key = false;
      f->expecting_key = false;
      return;
    }
    if (f->discard_value) {
      entries.pop_back();
      m_pending.clear();
      f->discard_value = false;
    }
    f->expecting_key = true;
  }

  void begin_collection(NodeKind kind, const YAML::Mark& mark) {
    if (static_cast<int>(m_frames.size()) >= k_max_depth) {
      m_too_deep = true;
      add(diagnose("yaml.too-deep", "", at(mark), 1, {Arg{"limit", k_max_depth}}));
      throw Stop{};
    }
    Frame* parent = top();
    bool complex_key = expecting_key();
    if (complex_key) {
      set_pending_ends(offset_of(mark));
      parent->node->children.emplace_back();
      parent->building_key = true;
      parent->discard_value = true;
      m_key_findings.push_back(diagnose("field.type.key", mapping_path(), at(mark), 1));
    }
    Node& node = begin_value(kind, mark);
    node.children.reserve(kind == NodeKind::mapping ? 8 : 4);
    m_frames.emplace_back().node = &node;
  }

  void end_collection() {
    Node& node = *m_frames.back().node;
    m_frames.pop_back();
    end_value(node);
  }

  void on_key(std::string key, const YAML::Mark& mark, bool plain) {
    std::size_t offset = offset_of(mark);
    set_pending_ends(offset);
    Frame& f = *top();
    std::vector<Node>& entries = f.node->children;
    Node& entry = entries.emplace_back();
    entry.key = std::move(key);
    entry.key_position = m_cursor.at(offset);
    f.key_offset = offset;
    f.expecting_key = false;
    int length = count_characters(entry.key) + (plain ? 0 : 2);
    if (plain && entry.key == "<<") {
      report_alias("yaml.alias.merge", mark, "", 2);
      f.discard_value = true;
      return;
    }
    const Node* first = find_earlier_key(f);
    if (!first) return;
    add(diagnose("yaml.duplicate-key", path_of(entry.key), entry.key_position, length,
                 {Arg{"key", entry.key}, Arg{"first_line", first->key_position.line}}));
    f.discard_value = true;  // the first one stays, as a reader of the file would expect
  }

  // The entry with the same key as the last one, if any.
  const Node* find_earlier_key(Frame& f) {
    const std::vector<Node>& entries = f.node->children;
    std::size_t last = entries.size() - 1;
    if (f.keys.empty() && entries.size() <= k_linear_key_search) {
      for (std::size_t i = 0; i < last; ++i)
        if (entries[i].key == entries[last].key) return &entries[i];
      return nullptr;
    }
    if (f.keys.empty())
      for (std::size_t i = 0; i < last; ++i) f.keys.find_or_add(entries, i);
    std::size_t first = f.keys.find_or_add(entries, last);
    return first == std::string_view::npos ? nullptr : &entries[first];
  }

  // "applicant.contact.name": the path of the current mapping, then the key.
  std::string path_of(const std::string& key) {
    std::string path = mapping_path();
    return path + (path.empty() ? "" : ".") + key;
  }

  // "applicant.contact": the keys and item indices that lead to the current mapping.
  std::string mapping_path() {
    std::string path;
    for (std::size_t i = 0; i + 1 < m_frames.size(); ++i) {
      const Node& node = *m_frames[i].node;
      if (node.kind == NodeKind::sequence) {
        path += "[" + std::to_string(node.children.size() - 1) + "]";
      } else {
        path += (path.empty() ? "" : ".") + node.children.back().key;
      }
    }
    return path;
  }

  void report_alias(const char* id, const YAML::Mark& mark, const std::string& name, int length) {
    if (m_alias_reported) return;  // one is enough: the fix is the same for all
    m_alias_reported = true;
    add(diagnose(id, "", at(mark), length, {Arg{"name", name}}));
  }

  [[noreturn]] void stop_not_mapping(const Node& root) {
    if (root.kind == NodeKind::null) {
      add(diagnose("yaml.not-mapping.empty", "", root.position, 0));
    } else {
      Text kind = root.kind == NodeKind::sequence ? Text{"列表", "a list"} : Text{"单个值", "a scalar"};
      add(diagnose("yaml.not-mapping.kind", "", root.position, 1, {Arg{"kind", kind}}));
    }
    throw Stop{};
  }

  // yaml-cpp 0.7 accepts a quote left open when the file ends with a line break, and the
  // rest of the file becomes its value. Only the last scalar can be such a one.
  bool quote_closed(std::size_t offset) const {
    std::string_view rest = text_at(offset);
    while (!rest.empty() && (rest.front() == '!' || rest.front() == '&')) {  // tag, anchor
      rest.remove_prefix(std::min(rest.size(), rest.find_first_of(" \t\r\n")));
      rest.remove_prefix(std::min(rest.size(), rest.find_first_not_of(" \t\r\n")));
    }
    if (rest.empty() || (rest.front() != '"' && rest.front() != '\'')) return true;  // a block
    char quote = rest.front();
    for (std::size_t i = 1; i < rest.size(); ++i) {
      if (quote == '"' && rest[i] == '\\')
        ++i;  // an escape: \" is no end
      else if (rest[i] == quote && quote == '\'' && i + 1 < rest.size() && rest[i + 1] == '\'')
        ++i;  // '' is a quote inside
      else if (rest[i] == quote)
        return true;
    }
    return false;
  }

  // yaml-cpp 0.7 takes a last line without ':' ("…\n  provid", a file cut short) for a key
  // with no value. In a block mapping, a plain or quoted key is followed by ':' on its line
  // (or is explicit: "? key").
  bool colon_after_key(std::size_t offset) const {
    std::string_view text = m_source.text();
    std::size_t before = text.find_last_not_of(" \t", offset == 0 ? 0 : offset - 1);
    if (offset > 0 && before != std::string_view::npos && text[before] == '?') return true;
    std::string_view rest = text_at(offset);
    std::size_t end = 0;
    if (rest.empty() || std::string_view("!&*?").find(rest.front()) != std::string_view::npos) return true;
    if (rest.front() == '"' || rest.front() == '\'') {
      for (end = 1; end < rest.size() && rest[end] != rest.front(); ++end)
        if (rest[end] == '\\' && rest.front() == '"') ++end;
      ++end;
    } else {
      end = rest.find_first_of(":\r\n");  // an implicit key is one line
    }
    std::size_t next = rest.find_first_not_of(" \t", std::min(end, rest.size()));
    return next != std::string_view::npos && rest[next] != '\r' && rest[next] != '\n' && rest[next] != '#';
  }

  std::string_view text_at(std::size_t offset) const {
    std::string_view text = m_source.text();
    return text.substr(std::min(offset, text.size()));
  }

  // yaml-cpp reports a plain null (~, null, Null, NULL, nothing) without its text.
  std::string null_text_at(std::size_t offset) const {
    std::string_view rest = text_at(offset);
    for (std::string_view word : {"null", "Null", "NULL", "~"})
      if (rest.substr(0, word.size()) == word) return std::string(word);
    return {};
  }

  std::string alias_name_at(std::size_t offset) const {
    std::string_view rest = text_at(offset);
    if (!rest.empty() && rest.front() == '*') rest.remove_prefix(1);
    return std::string(rest.substr(0, rest.find_first_of(" \t\r\n,[]{}")));
  }

  const SourceText& m_source;
  Document& m_document;
  PositionCursor m_cursor;
  std::vector<Frame> m_frames;
  std::vector<Node*> m_pending;  // completed nodes whose end is the next event's offset
  int m_documents = 0;
  bool m_alias_reported = false;
  bool m_too_deep = false;
  std::size_t m_last_scalar = std::string_view::npos;  // offset of the last non-plain scalar
  std::size_t m_last_null_key = std::string_view::npos;  // key of the last value, when null
  int m_nodes = 0;                                       // values begun, against k_max_nodes
  // Kept back until the document is complete: in a broken one ("a: [[x" without "]]"),
  // yaml-cpp takes each inner "[" for a key, and those findings would only be noise.
  std::vector<Diagnostic> m_key_findings;
};

}  // namespace

bool Node::is_null() const {
  if (kind == NodeKind::null) return true;
  return kind == NodeKind::scalar && plain &&
         (value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL");
}

const Node* Node::get(std::string_view wanted) const {
  if (kind != NodeKind::mapping) return nullptr;
  for (const Node& child : children)
    if (child.key == wanted) return &child;
  return nullptr;
}

namespace {

// One parse of text (the source's text, or a prefix of it, or its lone-CR copy).
Document parse_text(const SourceText& source, std::string_view text, bool& too_deep) {
  Document document;
  try {
    TreeBuilder builder(source, document);
    try {
      MemoryBuffer buffer(text);
      std::istream in(&buffer);
      YAML::Parser parser(in);
      if (!parser.HandleNextDocument(builder)) {
        document.diagnostics.push_back(diagnose("yaml.not-mapping.empty", "", {}, 0));
        return document;
      }
      builder.finish_document();
      parser.HandleNextDocument(builder);  // a second document stops at its start
      document.parsed = true;
    } catch (const TreeBuilder::Stop&) {
      too_deep = builder.too_deep();
    } catch (const YAML::Exception& e) {
      builder.syntax_error(e.msg, e.mark.is_null() ? -1 : e.mark.pos);
    } catch (const std::exception& e) {
      builder.syntax_error(e.what(), -1);
    } catch (...) {
      builder.syntax_error("unknown error", -1);
    }
  } catch (...) {
    // Out of memory while reporting: nothing better can be said.
  }
  if (!document.parsed) document.root = Node{};
  return document;
}

// A syntax error, or a tree hiding a full-width colon, said again as the mistake on its line.
Document with_line_mistakes(const SourceText& source, Document document) {
  std::optional<Diagnostic> mistake;
  if (document.parsed) {
    mistake = full_width_key_in(source, document.root);
  } else {
    for (const Diagnostic& d : document.diagnostics)
      if (d.code == "yaml.syntax" && !mistake) mistake = line_mistake_at_error(source, d.position.line);
  }
  if (!mistake) return document;
  Document stopped;
  stopped.diagnostics.push_back(std::move(*mistake));
  return stopped;
}

}  // namespace

Document parse_document(const SourceText& source) {
  std::string copy;
  std::string_view text = source.text();
  if (has_lone_cr(text)) {
    copy = lone_cr_as_lf(text);
    text = copy;
  }
  bool too_deep = false;
  if (std::optional<std::string> prefix = deep_flow_prefix(text)) {
    Document document = parse_text(source, *prefix, too_deep);
    if (too_deep) return document;  // else the brackets were text: parse the whole file
  }
  return with_line_mistakes(source, parse_text(source, text, too_deep));
}

}  // namespace iipcase::yaml
