// Stage 1b, running heads: the lines a text repeats at the top or foot of its pages (the
// running symbol, the short title), found by repetition and by page one's title.
#pragma once
#include "grammar/grammar.h"
#include "read/source.h"

namespace text2akn {

// Lines repeated at the top or bottom of several pages are furniture there, and so is a
// page-top copy of a line printed on the first page.
void mark_running_heads(Source& source, const Grammar& grammar, Pages layout);

}  // namespace text2akn
