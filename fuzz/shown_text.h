// What the fuzz targets demand of any report text meant for terminals, CI logs and Markdown:
// valid UTF-8, no control character but the line break, and no line that starts like a CI
// workflow command. std::abort() otherwise, which libFuzzer reports as a crash.
#pragma once

#include <cstdlib>
#include <string_view>

#include "source/escape.h"

namespace fuzz {

// Not instrumented for coverage: it reads every byte of every report, and the coverage hooks
// on each comparison made a run of 3,000 findings time out; it is a check, not code under test.
__attribute__((no_sanitize("coverage"))) inline void require_shown_safely(std::string_view out, bool github = false) {
  for (std::size_t i = 0; i < out.size();) {
    if (out[i] >= 0x20 && out[i] < 0x7F) {  // printable ASCII, most of a report
      ++i;
      continue;
    }
    char32_t cp = 0;
    std::size_t n = iipcase::utf8_sequence(out, i, cp);
    if (n == 0) std::abort();                                                   // invalid UTF-8
    if ((cp < 0x20 && cp != '\n') || (cp >= 0x7F && cp <= 0x9F)) std::abort();  // a control
    i += n;
  }
  for (std::size_t start = 0; start < out.size();) {
    std::size_t end = out.find('\n', start);
    if (end == std::string_view::npos) end = out.size();
    std::string_view line = out.substr(start, end - start);
    std::size_t first = line.find_first_not_of(" \t");
    bool own_command = github && first == 0 &&
                       (line.substr(0, 13) == "::error file=" || line.substr(0, 15) == "::warning file=");
    if (github && !own_command) std::abort();  // the github format is its own commands, one a line
    if (!own_command && first != std::string_view::npos &&
        (line.substr(first, 2) == "::" || line.substr(first, 3) == "##["))
      std::abort();  // would pass for a GitHub workflow command
    start = end + 1;
  }
}

}  // namespace fuzz
