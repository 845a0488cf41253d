// The C API the web page calls (src/wasm/): JSON text in and out, over the library.
//
// Every function returns NUL-terminated UTF-8 JSON owned by the library and valid until the next
// call (the page copies it at once). Nothing here prints, exits or throws: a request that cannot
// be served is answered with {"error": "..."}. Single-threaded: files are checked one by one.
#pragma once

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

// Checks the files of a request and returns the JSON report, byte for byte the one of
// `iipcase check --format json` on the same files (cli.md). The request:
//   {"lang": "en"|"zh", "strict": false, "batch": true, "max_size": 10485760,
//    "files": [{"path": "a.yaml", "size": 1234}, ...]}
// `bytes` holds the files' contents one after the other, `size` bytes each; a file whose size is
// over max_size is sent without its bytes (0 of them) and reported file.too-large, as the CLI does.
// With "summary": "csv"|"json"|"markdown" in the request, the answer is both from one check:
// {"report": <the report>, "summary": {"format", "text"}} (the summary as iipcase_summary's).
const char* iipcase_check_batch(const char* request, const unsigned char* bytes, size_t length);

// One file: the request is {"path": "a.yaml", "lang": "en", "strict": false}; the report is
// `iipcase check --no-batch --format json` of that one file.
const char* iipcase_check_file(const char* request, const unsigned char* bytes, size_t length);

// The recommender's summary table (推荐汇总表) of the files, as `iipcase summary` writes it:
// the request is check_batch's with "format": "csv"|"json"|"markdown"; the answer
// {"format": "csv", "text": "..."}.
const char* iipcase_summary(const char* request, const unsigned char* bytes, size_t length);

// {"code": "mode.unknown", "lang": "zh"} → {"code", "severity", "summary", "text"} where text is
// `iipcase explain CODE`'s; an unknown code → {"error", "nearest": [...]}; no code → the list,
// {"codes": [{"code", "severity", "summary"}, ...]}.
const char* iipcase_explain(const char* request);

// {"mode": "smart-manufacturing"} (an id or Chinese name, or none) → {"mode", "text"}: the
// template of `iipcase init --mode M`; always with "modes": [{"id", "zh", "en"}, ...].
const char* iipcase_init(const char* request);

// {"name": "iipcase", "version", "rules", "max_size"}: what the page shows and defaults to.
const char* iipcase_about(void);

#ifdef __cplusplus
}
#endif
