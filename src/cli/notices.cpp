// Messages of the command line on stderr, and the escaping of the file names they hold.
#include "cli/notices.h"

#include <cstdio>
#include <iostream>

namespace iipcase::cli {

std::string shown_path(std::string_view path) {
  // C0 controls and DEL as \xNN, a backslash doubled, so the text shown is unambiguous.
  std::string shown;
  for (char c : path) {
    auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\x%02x", byte);
      shown += escaped;
    } else {
      shown += c;
    }
  }
  // A line on stderr must not start with text from outside ("::error::" of a CI log).
  if (!shown.empty() && (shown[0] == ':' || shown[0] == '#' || shown[0] == ' ')) shown.insert(0, "./");
  return shown;
}

std::string notice_text(Lang lang, std::string_view message_id, Args args) {
  return text(message_id, args).in(lang);
}

void notify(Lang lang, std::string_view message_id, Args args) {
  std::cerr << (lang == Lang::zh ? "iipcase：" : "iipcase: ") << notice_text(lang, message_id, args) << '\n';
}

}  // namespace iipcase::cli
