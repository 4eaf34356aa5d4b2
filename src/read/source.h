// Stage 1: bytes -> clean lines, each remembering where it came from.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace text2akn {

struct Line {
  std::string text;          // trimmed at the end; NBSP and tabs made spaces
  int number = 0;            // 1-based line number in the input
  bool page_break = false;   // a form feed stood before this line
  bool dropped = false;      // page furniture, set by the furniture stage
  std::string drop_reason;   // the rule that dropped it
  bool page_end = false;     // furniture that closes a page (a page counter)
  bool footnote = false;     // below a footnote rule, up to the end of its page
  bool blank() const { return text.empty(); }
};

// How a text shows its pages: by form feeds (pdftotext), only by the furniture that ends
// each (PyMuPDF: a page counter, a job number), or not at all (clean paragraph text).
enum class Pages { none, counted, broken };

struct Source {
  std::string name;
  std::vector<Line> lines;
  bool has_page_breaks = false;
  bool printed = false;  // furniture only a printed page carries (a job number) was found
  bool counters_first = false;  // page feet print the counter before the job number (pdftotext)
  // pdftotext's text, not PyMuPDF's: pages end in form feeds, or their feet say so
  bool pdftotext() const { return has_page_breaks || counters_first; }
};

// Checks and cleans the text: UTF-8 (BOM removed; UTF-16 refused), no NUL bytes, not empty.
// CRLF/CR become LF, form feeds become page breaks, NBSP and tabs become spaces, leading and
// trailing spaces go, characters XML 1.0 forbids are removed, and a masthead printed with its
// columns side by side is read as its columns (read/columns.h). Throws Error(input_invalid)
// naming line and column.
Source read_source(std::string_view bytes, const std::string& name);

}  // namespace text2akn
