// Stage 1b, pages: where the pages of a text end, and whose extraction it is (pdftotext,
// with or without its form feeds, or PyMuPDF), told by the furniture marked on its lines.
#pragma once
#include <vector>

#include "grammar/grammar.h"
#include "read/source.h"

namespace text2akn {

// The text lines of each page (furniture and blank lines left out). Pages end at form feeds
// (pdftotext) or, in text that has none (PyMuPDF), after the furniture that closes a page.
std::vector<std::vector<Line*>> pages_of(Source& source);

// How the source, its furniture marked, shows its pages.
Pages page_layout(const Source& source);

// pdftotext may glue a page's counter to the page's last line of text ("... technical
// assistance and capacity 8/9"): on a page after the first without a counter of its own, a
// last word that a page-ending furniture rule takes alone goes onto a line of its own, dropped.
void unglue_counters(Source& source, const Grammar& grammar);

// Whether, without form feeds, the pages' feet print the counter first (pdftotext's text).
bool counters_come_first(const Source& source, const Grammar& grammar);

// Without form feeds, ends each page at the last furniture of its foot (pdftotext prints
// the notes and the job number after the counter).
void end_pages_after_their_foot(Source& source);

}  // namespace text2akn
