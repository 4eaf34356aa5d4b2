// Stage 1b, footnotes: the lines of PDF and OCR text that are footnotes, below a footnote
// rule to their page's end, or printed without a rule at a page's foot.
#pragma once
#include "grammar/grammar.h"
#include "read/source.h"

namespace text2akn {

// Marks the lines below each footnote rule, to the page's end, as footnotes, and gives back
// to their notes the markers pdftotext printed apart from them.
void mark_footnotes(Source& source, const Grammar& grammar, Pages layout);

// Marks a footnote printed without a rule ("* Circulated in the language of submission
// only."), known by its shape and its place at a page's foot.
void mark_unruled_footnotes(Source& source, const Grammar& grammar, Pages layout);

}  // namespace text2akn
