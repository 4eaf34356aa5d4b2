#include "read/pages.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "read/marking.h"

namespace text2akn {
namespace {

// Pages counted at their feet (a counter, page one's barcode) but not divided by form feeds:
// PyMuPDF's text, or pdftotext's with its form feeds lost.
bool counted_pages(const Source& source) {
  return !source.has_page_breaks &&
         std::any_of(source.lines.begin(), source.lines.end(), [](const Line& l) { return l.page_end; });
}

}  // namespace

std::vector<std::vector<Line*>> pages_of(Source& source) {
  std::vector<std::vector<Line*>> pages(1);
  bool after_page_end = false;
  for (Line& line : source.lines) {
    bool new_page = source.has_page_breaks ? line.page_break : after_page_end && !line.dropped && !line.blank();
    if (new_page && !pages.back().empty()) pages.emplace_back();
    if (line.page_end) after_page_end = true;
    if (new_page) after_page_end = false;
    if (!line.blank() && !line.dropped) pages.back().push_back(&line);
  }
  return pages;
}

void unglue_counters(Source& source, const Grammar& grammar) {
  if (!source.has_page_breaks) return;
  auto& lines = source.lines;
  // A glued counter: its line, where its word begins, and the page-ending rule that takes it.
  struct Glued {
    size_t line, word;
    const FurnitureRule* rule;
  };
  auto glued_counter = [&](size_t i) -> std::optional<Glued> {
    size_t space = lines[i].text.rfind(' ');
    if (space == std::string::npos) return std::nullopt;
    std::string word = lines[i].text.substr(space + 1);
    for (const FurnitureRule& rule : grammar.furniture)
      if (rule.ends_page && rule.pattern.matches(word)) return Glued{i, space + 1, &rule};
    return std::nullopt;
  };
  std::vector<Glued> glued;
  size_t page = 0, last_text = std::string::npos;
  bool counted = false;
  auto close_page = [&] {
    if (page == 0 || counted || last_text == std::string::npos) return;
    if (auto g = glued_counter(last_text)) glued.push_back(*g);
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].page_break) {
      close_page();
      ++page, counted = false, last_text = std::string::npos;
    }
    if (lines[i].page_end) counted = true;
    else if (!lines[i].blank() && !lines[i].dropped) last_text = i;
  }
  close_page();
  for (auto g = glued.rbegin(); g != glued.rend(); ++g) {  // from the end: the indices hold
    Line& line = lines[g->line];
    Line counter = line;
    counter.text = line.text.substr(g->word);
    counter.page_break = false;
    counter.page_end = true;
    drop(counter, g->rule->name);
    line.text.erase(line.text.find_last_not_of(' ', g->word - 1) + 1);
    lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(g->line) + 1, std::move(counter));
  }
}

Pages page_layout(const Source& source) {
  if (source.has_page_breaks) return Pages::broken;
  // a printed page without a counter (a job number) is the only page of its text
  return counted_pages(source) || source.printed ? Pages::counted : Pages::none;
}

// Without form feeds, a page's feet tell pdftotext's text from PyMuPDF's. PyMuPDF prints the
// next page's running symbol above the counter ("A/80/L.25" / "25-19835" / "2/22"); pdftotext
// prints it after the counter, with the next page's head, or the job number there ("2/8" /
// "25-09910"; "3/8" / "A/80/143"). Most counters decide.
bool counters_come_first(const Source& source, const Grammar& grammar) {
  constexpr size_t kReach = 6;  // non-blank lines looked at on each side of a counter
  if (source.has_page_breaks) return false;
  const auto& lines = source.lines;
  auto symbol = [&](const Line& l) { return !l.dropped && !symbols_alone(l.text, grammar).empty(); };
  auto symbol_or_furniture = [&](const Line& l) { return l.dropped || symbol(l); };
  // whether one of the kReach non-blank lines from `from`, walking by `step`, passes `test`
  auto any_near = [&](size_t from, std::ptrdiff_t step, auto&& test) {
    size_t seen = 0;
    for (std::ptrdiff_t k = static_cast<std::ptrdiff_t>(from);
         k >= 0 && static_cast<size_t>(k) < lines.size() && seen < kReach; k += step)
      if (!lines[k].blank() && (++seen, test(lines[k]))) return true;
    return false;
  };
  int first = 0, last = 0;
  for (size_t i = 1; i + 1 < lines.size(); ++i) {
    if (!lines[i].page_end) continue;
    if (any_near(i - 1, -1, symbol)) ++last;
    else if (any_near(i + 1, 1, symbol_or_furniture)) ++first;
  }
  return first > last;
}

// Without form feeds, pdftotext prints a page's counter before the rest of its foot (the
// notes' text, then the job number: "2/7" / "Resolution 69/15, annex." / "23-25912"), where
// PyMuPDF prints it last: the page ends at the last furniture of its foot, a few lines on.
void end_pages_after_their_foot(Source& source) {
  constexpr int kFootLines = 4;  // lines of text after the counter that may still be its foot
  if (source.has_page_breaks) return;
  auto& lines = source.lines;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].page_end) continue;
    size_t last_furniture = i;
    int text_lines = 0;
    for (size_t k = i + 1; k < lines.size() && text_lines <= kFootLines && !lines[k].page_end; ++k) {
      if (lines[k].dropped) last_furniture = k;
      else if (!lines[k].blank()) ++text_lines;
    }
    if (last_furniture == i) continue;
    lines[i].page_end = false;
    lines[last_furniture].page_end = true;
    i = last_furniture;
  }
}

}  // namespace text2akn
