// Stage 4: role-tagged blocks -> the document model. Knows how roles nest (sub-items under
// paragraphs, annexes under the document, signatures after letters) but no wording: facts
// such as kind, symbol and dates are read with the grammar's patterns.
#pragma once
#include <vector>

#include "grammar/grammar.h"
#include "model/document.h"
#include "read/source.h"
#include "roles/recogniser.h"
#include "text2akn.h"

namespace text2akn {

// source_name (a file path or a stream id) is where a symbol the text does not print may be
// read from, by the grammar's [derive-symbol] rules. pages: how the text showed its pages
// (page_layout), which tells where footnotes stand and how their markers may be printed.
model::Document build_document(const std::vector<RoledBlock>& blocks, const Grammar& grammar,
                               const std::string& forced_kind, const std::string& source_name,
                               Pages pages, std::vector<Diagnostic>& diagnostics);

}  // namespace text2akn
