// Stage 1b: page furniture of PDF and OCR extractions. Marks lines as dropped (with the
// rule that dropped them, for `explain`) and lines below a footnote rule as footnotes.
#pragma once
#include "grammar/grammar.h"
#include "read/pages.h"  // page_layout: how the source, its furniture marked, shows its pages
#include "read/source.h"

namespace text2akn {

void mark_furniture(Source& source, const Grammar& grammar);

}  // namespace text2akn
