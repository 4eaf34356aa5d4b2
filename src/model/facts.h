// Stage 4, second half: what a built document is (kind, symbol, dates, body), read from its
// model with the grammar's patterns, and given to its parts and annexes.
#pragma once
#include <string>
#include <vector>

#include "grammar/grammar.h"
#include "model/document.h"
#include "roles/recogniser.h"
#include "text2akn.h"

namespace text2akn {

// Fills doc's kind, element, subtype, symbols, dates, actor and year (forced_kind, when not
// empty, names the kind); source_name may give a symbol the text does not print.
void read_facts(model::Document& doc, const Grammar& g, const std::vector<RoledBlock>& blocks,
                const std::string& forced_kind, const std::string& source_name, std::vector<Diagnostic>& diags);

}  // namespace text2akn
