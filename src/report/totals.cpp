// Counts of a run, shared by every report format.
#include "iipcase/report.h"

namespace iipcase {

Totals totals_of(const std::vector<FileResult>& files, bool strict) {
  Totals t;
  t.files = files.size();
  for (const FileResult& file : files) {
    (file.valid(strict) ? t.valid : t.invalid) += 1;
    t.errors += file.count(Severity::error);
    t.warnings += file.count(Severity::warning);
  }
  return t;
}

}  // namespace iipcase
