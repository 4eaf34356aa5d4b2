// Stage 4: role-tagged blocks -> the document model. Knows how roles nest (sub-items under
// paragraphs, annexes under the document, signatures after letters) but no wording: facts
// such as kind, symbol and dates are read with the grammar's patterns.
#pragma once
#include <vector>

#include "grammar/grammar.h"
#include "model/document.h"
#include "roles/recogniser.h"
#include "text2akn.h"

namespace text2akn {

// source_name (a file path or a stream id) is where a symbol the text does not print may be
// read from, by the grammar's [derive-symbol] rules. paged: the text came with its page
// breaks (Source::has_page_breaks), so that footnotes stand at each page's foot and their
// markers may be printed apart from their words ("Rights, 3 which").
model::Document build_document(const std::vector<RoledBlock>& blocks, const Grammar& grammar,
                               const std::string& forced_kind, const std::string& source_name,
                               bool paged, std::vector<Diagnostic>& diagnostics);

}  // namespace text2akn
