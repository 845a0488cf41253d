// Checks of one case file, and checks across a batch of files.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iipcase/diagnostic.h"
#include "iipcase/rules.h"

namespace iipcase {

inline constexpr std::size_t k_default_max_size = 10 * 1024 * 1024;

// What could be read of a case: for report headers, the summary table and the batch checks.
// Enumerated values are ids; each is empty when it could not be read.
struct CaseFacts {
  std::string title;
  std::string mode;
  std::string applicant;
  std::string applicant_type;
  std::string credit_code;
  std::string recommender;         // recommender.name
  std::string recommender_kind;    // id
  std::string recommender_region;  // region or planned-city id
  std::string platform;
  std::optional<long long> rank;
  Position title_position, credit_code_position, recommender_position, rank_position;
};

struct FileResult {
  std::string path;  // as given (or as found in a directory); "-" is standard input
  CaseFacts facts;
  std::vector<Diagnostic> diagnostics;  // ordered by line, then column

  std::size_t count(Severity severity) const;
  bool valid(bool strict) const;
};

struct CheckOptions {
  std::size_t max_size = k_default_max_size;
};

// Checks the bytes of one case file. Never throws on any input.
FileResult check_bytes(std::string path, std::string_view bytes, const Rules& rules,
                       const CheckOptions& options = {});

// The result of a file of `size` bytes, over options.max_size, without reading it: file.too-large.
FileResult too_large(std::string path, std::uintmax_t size, const CheckOptions& options);

// The case files that paths name: files as given, directories searched recursively for *.yaml
// and *.yml (sorted; hidden folders skipped), "-" for standard input. Throws RunError
// for a path that does not exist.
std::vector<std::string> collect_case_files(const std::vector<std::string>& paths);

// Reads ("-": standard input) and checks one file. Throws RunError when it cannot be read.
FileResult check_path(const std::string& path, const Rules& rules, const CheckOptions& options = {});

// Checks files on `jobs` threads; results in the order of files, whatever the number of jobs.
std::vector<FileResult> check_paths(const std::vector<std::string>& files, const Rules& rules,
                                    const CheckOptions& options, unsigned jobs);

// Adds batch.* findings to the files they concern (quota, duplicates, rank conflicts).
void check_batch(std::vector<FileResult>& files, const Rules& rules);

// Sorts diagnostics by line and column (file-level ones first), keeping the order of ties.
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

}  // namespace iipcase
