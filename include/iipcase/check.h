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

// A symbolic link met while searching a folder and not followed: it leads outside the folder
// searched, or nowhere (dangling).
struct SkippedLink {
  std::string path;
  bool dangling = false;
};

// The case files that paths name: files as given, directories searched recursively for *.yaml
// and *.yml (sorted; hidden folders skipped), "-" for standard input. A symbolic link found in a
// search is followed only to a file inside the folder searched; the others are skipped_links.
// A file or folder that cannot be read stays in `files`: checking it gives file.unreadable.
struct CaseFiles {
  std::vector<std::string> files;
  std::vector<SkippedLink> skipped_links;
};
// Throws RunError for a path that does not exist.
CaseFiles find_case_files(const std::vector<std::string>& paths);
std::vector<std::string> collect_case_files(const std::vector<std::string>& paths);  // find_case_files().files

// Reads ("-": standard input) and checks one file. What cannot be read (no permission, a FIFO,
// a device, a folder that cannot be searched) is a file.unreadable finding; a FIFO or a device
// is never opened for reading, so it cannot stall the run.
FileResult check_path(const std::string& path, const Rules& rules, const CheckOptions& options = {});

// Checks files on `jobs` threads; results in the order of files, whatever the number of jobs.
// When the system cannot start that many threads, the run goes on with those it could start
// (at least the calling thread); *started (if given) tells how many threads worked.
std::vector<FileResult> check_paths(const std::vector<std::string>& files, const Rules& rules,
                                    const CheckOptions& options, unsigned jobs, unsigned* started = nullptr);

// Adds batch.* findings to the files they concern (quota, duplicates, rank conflicts).
void check_batch(std::vector<FileResult>& files, const Rules& rules);

// Sorts diagnostics by line and column (file-level ones first), keeping the order of ties.
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

}  // namespace iipcase
