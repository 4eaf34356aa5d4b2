// Stage 3, before the roles: which blocks are the document. A page of a printed compilation
// holds several resolutions one after another, each under its number and title ("2152 (XXI).
// United Nations Industrial Development Organization"); the document is the one the text came
// named after (its file or stream id). What is printed before its number, when that holds
// another resolution, and what follows from the next resolution's number on are its
// neighbours on the page: kept, but not read as its clauses.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "blocks/blocks.h"
#include "grammar/grammar.h"

namespace text2akn {

struct Focus {
  size_t begin = 0;   // the first block of the named document
  size_t end = 0;     // one past its last block
};

// The number printed before a title, or alone: to its period ("2152 (XXI).", "63/276.",
// "71/405 A and B."), the whole of a short line without words ("PRST 18/2"), or to the first
// space where no period closes it nearby ("14/5 Title").
std::string_view printed_number(std::string_view heading);

// The whole text, unless it holds the named document's number and another resolution's.
Focus find_focus(const std::vector<Block>& blocks, const Grammar& grammar, const std::string& source_name);

}  // namespace text2akn
