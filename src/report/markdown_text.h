// Text from case files made safe for Markdown (GitHub Flavored Markdown, GitLab): no markup, no
// links, no mentions.
#pragma once

#include <string>
#include <string_view>

namespace iipcase {

// Case files are written by others. A title holding | * _ ` [ ] < > would break the table or
// turn into markup (links, HTML): those are backslash-escaped. Control characters and line
// breaks are shown escaped (\x1b, \n). A word that GitHub or GitLab would turn into a link or a
// notification (a URL, www.…, an e-mail address, @name) is shown as code, which they leave alone.
std::string markdown_cell(std::string_view s);

// A cell for a value that may be missing: a dash then, so the table shows it was looked for.
inline std::string markdown_cell_or_dash(std::string_view s) { return s.empty() ? "—" : markdown_cell(s); }

}  // namespace iipcase
