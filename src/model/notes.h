// Footnotes to their markers: the builder collects the notes below the footnote rules and,
// once the document is built, each goes to the text that prints its marker, as an
// authorialNote at the marker's place (the marker taken out of the text).
#pragma once
#include <vector>

#include "grammar/grammar.h"
#include "model/document.h"
#include "read/source.h"
#include "text2akn.h"

namespace text2akn {

// Numbered notes go to their markers in reading order, wherever they are printed (at each
// page foot, or all at the end); "*" notes to the last text before them that prints their
// marker. A marker printed apart from its word ("Rights, 3 which") is looked for on the
// note's own page, where the text shows its pages (`pages`); in clean text, which does not,
// only with two spaces after it, as PyMuPDF prints a superscript. A numbered note whose
// marker is not found goes right after the note before it, reported in `diags`
// ("unmarked-note").
void attach_notes(model::Document& doc, const std::vector<model::Text>& notes, const Grammar& g, Pages pages,
                  std::vector<Diagnostic>& diags);

}  // namespace text2akn
