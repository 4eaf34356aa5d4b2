// Stage 2: lines -> blocks. A block is one unit of the document as printed: a masthead
// line, a title, a paragraph, a numbered clause, a footnote. PDF text marks no paragraph
// ends, so the decision to break is taken from cues (see grammar/<lang>/blocks.rules):
// a line that begins a unit after one that ends a sentence, a line that stands alone, a
// line that ended before the column was full; never after a line ending in "of", "and" ...
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "grammar/grammar.h"
#include "read/source.h"

namespace text2akn {

struct Block {
  std::string text;
  int first_line = 0;
  int last_line = 0;
  bool footnote = false;
  bool page_break = false;  // a page break falls inside or before the block
  // The text prints each paragraph whole on its line (Layout::unwrapped): a line right under
  // another was set there by its author, not carried over by a column's width
  bool whole_lines = false;
};

std::vector<Block> make_blocks(const Source& source, const Grammar& grammar);

// The clause label the grammar's `label` finds at the start of a text, as printed (its
// group "num": "1.", "(a)"), and the length of the label with the space after it.
struct PrintedLabel {
  std::string num;
  size_t length = 0;
};
std::optional<PrintedLabel> label_at_start(const BlockRules& rules, const std::string& text);

// The punctuation that ends a text's sentence (. ; : ,), or 0. Closing quotes and brackets
// may follow it (".”", ";)"), and so may a footnote marker printed as a plain number or
// asterisks (", 4", ",2", ".*", ":1"): "... Persons with Disabilities, 4" ends its clause.
char sentence_end(const std::string& text);

}  // namespace text2akn
