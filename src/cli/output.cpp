// -o FILE: refuses to replace an input or anything that is not a regular file, then writes
// through a temporary file that replaces FILE in one step.
#include "cli/output.h"

#include <iostream>
#include <stdexcept>
#include <system_error>

#include "cli/notices.h"

namespace iipcase::cli {

bool is_standard_output(const std::string& name) {
  return name.empty() || name == "-" || name == "/dev/stdout";
}

Output::Output(const std::string& name, const std::vector<std::string>& inputs) : m_name(name) {
  if (is_standard_output(name)) return;
  using platform::FileKind;
  platform::FileStatus target = platform::file_status(name, false);
  auto refuse = [&](std::string_view id, Args args) {
    throw RunError(text(id, args));
  };
  // What FILE leads to, for a symbolic link: the link would be replaced, not its target, but
  // the reason given is the more telling one.
  platform::FileStatus led_to = target.kind == FileKind::symlink ? platform::file_status(name, true) : target;
  for (const std::string& input : inputs)
    if (platform::same_file(led_to, platform::file_status(input, true)))
      refuse("cli.output-is-input", {{"path", shown_path(name)}});
  if (target.kind == FileKind::symlink) refuse("cli.output-is-link", {{"path", shown_path(name)}});
  if (target.exists() && target.kind != FileKind::regular && target.kind != FileKind::unknown)
    refuse("cli.output-not-regular",
           {{"path", shown_path(name)}, {"kind", text("file-kind." + platform::kind_name(target.kind))}});
  try {
    m_file =
        std::make_unique<platform::TemporaryFile>(name, target.kind == FileKind::regular ? target.mode : 0u);
  } catch (const std::system_error& e) {
    throw RunError(text("cli.cannot-write", {{"path", shown_path(name)}}));
  }
}

std::ostream& Output::stream() { return m_file ? m_file->stream() : std::cout; }

void Output::finish() {
  if (!m_file) {
    std::cout.flush();
    if (!std::cout) throw RunError(text("cli.cannot-write-stdout"));
    return;
  }
  try {
    m_file->replace_target();
  } catch (const std::system_error& e) {
    throw RunError(text("cli.cannot-write", {{"path", shown_path(m_name)}}));
  }
  m_file.reset();
}

void write_output(const std::string& name, const std::vector<std::string>& inputs,
                  const std::function<void(std::ostream&)>& write) {
  Output output(name, inputs);
  write(output.stream());
  output.finish();
}

}  // namespace iipcase::cli
