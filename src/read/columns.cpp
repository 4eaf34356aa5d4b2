#include "read/columns.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "read/utf8.h"

namespace text2akn {
namespace {

// Three spaces part two columns: words have one between them, a justified masthead line
// no more than two.
constexpr std::string_view kGap = "   ";
// The masthead is within a document's first lines, and ends at the first line wider than
// any of its items that prints no column beside it: the title, or the text.
constexpr size_t kMastheadLines = 20;
constexpr size_t kItemWidth = 40;

// The line's text between its gaps; one part for a line without a gap.
std::vector<std::string> columns(const std::string& text) {
  std::vector<std::string> parts;
  size_t at = text.find_first_not_of(' ');
  while (at != std::string::npos) {
    size_t gap = text.find(kGap, at);
    parts.push_back(text.substr(at, gap == std::string::npos ? std::string::npos : gap - at));
    at = gap == std::string::npos ? gap : text.find_first_not_of(' ', gap);
  }
  return parts;
}

// What a masthead prints in a column: "United Nations", "S/2025/84", "Distr.: General", no
// wider than kItemWidth; not a page's number beside a running head ("... Main Committee   19")
// nor a letter alone (the "A" of an OCR'd emblem).
bool is_item(const std::string& part) {
  size_t width = display_width(part);
  return width >= 2 && width <= kItemWidth && part.find_first_not_of("0123456789") != std::string::npos;
}

// The index of each masthead line that prints columns side by side, with its columns.
std::vector<std::pair<size_t, std::vector<std::string>>> side_by_side(const Source& source) {
  std::vector<std::pair<size_t, std::vector<std::string>>> found;
  size_t seen = 0;
  for (size_t i = 0; i < source.lines.size() && seen < kMastheadLines; ++i) {
    const Line& line = source.lines[i];
    if (line.blank()) continue;
    ++seen;
    if (line.text.find(kGap) != std::string::npos) {  // (most lines have none: nothing to part)
      std::vector<std::string> parts = columns(line.text);
      if (parts.size() > 1 && std::all_of(parts.begin(), parts.end(), is_item)) {
        found.emplace_back(i, std::move(parts));
        continue;
      }
    }
    if (display_width(line.text) > kItemWidth) break;
  }
  return found;
}

}  // namespace

void split_masthead_columns(Source& source) {
  auto found = side_by_side(source);
  if (found.empty()) return;
  std::vector<Line> lines;
  lines.reserve(source.lines.size() + 2 * found.size());
  size_t next = 0;
  for (size_t i = 0; i < source.lines.size(); ++i) {
    if (next == found.size() || found[next].first != i) {
      lines.push_back(std::move(source.lines[i]));
      continue;
    }
    bool first = true;
    for (std::string& part : found[next].second) {
      Line column = source.lines[i];
      column.text = std::move(part);
      column.page_break = column.page_break && first;  // (the break stood before the line)
      lines.push_back(std::move(column));
      first = false;
    }
    ++next;
  }
  source.lines = std::move(lines);
}

}  // namespace text2akn
