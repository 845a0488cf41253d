// What the command line tells the user on stderr: messages from the bilingual table, in the
// chosen language, with every file name passed through shown_path().
#pragma once

#include <string>
#include <string_view>

#include "iipcase/diagnostic.h"
#include "messages.h"

namespace iipcase::cli {

// A file name as it may be shown on stderr: control characters escaped, so that a name from
// someone else's repository cannot act on a terminal or pass for a CI command. The one place
// every file name printed by the command line goes through.
std::string shown_path(std::string_view path);

// The table's text `message_id` in lang, filled with args (file names: pass shown_path() of them).
std::string notice_text(Lang lang, std::string_view message_id, Args args = {});
// "iipcase: " (zh: "iipcase：") + notice_text(…) + "\n" on stderr.
void notify(Lang lang, std::string_view message_id, Args args = {});

}  // namespace iipcase::cli
