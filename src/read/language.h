// Which language a text is written in, for --lang auto: each candidate grammar's
// [language] detect: pattern is tried on the text's first 60 non-blank lines (at most its
// first page, when it has pages), and the grammar whose pattern finds the most lines wins, if
// clearly. A line that states the language (the masthead's "English" of a PDF, [language]
// declared:) decides outright. Words, not statistics: the patterns are the grammar's.
#pragma once
#include <cstddef>
#include <vector>

#include "grammar/grammar.h"
#include "read/source.h"

namespace text2akn {

// The index of the candidate the text reads as; the first candidate (the fallback) unless
// another's pattern finds more than twice the lines the fallback's finds.
// The source's text has been checked (UTF-8, no NUL) by read_source.
size_t detect_language(const Source& source, const std::vector<const Grammar*>& candidates);

}  // namespace text2akn
