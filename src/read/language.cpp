#include "read/language.h"

namespace text2akn {

namespace {

// Enough lines to see past a masthead printed in English above a text in another language
// (the mastheads of Arabic, Chinese and Russian documents), few enough that a cover letter
// decides before the annex it carries in another language, in text without pages too.
constexpr size_t kLinesRead = 60;
// A page shorter than this (a cover page, a masthead alone) does not end the lines read.
constexpr size_t kFirstPageLines = 20;

}  // namespace

size_t detect_language(const Source& source, const std::vector<const Grammar*>& candidates) {
  if (candidates.size() < 2) return 0;
  std::vector<size_t> found(candidates.size(), 0);
  size_t lines = 0;
  for (const Line& line : source.lines) {
    // The first page is the document's own language: a cover letter in English may carry
    // an annex circulated in Arabic only.
    if (line.page_break && lines >= kFirstPageLines) break;
    if (line.blank()) continue;
    if (++lines > kLinesRead) break;
    for (size_t i = 0; i < candidates.size(); ++i) {
      const Grammar& g = *candidates[i];
      if (g.declared && g.declared->matches(line.text)) return i;  // the masthead says so
      if (g.detect && g.detect->matches(line.text)) ++found[i];
    }
  }
  // Another language must find twice the fallback's lines: a page printed in two languages
  // side by side (the early compilations, English and French) stays with the fallback.
  size_t best = 0;
  for (size_t i = 1; i < candidates.size(); ++i)
    if (found[i] > found[best] && found[i] > 2 * found[0]) best = i;
  return best;
}

}  // namespace text2akn
