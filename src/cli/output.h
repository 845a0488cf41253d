// Where a command writes: standard output, or FILE replaced whole and only when that is safe.
#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "iipcase/diagnostic.h"
#include "platform/files.h"

namespace iipcase::cli {

// Empty, "-" and "/dev/stdout" mean standard output.
bool is_standard_output(const std::string& name);

// The output of a command, opened before the work starts so that a refusal comes first and a
// signal meanwhile leaves nothing behind. FILE is refused (RunError, with the reason)
// when it is one of the inputs (the same file however named: links, ./, hard links), a symbolic
// link, or not a regular file (a device such as /dev/null, a FIFO, a folder). Otherwise the
// report goes to a temporary file next to it (platform::TemporaryFile) that keeps FILE's
// permissions and replaces it in finish(); if finish() is not reached, FILE is left as it was.
class Output {
 public:
  Output(const std::string& name, const std::vector<std::string>& inputs);
  std::ostream& stream();
  void finish();  // throws RunError when the output could not be written

 private:
  std::string m_name;
  std::unique_ptr<platform::TemporaryFile> m_file;
};

// Output(name, inputs), write(stream()), finish().
void write_output(const std::string& name, const std::vector<std::string>& inputs,
                  const std::function<void(std::ostream&)>& write);

}  // namespace iipcase::cli
