// Where PDF and paragraph text break into blocks, line by line: the cues of
// grammar/<lang>/blocks.rules weighed against the page's layout.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "grammar/grammar.h"
#include "read/source.h"

namespace text2akn {

// How the text was laid out on its pages, measured over all its lines.
struct Layout {
  bool pdf = false;   // no reliable blank lines between paragraphs
  // pdftotext's, not PyMuPDF's: pages end in form feeds, or their feet print the counter
  // first (pdftotext -nopgbrk); its words may be printed with a space inside
  bool pdftotext = false;
  size_t width = 0;   // the column width in columns (display_width)
  // Lines not set to a column: each paragraph printed whole on its line, as databases and
  // web pages give text, with or without blank lines between
  bool unwrapped = false;
};

// The layout of the whole text, measured once before its lines are joined.
Layout measure(const Source& source, const BlockRules& rules);

// What the block being joined holds so far, of its text (a label alone on its line not
// counted).
struct BlockSoFar {
  size_t lines = 0;       // not counting a label printed alone on the first line
  size_t lone_words = 0;  // lines at its end that are one word each ("Encourages" / "improved")
  std::string_view label;  // the label printed alone on the block's first line ("7."), if any
};

// "Encourages", "Inter-Agency": a line that is one word, letters and hyphens only.
bool is_lone_word(std::string_view text);

// Decides whether a block ends between two lines of the same stream (text or notes).
class Joiner {
 public:
  Joiner(const Grammar& grammar, const Layout& layout);
  ~Joiner();
  Joiner(const Joiner&) = delete;
  Joiner& operator=(const Joiner&) = delete;

  // A block of the text (not a note) begins with this line.
  void began(const std::string& text);

  // next: the line after cur in the same stream, if any; so_far: prev's block up to prev.
  bool breaks(const Line& prev, const Line& cur, const Line* next, bool blank_between, bool page_between,
              const BlockSoFar& so_far) const;

 private:
  class Cues;
  std::unique_ptr<Cues> cues_;
};

}  // namespace text2akn
