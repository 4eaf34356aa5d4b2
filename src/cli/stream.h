// `text2akn stream`: a filter for distributed engines (Spark's rdd.pipe, Hadoop Streaming,
// GNU parallel --pipe). Reads JSON Lines on stdin, one document per line:
//   {"id": ANY, "text": "plain text of the document"}
// and writes one JSON line per input line, in input order, flushed line by line:
//   {"id": ANY, "ok": true, "xml": "...", "diagnostics": [{"severity", "code", "message", "line", "column"}]}
//   {"id": ANY, "ok": false, "error": "...", "status": N, "diagnostics": []}
// A line that is not such an object (bad JSON, no "text" string) gives ok=false and the
// stream goes on; blank lines are skipped. The exit status is 0 when the input was read to
// its end, whatever the documents gave (failures are reported in-band), 7 when stdout
// cannot be written.
#pragma once
#include <cstdio>
#include <istream>
#include <string>

#include "text2akn.h"

namespace text2akn::cli {

struct StreamOptions {
  unsigned jobs = 1;   // worker threads (0: all cores); output order is kept
  bool quiet = false;  // no summary line on stderr
};

int run_stream(const Converter& converter, const StreamOptions& options, std::istream& in, std::FILE* out);

// One output line (without the newline) for one input line; line_number names it in errors.
std::string stream_one(const Converter& converter, const std::string& line, size_t line_number, bool* ok = nullptr);

}  // namespace text2akn::cli
