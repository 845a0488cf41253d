// Source text → a small positioned YAML tree, built from yaml-cpp's event stream in one pass.
// Aliases are never expanded; duplicate keys, depth, anchors and extra documents are caught here.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iipcase/diagnostic.h"
#include "source/source_text.h"

namespace iipcase::yaml {

enum class NodeKind { null, scalar, mapping, sequence };

struct Node {
  NodeKind kind = NodeKind::null;
  Position position;        // where the value starts (for a quoted scalar: its opening quote)
  std::size_t offset = 0;   // byte offset of that start in the source text
  std::size_t end = 0;      // byte offset where the next event starts: the value lies before it
  std::string value;        // scalar text as parsed (quotes removed, escapes resolved)
  bool plain = false;       // an unquoted, untagged scalar: YAML 1.1 would guess its type
  std::string tag;          // an explicit tag ("!custom", "tag:yaml.org,2002:str"); empty if none
  std::string key;          // for an entry of a mapping: its key
  Position key_position;
  std::vector<Node> children;  // entries of a mapping (each with key), items of a sequence

  bool is_null() const;  // an empty value, or plain null / Null / NULL / ~
  const Node* get(std::string_view key) const;  // a mapping's entry; nullptr when absent
};

struct Document {
  Node root;
  // yaml.* findings. When one of them stops the parse (syntax, depth), root is null.
  std::vector<Diagnostic> diagnostics;
  bool parsed = false;  // a tree was built (it may still carry duplicate-key or alias findings)
};

inline constexpr int k_max_depth = 64;
// More values than any case file has (a few hundred): the parse stops with file.too-large, so
// that memory and findings stay bounded whatever the input (10 MB of "[1,1,…" is 5M values).
inline constexpr int k_max_nodes = 10'000;

// A yaml-cpp error message in both languages (syntax_messages.cpp).
Text syntax_detail(std::string_view message);

// line_mistakes.cpp: what was really wrong when the parser failed at error_line (a tab in the
// indentation, a quoted value going on after its quote, a key with a full-width colon on that
// line or one before it); nullopt when none of these is there.
std::optional<Diagnostic> line_mistake_at_error(const SourceText& source, int error_line);
// A key with a full-width colon that the parser took as (part of) a plain value: "  phone：…"
// continuing the value above it, or "  name：…" as the whole value of "platform:".
std::optional<Diagnostic> full_width_key_in(const SourceText& source, const Node& root);

// Parses the one document in source. Never throws.
Document parse_document(const SourceText& source);

}  // namespace iipcase::yaml
